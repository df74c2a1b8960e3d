import type { Ctx } from './context';
import type { LeaseView } from '../../shared/types/agreement';
import type { LeasesExpiringQuery } from '../../shared/schemas/after-deal';
import { leasesRepo } from '../repositories/agreements.repo';
import { seesFinancials } from './access';
import { addMonths, monthsBetween } from '../../shared/agreements';

export const todayIso = (): string => new Date().toISOString().slice(0, 10);

export const leasesService = {
  /** Leases ending in the next `months` months (per park or county), soonest first, with months left. */
  async expiring(ctx: Ctx, q: LeasesExpiringQuery): Promise<LeaseView[]> {
    const from = q.asOf ?? todayIso();
    const rows = await leasesRepo.expiring(ctx.db.read, {
      from,
      to: addMonths(from, q.months),
      parkId: q.parkId,
      jurisdictionId: q.jurisdictionId,
    });
    const financial = seesFinancials(ctx.user);
    return rows.map((r) => ({
      ...r,
      // The rent is the tenant's commercial term: viewers see the date, not the price.
      rentYuanPerM2Month: financial ? r.rentYuanPerM2Month : null,
      monthsLeft: monthsBetween(from, r.endDate),
    }));
  },
};
