import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api';
import { errorText } from '@/i18n/errors';
import type { ScenarioView as Scenario } from '@shared/types/scenario';
import { useScenarioWrites } from '../api/scenarios';
import type { Names } from '../model/names';
import { commitCounts } from '@shared/scenarios/commit-counts';
import { useFmt } from '../model/format';

interface Conflict {
  kind: string;
  id: number;
  reason: string;
}

/**
 * Commit with a confirmation step. Refused commits (409) list their conflicts; an infeasible or
 * stale result cannot be committed and the button says why.
 */
export function CommitPanel({
  scenario,
  names,
  onDone,
}: {
  scenario: Scenario;
  names: Names;
  onDone(text: string): void;
}) {
  const f = useFmt();
  const { i18n } = useTranslation();
  const { commit } = useScenarioWrites();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<{ text: string; conflicts: Conflict[] } | null>(null);
  const r = scenario.result;
  const blocked = !r
    ? f.t('commit.needSolve')
    : r.status === 'infeasible'
      ? f.t('commit.cannot')
      : scenario.resultStale || scenario.status !== 'solved'
        ? f.t('commit.needSolve')
        : null;
  // Counted as the server reports them after the commit (one function for both).
  const { plots, tenants, buildings } = commitCounts(r?.allocations ?? []);

  const run = async () => {
    setError(null);
    try {
      const out = await commit.mutateAsync({ id: scenario.id, version: scenario.version });
      setAsking(false);
      onDone(
        f.t('commit.done', {
          plots: out.plotsReserved,
          tenants: out.tenants,
          buildings: out.buildings,
          units: out.unitsReserved,
        }),
      );
    } catch (e) {
      const conflicts =
        e instanceof ApiError && e.code === 'COMMIT_CONFLICT'
          ? ((e.details as { conflicts?: Conflict[] })?.conflicts ?? [])
          : [];
      setError({ text: conflicts.length ? f.t('commit.conflicts') : errorText(e, i18n.language), conflicts });
      setAsking(false);
    }
  };
  const conflictName = (c: Conflict) =>
    c.kind === 'project'
      ? names.project(c.id)
      : c.kind === 'plot'
        ? names.site(`plot:${c.id}`)
        : names.site(`building:${c.id}`);

  if (scenario.status === 'committed') return null;
  return (
    <>
      <button
        className="primary"
        disabled={!!blocked || commit.isPending}
        title={blocked ?? undefined}
        onClick={() => setAsking(true)}
        data-testid="commit"
      >
        {f.t('ws.commit')}
      </button>
      {asking && (
        <div className="sc-modal-back" role="dialog" aria-modal="true" data-testid="commit-confirm">
          <div className="sc-modal card">
            <h3>{f.t('commit.confirmTitle')}</h3>
            <p>{f.t('commit.confirmText', { plots, tenants, buildings })}</p>
            <div className="sc-modal-actions">
              <button onClick={() => setAsking(false)}>{f.t('cancel', { ns: 'common' })}</button>
              <button
                className="primary"
                onClick={() => void run()}
                disabled={commit.isPending}
                data-testid="commit-yes"
              >
                {f.t('commit.confirm')}
              </button>
            </div>
          </div>
        </div>
      )}
      {error && (
        <div className="sc-conflicts" role="alert" data-testid="commit-error">
          <p>{error.text}</p>
          {error.conflicts.length > 0 && (
            <ul>
              {error.conflicts.map((c, i) => (
                <li key={i}>
                  <b>
                    {f.t(`kind.${c.kind}`, { defaultValue: c.kind })} {conflictName(c)}
                  </b>
                  : {c.reason}
                </li>
              ))}
            </ul>
          )}
          <button className="link" onClick={() => setError(null)}>
            {f.t('close', { ns: 'common' })}
          </button>
        </div>
      )}
    </>
  );
}
