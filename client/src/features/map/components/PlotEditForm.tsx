import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '@/lib/api';
import { errorText } from '@/i18n/errors';
import { PLOT_STATUSES, READINESS, type Plot, type PlotStatus, type Readiness } from '@shared/types/park';
import { LAND_USES, type LandUse } from '@shared/types/common';
import { plotUpdateSchema, type PlotUpdate } from '@shared/schemas/plot';
import { useUpdatePlot } from '../api/edit';
import { detailKeys } from '../api/details';
import { mapKeys } from '../api/map-data';
import { useFmt } from '../model/format';
import { EnterprisePicker } from './EnterprisePicker';

interface Draft {
  status: PlotStatus;
  enterpriseId: number | null;
  occupantName: string | null;
  readiness: Readiness;
  landUse: LandUse;
}

const draftOf = (p: Plot, name: string | null): Draft => ({
  status: p.status,
  enterpriseId: p.enterpriseId,
  occupantName: name,
  readiness: p.readiness,
  landUse: p.landUse,
});

/** Only the fields that changed, plus the version read: the server refuses a stale version with 409. */
export function patchOf(p: Plot, d: Draft): PlotUpdate {
  const patch: Record<string, unknown> = { version: p.version };
  if (d.status !== p.status) patch.status = d.status;
  if (d.enterpriseId !== p.enterpriseId) patch.enterpriseId = d.enterpriseId;
  if (d.readiness !== p.readiness) patch.readiness = d.readiness;
  if (d.landUse !== p.landUse) patch.landUse = d.landUse;
  // A plot set free no longer holds a promise to a project.
  if (d.status === 'vacant' && p.projectId != null) patch.projectId = null;
  return patch as PlotUpdate;
}

/** Status and occupant of a plot, validated with the server's own schema before it is sent. */
export function PlotEditForm({
  plot,
  occupantName,
  onDone,
}: {
  plot: Plot;
  occupantName: string | null;
  onDone(): void;
}) {
  const f = useFmt();
  const qc = useQueryClient();
  const update = useUpdatePlot();
  const [d, setD] = useState<Draft>(() => draftOf(plot, occupantName));
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const set = (patch: Partial<Draft>) => setD((cur) => ({ ...cur, ...patch }));

  const save = async () => {
    setError(null);
    const parsed = plotUpdateSchema.safeParse(patchOf(plot, d));
    if (!parsed.success) {
      setError(
        f.t('edit.invalid', { msg: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') }),
      );
      return;
    }
    try {
      await update.mutateAsync({ id: plot.id, patch: parsed.data });
      onDone();
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        setConflict(true);
        // Fetch what the other person saved: the panel and the map show it while the draft stays.
        await Promise.all([
          qc.invalidateQueries({ queryKey: detailKeys.plot(plot.id) }),
          qc.invalidateQueries({ queryKey: detailKeys.history(plot.id) }),
          qc.invalidateQueries({ queryKey: mapKeys.plots(plot.parkId) }),
        ]);
      } else setError(errorText(e, f.locale));
    }
  };

  return (
    <form
      className="mp-form"
      data-testid="plot-edit"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        {f.t('edit.status')}
        <select
          name="status"
          value={d.status}
          onChange={(e) => {
            const status = e.target.value as PlotStatus;
            set(status === 'vacant' ? { status, enterpriseId: null, occupantName: null } : { status });
          }}
        >
          {PLOT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {f.status(s)}
            </option>
          ))}
        </select>
      </label>
      <div className="mp-form-field">
        <span>{f.t('edit.occupant')}</span>
        <EnterprisePicker
          value={d.enterpriseId}
          name={d.occupantName}
          onChange={(id, name) => set({ enterpriseId: id, occupantName: name })}
        />
      </div>
      <label>
        {f.t('plot.readiness')}
        <select value={d.readiness} onChange={(e) => set({ readiness: e.target.value as Readiness })}>
          {READINESS.map((r) => (
            <option key={r} value={r}>
              {f.t(`readiness.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {f.t('plot.landUse')}
        <select value={d.landUse} onChange={(e) => set({ landUse: e.target.value as LandUse })}>
          {LAND_USES.map((l) => (
            <option key={l} value={l}>
              {f.t(`landUse.${l}`)}
            </option>
          ))}
        </select>
      </label>
      {conflict && (
        <div className="mp-conflict" role="alert" data-testid="conflict">
          {f.t('edit.conflict')}
          <button
            type="button"
            data-testid="conflict-reload"
            onClick={() => {
              setConflict(false);
              setD(draftOf(plot, occupantName));
            }}
          >
            {f.t('edit.reload')}
          </button>
        </div>
      )}
      {error && (
        <p className="error small" role="alert">
          {error}
        </p>
      )}
      <div className="mp-tools">
        <button type="submit" className="primary" disabled={update.isPending || conflict} data-testid="save-plot">
          {update.isPending ? f.t('edit.saving') : f.t('edit.save')}
        </button>
        <button type="button" onClick={onDone}>
          {f.t('edit.cancel')}
        </button>
      </div>
    </form>
  );
}
