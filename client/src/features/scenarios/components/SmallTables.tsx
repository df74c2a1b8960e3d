import type {
  BudgetView as BudgetReport,
  ParkView as ParkReport,
  QuotaView as QuotaReport,
} from '@shared/allocation/view';
import type { Names } from '../model/names';
import { useFmt } from '../model/format';

/** Space used per park and its dominant-industry share before and after. */
export function ParksTable({ parks, names, basis }: { parks: ParkReport[]; names: Names; basis: 'new' | 'total' }) {
  const f = useFmt();
  return (
    <table className="sc-table" data-testid="parks-table">
      <thead>
        <tr>
          <th>{f.t('parks.park')}</th>
          <th className="num">{f.t('parks.land')}</th>
          <th className="num">{f.t('parks.floor')}</th>
          <th className="num">{f.t('parks.projects')}</th>
          <th className="num">{f.t('parks.theta')}</th>
          <th className="num">{f.t('parks.before')}</th>
          <th className="num">{f.t('parks.after')}</th>
          <th>{f.t('parks.binding')}</th>
          <th className="num">{f.t('parks.marginal')}</th>
        </tr>
      </thead>
      <tbody>
        {parks.map((p) => {
          const low = belowTheta(p, basis);
          return (
            <tr key={p.parkId} data-park={p.parkId}>
              <td>{names.park(p.parkId)}</td>
              <td className="num">{f.mu(p.areaAllocatedMu)}</td>
              <td className="num">{f.m2(p.floorAllocatedM2)}</td>
              <td className="num">{p.projects}</td>
              <td className="num">{f.share(p.theta, 0)}</td>
              <td className="num">{f.share(p.dominantShareBefore)}</td>
              <td className={`num ${low ? 'error' : ''}`}>
                {f.share(p.dominantShareAfter)}
                <ShareBar before={p.dominantShareBefore} after={p.dominantShareAfter} theta={p.theta} low={low} />
              </td>
              <td>
                {p.shareBinding ? (
                  <span className="sc-tag warn">{f.t('parks.yes')}</span>
                ) : (
                  <span className="muted">{f.t('parks.no')}</span>
                )}
              </td>
              <td className="num">
                {p.marginalValueWanPerMu !== null && Math.abs(p.marginalValueWanPerMu) >= 0.005
                  ? f.wan(p.marginalValueWanPerMu)
                  : '—'}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * Whether the focus rule is missed: with basis 'new' θ binds the space this scenario allocates
 * (newDominantShare), with 'total' the park's share after the scenario.
 */
export function belowTheta(p: ParkReport, basis: 'new' | 'total'): boolean {
  const x = basis === 'new' ? p.newDominantShare : p.dominantShareAfter;
  return x != null && x < p.theta - 1e-9;
}

/** A thin bar: the θ line, the share before (grey tick) and after (filled). */
export function ShareBar({
  before,
  after,
  theta,
  low,
}: {
  before: number | null;
  after: number | null;
  theta: number;
  low: boolean;
}) {
  const pct = (x: number) => `${Math.max(0, Math.min(100, x * 100))}%`;
  return (
    <span className="sc-sharebar" aria-hidden>
      {after != null && <span className={`fill ${low ? 'low' : ''}`} style={{ width: pct(after) }} />}
      {before != null && <span className="before" style={{ left: pct(before) }} />}
      <span className="theta" style={{ left: pct(theta) }} />
    </span>
  );
}

/** Equity fund and incentive budget: used, available, and what one more 万元 would be worth. */
export function BudgetsTable({ budgets }: { budgets: BudgetReport[] }) {
  const f = useFmt();
  return (
    <table className="sc-table" data-testid="budgets-table">
      <thead>
        <tr>
          <th>{f.t('budgets.key')}</th>
          <th className="num">{f.t('budgets.used')}</th>
          <th className="num">{f.t('budgets.available')}</th>
          <th>{f.t('budgets.binding')}</th>
          <th className="num">{f.t('budgets.marginal')}</th>
        </tr>
      </thead>
      <tbody>
        {budgets.map((b) => (
          <tr key={b.key} data-key={b.key}>
            <td>{f.t(`budgets.${b.key}`)}</td>
            <td className="num">{f.wan(b.used)}</td>
            <td className="num">
              {b.available == null ? <span className="muted">{f.t('budgets.unlimited')}</span> : f.wan(b.available)}
            </td>
            <td>
              {b.binding ? (
                <span className="sc-tag warn">{f.t('parks.yes')}</span>
              ) : (
                <span className="muted">{f.t('parks.no')}</span>
              )}
            </td>
            <td className="num">
              {b.marginalValueWan !== null && Math.abs(b.marginalValueWan) >= 0.0005
                ? f.dec(b.marginalValueWan, 3)
                : '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** County leaders' quotas: targets met or short, and the penalty the objective counted. */
export function QuotasTable({ quotas, names }: { quotas: QuotaReport[]; names: Names }) {
  const f = useFmt();
  if (quotas.length === 0) return <p className="muted">{f.t('quotas.empty')}</p>;
  return (
    <table className="sc-table" data-testid="quotas-table">
      <thead>
        <tr>
          <th>{f.t('quotas.county')}</th>
          <th>{f.t('quotas.role')}</th>
          <th className="num">{f.t('quotas.target')}</th>
          <th className="num">{f.t('quotas.achieved')}</th>
          <th>{f.t('quotas.shortfall')}</th>
          <th className="num">{f.t('quotas.penalty')}</th>
        </tr>
      </thead>
      <tbody>
        {quotas.map((q, i) => (
          <tr key={i} data-role={q.role}>
            <td>{names.jurisdiction(q.jurisdictionId)}</td>
            <td>{f.t(`quotas.${q.role}`)}</td>
            <td className="num">{q.target}</td>
            <td className="num">{q.achieved}</td>
            <td>
              {q.shortfall > 0 ? (
                <span className="sc-tag bad">{f.t('quotas.short', { n: q.shortfall })}</span>
              ) : (
                <span className="sc-tag ok">✓ {f.t('quotas.met')}</span>
              )}
            </td>
            <td className="num">{q.penaltyWan ? f.wan(q.penaltyWan) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
