import { useState } from 'react';
import type { ProjectRow } from '../api/projects';
import { useCandidates, useLandProject, usePatchProject } from '../api/projects';
import { useLabels } from './useLabels';
import { errorText } from '@/i18n/errors';

const NEXT: Record<string, string | null> = {
  lead: 'negotiating',
  negotiating: 'signed',
  signed: 'landed',
  landed: null,
  dropped: null,
};

/**
 * Moves a prospect along lead → negotiating → signed → landed, or drops it with a reason. A signed
 * project wanting land lands through the landing route (creating the enterprise on its plot);
 * without a reserved plot the user picks one among the candidates below.
 */
export function StageActions({ project: p }: { project: ProjectRow }) {
  const L = useLabels();
  const { t, lang } = L;
  const patch = usePatchProject();
  const land = useLandProject();
  const candidates = useCandidates(p.id);
  const reserved = candidates.data?.some((c) => c.kind === 'plot' && c.reservedForThis) ?? false;
  // A signed project wanting land lands on its reserved plot here, or on a candidate chosen below.
  const mustPick = p.stage === 'signed' && p.landNeedMu != null && !reserved;
  const [dropping, setDropping] = useState(false);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const next = NEXT[p.stage];
  const error = patch.error ?? land.error;
  const move = (stage: string, extra: Record<string, unknown> = {}) =>
    patch.mutate(
      { id: p.id, version: p.version, stage: stage as ProjectRow['stage'], ...extra },
      { onSuccess: () => setDropping(false) },
    );
  const toLanded = () => {
    land.mutate(
      { id: p.id },
      { onSuccess: (r) => setDone(t('move.landed', { code: r.plot?.code ?? r.units.map((u) => u.code).join('、') })) },
    );
  };
  return (
    <section className="pp-section">
      <h4>{t('move.title')}</h4>
      <div className="pp-moves">
        {next && !mustPick && (
          <button
            className="primary"
            data-testid="move-next"
            disabled={patch.isPending || land.isPending}
            onClick={() => (next === 'landed' ? toLanded() : move(next))}
          >
            {next === 'landed' && p.landNeedMu != null ? t('move.land') : t('move.to', { stage: L.stage(next) })}
          </button>
        )}
        {p.stage !== 'dropped' && p.stage !== 'landed' && !dropping && (
          <button onClick={() => setDropping(true)}>{t('move.drop')}</button>
        )}
        {p.stage === 'dropped' && (
          <button onClick={() => move('lead', { dropReason: null })}>{t('move.reopen')}</button>
        )}
      </div>
      {mustPick && <p className="small muted">{t('move.pickPlot')}</p>}
      {dropping && (
        <div className="pp-drop">
          <input
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder={t('move.reason')}
            aria-label={t('move.reason')}
          />
          <button
            className="primary"
            disabled={!reason.trim()}
            onClick={() => move('dropped', { dropReason: reason.trim() })}
          >
            {t('move.confirmDrop')}
          </button>
          <button onClick={() => setDropping(false)}>{t('form.cancel')}</button>
        </div>
      )}
      {done && <p className="pp-ok">{done}</p>}
      {error && (
        <p className="error" role="alert">
          {errorText(error, lang)}
        </p>
      )}
    </section>
  );
}
