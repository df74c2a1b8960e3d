import type { Id, Mu } from '../types/common';
import type { EnterpriseYear } from '../types/enterprise';
import type { Project } from '../types/project';
import type { EvaluationEntry } from './grade';
import { computeIndicators, type Indicators } from './indicators';
import { resolveSettings, type EfficiencySettingsInput } from './settings';

/** Negative ids keep prospects apart from enterprises in one population. */
export const prospectEntryId = (projectId: Id): Id => -projectId;

function byGroup(table: Record<string, number>, gbtGroup: number | undefined): number {
  return table[String(gbtGroup)] ?? table.default ?? 0;
}

/**
 * A project's expected year at full production, as an EnterpriseYear: revenue = output;
 * tax = the project's tax; value added = output × valueAddedRate (default 0.25); employees =
 * jobs; R&D = output × rdShare (default 2 %); energy and emissions = output × the industry's
 * intensity (by GB/T group, settings.prospect). These are assumptions, stated in the settings.
 */
export function prospectFigures(
  project: Pick<Project, 'outputWan' | 'taxWan' | 'jobs'>,
  gbtGroup?: number,
  settings: EfficiencySettingsInput = {},
  year = 0,
): EnterpriseYear {
  const p = resolveSettings(settings).prospect;
  const out = project.outputWan;
  return {
    year,
    revenueWan: out,
    taxWan: project.taxWan,
    valueAddedWan: out * p.valueAddedRate,
    energyTce: out * byGroup(p.tcePerWanOutput, gbtGroup),
    emissionsT: out * byGroup(p.emissionsPerWanOutput, gbtGroup),
    rdSpendWan: out * p.rdShare,
    employees: project.jobs,
  };
}

/** Expected indicators at full production on `areaMu` of land. */
export function prospectIndicators(
  project: Pick<Project, 'outputWan' | 'taxWan' | 'jobs'>,
  areaMu: Mu,
  gbtGroup?: number,
  settings: EfficiencySettingsInput = {},
): Indicators {
  return computeIndicators(prospectFigures(project, gbtGroup, settings), areaMu, resolveSettings(settings).kwhPerTce);
}

/** Small (规下) when revenue is below settings.smallRevenueWan (2,000 万元): use it when a prospect lands, too. */
export const isSmallFirm = (revenueWan: number, settings: EfficiencySettingsInput = {}): boolean =>
  revenueWan < resolveSettings(settings).smallRevenueWan;

/**
 * A prospect as one more entry of the evaluation, on a candidate site of `areaMu` in
 * `jurisdictionId` (the county whose occupants it would be ranked with).
 */
export function prospectEntry(
  project: Pick<Project, 'id' | 'outputWan' | 'taxWan' | 'jobs'>,
  areaMu: Mu,
  jurisdictionId: Id,
  gbtGroup?: number,
  settings: EfficiencySettingsInput = {},
  year = 0,
): EvaluationEntry {
  const y = prospectFigures(project, gbtGroup, settings, year);
  return {
    id: prospectEntryId(project.id),
    jurisdictionId,
    isSmall: isSmallFirm(y.revenueWan, settings),
    landMu: areaMu,
    year: y,
  };
}
