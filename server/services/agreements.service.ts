import type { Ctx } from './context';
import type { AgreementView, YearStatus } from '../../shared/types/agreement';
import { agreementsRepo } from '../repositories/agreements.repo';
import { packagesRepo } from '../repositories/packages.repo';
import { projectsRepo } from '../repositories/projects.repo';
import { enterprisesRepo } from '../repositories/enterprises.repo';
import { referenceRepo } from '../repositories/reference.repo';
import { seesFinancials } from './access';
import { clawbackDueWan, overall, yearlyStatus } from '../../shared/agreements';
import { financeSettings } from '../../shared/incentives';
import { agreementsWorkbook } from './agreements-export';

/** Viewers see statuses but no investor's figures (null for hidden). */
const hideFigures = (y: YearStatus): YearStatus => ({ ...y, deliveredShare: null, filed: null });

export const agreementsService = {
  /** Each agreement with its commitments, yearly status and the clawback its package's terms give. */
  async list(ctx: Ctx, f: { jurisdictionId?: number }): Promise<AgreementView[]> {
    const m = ctx.db.read;
    const agreements = await agreementsRepo.list(m, f);
    const ids = agreements.map((a) => a.enterpriseId).filter((x): x is number => x != null);
    const [filings, jurisdictions] = await Promise.all([
      agreementsRepo.filings(m, ids),
      referenceRepo.jurisdictions(m),
    ]);
    const financial = seesFinancials(ctx.user);
    const out: AgreementView[] = [];
    for (const a of agreements) {
      const [project, pkg, ent] = await Promise.all([
        projectsRepo.get(m, a.projectId),
        a.packageId ? packagesRepo.get(m, a.packageId) : null,
        a.enterpriseId ? enterprisesRepo.get(m, a.enterpriseId) : null,
      ]);
      const yearly = yearlyStatus(a.commitments, a.enterpriseId ? (filings.get(a.enterpriseId) ?? []) : []);
      const { status, deliveredShare } = overall(yearly);
      const settings = financeSettings(jurisdictions.find((j) => j.id === a.jurisdictionId));
      const due = pkg && project ? clawbackDueWan(pkg.components, project, deliveredShare, settings) : 0;
      out.push({
        ...a,
        commitments: financial ? a.commitments : [],
        projectName: project?.name ?? '',
        enterpriseName: ent?.name ?? null,
        packageName: pkg?.name ?? null,
        yearly: financial ? yearly : yearly.map(hideFigures),
        status,
        deliveredShare: financial ? deliveredShare : null,
        clawbackDueWan: financial ? due : null,
      });
    }
    return out;
  },

  /** The same list as a workbook, largest amount at risk first, titled with the county (or the whole city). */
  async workbook(ctx: Ctx, f: { jurisdictionId?: number }): Promise<Buffer> {
    const [rows, j] = await Promise.all([
      agreementsService.list(ctx, f),
      f.jurisdictionId ? referenceRepo.jurisdiction(ctx.db.read, f.jurisdictionId) : null,
    ]);
    return agreementsWorkbook(rows, `${j?.name ?? '全部县区'} 投资协议履约情况`);
  },
};
