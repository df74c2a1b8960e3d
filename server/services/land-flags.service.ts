import type { EntityManager } from 'typeorm';
import type { Ctx } from './context';
import { agreementsRepo } from '../repositories/agreements.repo';
import { landRepo } from '../repositories/land.repo';
import { efficiencyRepo } from '../repositories/efficiency.repo';
import { occupantEntries } from './grades.service';
import { todayIso } from './leases.service';
import { gradeEntries, siteFar, type Grade } from '../../shared/efficiency';
import {
  dGradeRun,
  farEvidence,
  idleEvidence,
  intensityEvidence,
  idleFeeWan,
  recoveryTerms,
  DEFAULT_RECOVERY_SETTINGS,
  type FlagEvidence,
  type FlagStage,
  type LandFlag,
} from '../../shared/agreements';
import { cite } from '../../shared/rules';

/**
 * Each enterprise's grade by year: the county's kept review where one was run, else the same
 * evaluation computed on that year's filings (so a county that has not run its reviews still sees flags).
 */
async function gradesByYear(
  m: EntityManager,
  years: number[],
): Promise<Map<number, Array<{ year: number; grade: Grade }>>> {
  const out = new Map<number, Array<{ year: number; grade: Grade }>>();
  // Each county's kept review of a year is read once (a review run again is kept again, so the
  // summaries list one (county, year) several times).
  const summaries = await efficiencyRepo.summaries(m);
  for (const year of years) {
    const computed = gradeEntries(await occupantEntries(m, year));
    const kept = new Map<number, Grade>();
    const counties = new Set(summaries.filter((x) => x.year === year).map((x) => x.jurisdictionId));
    for (const jurisdictionId of counties)
      for (const r of (await efficiencyRepo.latest(m, jurisdictionId, year))?.rows ?? [])
        kept.set(r.enterpriseId, r.grade);
    const ids = new Set([...computed.keys(), ...kept.keys()]);
    for (const id of ids) {
      const grade = kept.get(id) ?? computed.get(id)!.grade;
      out.set(id, [...(out.get(id) ?? []), { year, grade }]);
    }
  }
  return out;
}

export const landFlagsService = {
  /** Idle and inefficient plots with their evidence, and what recovering each would cost and take. */
  list: (ctx: Ctx, q: { jurisdictionId?: number; parkId?: number; asOf?: string }): Promise<LandFlag[]> =>
    landFlagsService.compute(ctx.db.read, q),

  /** The flags as the engine reads them: the plots a scenario may recover, with cost and delay. */
  async recoverable(m: EntityManager): Promise<Array<{ plotId: number; costWan: number; delayYears: number }>> {
    return (await landFlagsService.compute(m, {}))
      .filter((f) => f.recoverable)
      .map((f) => ({ plotId: f.plotId, costWan: f.recoveryCostWan, delayYears: f.recoveryDelayYears }));
  },

  async compute(m: EntityManager, q: { jurisdictionId?: number; parkId?: number; asOf?: string }): Promise<LandFlag[]> {
    const asOf = q.asOf ?? todayIso();
    const agreements = await agreementsRepo.list(m, { jurisdictionId: q.jurisdictionId });
    const grantByPlot = new Map(agreements.filter((a) => a.landGrant).map((a) => [a.landGrant!.plotId, a]));
    const plots = (await landRepo.held(m, [...grantByPlot.keys()], q.jurisdictionId)).filter(
      (p) => !q.parkId || p.parkId === q.parkId,
    );
    const filings = await agreementsRepo.filings(m, [...new Set(plots.map((p) => p.enterpriseId ?? 0))]);
    const years = [...new Set([...filings.values()].flat().map((f) => f.year))].sort((a, b) => b - a);
    const dYears = DEFAULT_RECOVERY_SETTINGS.dYears;
    const grades = await gradesByYear(m, years.slice(0, dYears));
    const out: LandFlag[] = [];
    for (const p of plots) {
      const a = grantByPlot.get(p.id);
      const evidence: FlagEvidence[] = [];
      let stage: FlagStage | null = null;
      const idle = a?.landGrant ? idleEvidence(a.landGrant, asOf) : null;
      if (idle) {
        stage = idle.stage;
        evidence.push(idle.evidence);
      } else if (p.enterpriseId != null) {
        const run = dGradeRun(grades.get(p.enterpriseId) ?? [], dYears);
        if (run) evidence.push({ code: 'grade_d', rule: cite('inefficient.dYears'), years: run });
        const far = p.floorM2 ? siteFar([p.floorM2], p.areaMu) : null;
        const farBad = farEvidence(far, p.gbtGroup);
        if (farBad) evidence.push(farBad);
        const filed = (filings.get(p.enterpriseId) ?? []).filter((f) => f.investmentWan != null);
        const latest = filed.sort((x, y) => y.year - x.year)[0];
        const completionDue = !a || a.completionBy <= asOf;
        const low = completionDue
          ? intensityEvidence(latest?.investmentWan ?? null, p.areaMu, p.minInvestmentIntensityWanPerMu)
          : null;
        if (low) evidence.push(low);
        if (evidence.length) stage = 'redevelop';
      }
      if (!stage) continue;
      const terms = recoveryTerms(stage, p.areaMu, p.listedPriceWanPerMu);
      out.push({
        plotId: p.id,
        plotCode: p.code,
        parkId: p.parkId,
        parkName: p.parkName,
        jurisdictionId: p.jurisdictionId,
        areaMu: p.areaMu,
        enterpriseId: p.enterpriseId,
        enterpriseName: p.enterpriseName,
        kind: stage === 'redevelop' ? 'inefficient' : 'idle',
        stage,
        evidence,
        idleFeeWan: idleFeeWan(stage, p.areaMu, p.listedPriceWanPerMu),
        recoverable: terms.recoverable,
        recoveryCostWan: terms.costWan,
        recoveryDelayYears: terms.delayYears,
      });
    }
    return out;
  },
};
