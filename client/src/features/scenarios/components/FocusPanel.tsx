import { useMemo } from 'react';
import { EChart } from '@/components/charts/EChart';
import type { SolveJob } from '../api/solve';
import { focusChartOption, focusCosts } from '../model/focus-chart';
import { useFmt } from '../model/format';

interface Props {
  job: SolveJob | null;
  running: boolean;
  canRun: boolean;
  startError: string | null;
  onRun(): void;
  onCancel(): void;
}

/** The price of focus: plan value and projects placed against one dominant-share floor θ for every park. */
export function FocusPanel({ job, running, canRun, startError, onRun, onCancel }: Props) {
  const f = useFmt();
  const curve = job?.focus ?? null;
  const points = useMemo(() => curve?.points ?? [], [curve]);
  const option = useMemo(
    () =>
      focusChartOption(points, {
        value: f.t('focus.chart.value'),
        bound: f.t('focus.chart.bound'),
        placed: f.t('focus.chart.placed'),
        theta: f.t('focus.chart.theta'),
        projects: f.t('focus.chart.projects'),
        unitWan: f.en ? 'wan yuan' : '万元',
        unitYi: f.en ? 'yi yuan' : '亿元',
      }),
    [points, f],
  );
  const costs = focusCosts(points);
  const base = points.find((p) => p.status === 'verified');
  const next = curve ? [...curve.thetas].reverse().find((t) => !points.some((p) => p.theta === t)) : undefined;
  const seconds = job?.finishedAt ? (Date.parse(job.finishedAt) - Date.parse(job.startedAt)) / 1000 : 0;
  return (
    <div className="sc-focus" data-testid="focus" data-status={job?.status ?? 'none'} data-job={job?.id}>
      <p className="muted small">{f.t('focus.intro')}</p>
      <div className="sc-focus-bar">
        {canRun && !running && (
          <button className="primary" onClick={onRun} data-testid="focus-run">
            {job ? f.t('focus.rerun') : f.t('focus.run')}
          </button>
        )}
        {running && (
          <>
            <span data-testid="focus-progress">
              {next !== undefined
                ? f.t('focus.running', { theta: f.share(next, 0), done: points.length, n: curve!.thetas.length })
                : f.t('focus.queued')}
            </span>
            <button onClick={onCancel} data-testid="focus-cancel">
              {f.t('focus.cancel')}
            </button>
          </>
        )}
        {job?.status === 'done' && (
          <span className="muted small">{f.t('focus.done', { n: points.length, s: f.dec(seconds, 1) })}</span>
        )}
        {job?.status === 'failed' && (
          <span className="error">{f.t('focus.failed', { msg: job.error?.message ?? '' })}</span>
        )}
        {job?.status === 'cancelled' && <span className="muted">{f.t('focus.cancelled')}</span>}
        {startError && <span className="error">{startError}</span>}
      </div>
      {!job && <div className="sc-note">{f.t('focus.empty')}</div>}
      {points.length > 0 && (
        <>
          <EChart option={option} height={300} testId="focus-chart" />
          <table className="sc-table" data-testid="focus-table">
            <thead>
              <tr>
                <th className="num">{f.t('focus.col.theta')}</th>
                <th className="num">{f.t('focus.col.value')}</th>
                <th className="num">{f.t('focus.col.cost', { base: base ? f.share(base.theta, 0) : '—' })}</th>
                <th className="num">{f.t('focus.col.bound')}</th>
                <th className="num">{f.t('focus.col.placed')}</th>
                <th className="num">{f.t('focus.col.share')}</th>
                <th className="num">{f.t('focus.col.shortfall')}</th>
                <th className="num">{f.t('focus.col.time')}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p, i) => (
                <tr key={p.theta} data-theta={p.theta} data-status={p.status} data-objective={p.objective ?? ''}>
                  <td className="num">{f.share(p.theta, 0)}</td>
                  {p.status === 'verified' ? (
                    <>
                      <td className="num">{f.wan(p.objective!)}</td>
                      <td className="num">{costs[i] ? f.wan(costs[i]!) : '—'}</td>
                      <td className="num muted">{f.wan(p.bound!)}</td>
                      <td className="num">{p.projectsPlaced}</td>
                      <td className="num">{f.share(p.focusShare)}</td>
                      <td className="num">{p.shortfallProjectIds.length || '—'}</td>
                    </>
                  ) : (
                    <td colSpan={6} className="muted">
                      {f.t('focus.unverified')}
                    </td>
                  )}
                  <td className="num muted">{f.dec(p.elapsedMs / 1000, 1)} s</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted small">{f.t('focus.note')}</p>
        </>
      )}
    </div>
  );
}
