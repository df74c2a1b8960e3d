import type { SolveJob } from '../api/solve';
import { progressFraction } from '../model/progress';
import { useFmt } from '../model/format';

/** The running solve: a bar, the stage in words, the best value so far and the bound, and Cancel. */
export function SolveBar({ job, onCancel }: { job: SolveJob | null; onCancel(): void }) {
  const f = useFmt();
  const p = job?.progress ?? null;
  const frac = progressFraction(p);
  const stage = p ? f.t(`solve.stages.${p.stage}`, { defaultValue: p.stage }) : f.t('solve.stages.queued');
  return (
    <div className="sc-solvebar card" data-testid="solve-progress">
      <div className="sc-solvebar-top">
        <strong>{f.t('solve.running')}…</strong>
        <span>
          {f.t('solve.stage')}: <b data-testid="solve-stage">{stage}</b>
        </span>
        <span>
          {f.t('solve.best')}: <b className="num">{p?.bestObjective != null ? f.wan(p.bestObjective) : '—'}</b>
        </span>
        <span>
          {f.t('solve.bound')}: <b className="num">{p?.bound != null ? f.wan(p.bound) : '—'}</b>
        </span>
        <span className="muted">
          {f.t('solve.elapsed')} {p ? f.dec(p.elapsedMs / 1000, 1) : '0'} s
        </span>
        <button onClick={onCancel} data-testid="solve-cancel" disabled={!job}>
          {f.t('ws.cancel')}
        </button>
      </div>
      <div
        className="sc-bar"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(frac * 100)}
      >
        <div className="sc-bar-fill" style={{ width: `${Math.round(frac * 100)}%` }} />
      </div>
    </div>
  );
}
