import { useState } from 'react';
import { errorText } from '@/i18n/errors';
import type { ParkWithSummary } from '@shared/types/park-summary';
import { PLOT_STATUSES, READINESS, type PlotStatus, type Readiness } from '@shared/types/park';
import { LAND_USES, type LandUse } from '@shared/types/common';
import { plotCreateSchema } from '@shared/schemas/plot';
import { polygonAreaMu, validatePolygon } from '@shared/geo';
import { useCreatePlot } from '../api/edit';
import type { Selection } from '../model/types';
import { useFmt } from '../model/format';
import type { EditTool } from './MapCanvas';

/** A plot drawn on the map: geometry checked as the server will, the few fields a plot needs, then POST. */
export function NewPlotPanel({
  park,
  tool,
  onTool,
  onSelect,
}: {
  park: ParkWithSummary;
  tool: Extract<EditTool, { kind: 'draw' }>;
  onTool(t: EditTool): void;
  onSelect(s: Selection): void;
}) {
  const f = useFmt();
  const create = useCreatePlot();
  const [code, setCode] = useState('');
  const [landUse, setLandUse] = useState<LandUse>('M1');
  const [readiness, setReadiness] = useState<Readiness>('raw');
  const [status, setStatus] = useState<PlotStatus>('vacant');
  const [error, setError] = useState<string | null>(null);
  const poly = tool.polygon;
  const issue = poly ? validatePolygon(poly) : null;
  const save = async () => {
    setError(null);
    const parsed = plotCreateSchema.safeParse({ parkId: park.id, code, polygon: poly, landUse, readiness, status });
    if (!parsed.success)
      return setError(
        f.t('edit.invalid', { msg: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') }),
      );
    try {
      const p = await create.mutateAsync(parsed.data);
      onTool({ kind: 'none' });
      onSelect({ kind: 'plot', id: p.id });
    } catch (e) {
      setError(errorText(e, f.locale));
    }
  };
  return (
    <div className="mp-panel" data-testid="new-plot">
      <h2 className="mp-h">{f.t('edit.newPlot')}</h2>
      {!poly ? (
        <p className="small">{f.t('edit.drawHint')}</p>
      ) : (
        <form
          className="mp-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <div className="small">
            {f.t('edit.areaComputed')}: <b>{issue ? '—' : f.mu(polygonAreaMu(poly), 2)}</b>
          </div>
          {issue ? (
            <p className="error small">
              {f.t('edit.geometry')}: {issue.message}
            </p>
          ) : (
            <p className="small ok">✓ {f.t('edit.geometryOk')}</p>
          )}
          <label>
            {f.t('edit.code')}
            <input value={code} onChange={(e) => setCode(e.target.value)} required maxLength={60} name="code" />
          </label>
          <label>
            {f.t('plot.landUse')}
            <select value={landUse} onChange={(e) => setLandUse(e.target.value as LandUse)}>
              {LAND_USES.map((l) => (
                <option key={l} value={l}>
                  {f.t(`landUse.${l}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {f.t('plot.readiness')}
            <select value={readiness} onChange={(e) => setReadiness(e.target.value as Readiness)}>
              {READINESS.map((r) => (
                <option key={r} value={r}>
                  {f.t(`readiness.${r}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {f.t('plot.status')}
            <select value={status} onChange={(e) => setStatus(e.target.value as PlotStatus)}>
              {PLOT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {f.status(s)}
                </option>
              ))}
            </select>
          </label>
          {error && (
            <p className="error small" role="alert">
              {error}
            </p>
          )}
          <div className="mp-tools">
            <button type="submit" className="primary" disabled={!!issue || create.isPending}>
              {f.t('edit.save')}
            </button>
            <button type="button" onClick={() => onTool({ kind: 'draw' })}>
              ↺
            </button>
          </div>
        </form>
      )}
      <div className="mp-tools">
        <button onClick={() => onTool({ kind: 'none' })}>{f.t('edit.cancel')}</button>
      </div>
    </div>
  );
}
