import { PLOT_STATUSES } from '@shared/types/park';
import type { ParkSummary } from '@shared/types/park-summary';
import { STATUS_COLOURS } from '../model/colours';
import { useFmt } from '../model/format';

/** Land of a park by status as one stacked bar. */
export function LandBar({ summary, thin }: { summary: ParkSummary; thin?: boolean }) {
  const f = useFmt();
  const total = summary.landTotalMu || 1;
  return (
    <div className={`mp-bar ${thin ? 'thin' : ''}`} role="img" aria-label={f.t('park.landBar')}>
      {PLOT_STATUSES.map((s) => {
        const a = summary.byStatus[s]?.areaMu ?? 0;
        return a > 0 ? (
          <span
            key={s}
            style={{ width: `${(100 * a) / total}%`, background: STATUS_COLOURS[s] }}
            title={`${f.status(s)} ${f.mu(a, 0)}`}
          />
        ) : null;
      })}
    </div>
  );
}

/** Leased / reserved / vacant floor space as one stacked bar with the leased share written on it. */
export function OccupancyBar({ leased, reserved, total }: { leased: number; reserved: number; total: number }) {
  const f = useFmt();
  const t = total || 1;
  return (
    <div className="mp-occ" data-testid="occupancy-bar">
      <div className="mp-bar">
        <span
          style={{ width: `${(100 * leased) / t}%`, background: '#334155' }}
          title={`${f.t('building.leased')} ${f.m2(leased)}`}
        />
        <span
          style={{ width: `${(100 * reserved) / t}%`, background: '#f0a53a' }}
          title={`${f.t('building.reserved')} ${f.m2(reserved)}`}
        />
      </div>
      <div className="small mp-occ-legend">
        <span>
          <i style={{ background: '#334155' }} />
          {f.t('building.leased')} {f.m2(leased)} ({f.share(leased / t)})
        </span>
        <span>
          <i style={{ background: '#f0a53a' }} />
          {f.t('building.reserved')} {f.m2(reserved)}
        </span>
        <span>
          <i style={{ background: '#e2e8f0' }} />
          {f.t('building.vacant')} {f.m2(Math.max(0, total - leased - reserved))}
        </span>
      </div>
    </div>
  );
}
