import { useState } from 'react';
import { ApiError } from '@/lib/api';
import { errorText } from '@/i18n/errors';
import type { Plot } from '@shared/types/park';
import { plotUpdateSchema } from '@shared/schemas/plot';
import { polygonAreaMu, validatePolygon } from '@shared/geo';
import { useUpdatePlot } from '../api/edit';
import { useFmt } from '../model/format';
import type { EditTool } from './MapCanvas';

/** Reshaping a plot: live area and the same geometry checks as the server, then PATCH with the version. */
export function ShapeEditPanel({
  plot,
  tool,
  onTool,
}: {
  plot: Plot;
  tool: Extract<EditTool, { kind: 'shape' }>;
  onTool(t: EditTool): void;
}) {
  const f = useFmt();
  const update = useUpdatePlot();
  const [error, setError] = useState<string | null>(null);
  const poly = tool.polygon;
  const issue = poly ? validatePolygon(poly) : null;
  const save = async () => {
    if (!poly || issue) return;
    const parsed = plotUpdateSchema.safeParse({ polygon: poly, version: plot.version });
    if (!parsed.success) return setError(f.t('edit.invalid', { msg: parsed.error.issues[0]?.message ?? '' }));
    try {
      await update.mutateAsync({ id: plot.id, patch: parsed.data });
      onTool({ kind: 'none' });
    } catch (e) {
      setError(e instanceof ApiError && e.status === 409 ? f.t('edit.conflict') : errorText(e, f.locale));
    }
  };
  return (
    <div className="mp-form" data-testid="shape-edit">
      <p className="small muted">{f.t('edit.shapeHint')}</p>
      <div className="small">
        {f.t('edit.areaComputed')}: <b>{f.mu(poly && !issue ? polygonAreaMu(poly) : plot.areaMu, 2)}</b>
      </div>
      {issue ? (
        <p className="error small">
          {f.t('edit.geometry')}: {issue.message}
        </p>
      ) : (
        poly && <p className="small ok">✓ {f.t('edit.geometryOk')}</p>
      )}
      {error && (
        <p className="error small" role="alert">
          {error}
        </p>
      )}
      <div className="mp-tools">
        <button className="primary" disabled={!poly || !!issue || update.isPending} onClick={() => void save()}>
          {f.t('edit.save')}
        </button>
        <button onClick={() => onTool({ kind: 'none' })}>{f.t('edit.cancel')}</button>
      </div>
    </div>
  );
}
