import { minInvestmentWanPerMu } from '../rules';
import type { ComplianceInput, ComplianceWarning } from './compliance';
import { f2, RULES, w } from './compliance-rules';
import { nationalMinFar } from './land-rules';

/** The land the package's intensity is measured on: the land sold, else the project's need. */
const siteAreaMu = (input: ComplianceInput): number | null => input.components.land?.areaMu ?? input.project.landNeedMu;

/**
 * Where the project falls short of the national land-use minima (FAR by industry; investment
 * intensity by industry and region class, 国土资发〔2008〕24号). Empty = land-intensive as far as
 * known; the 70% priority floor needs this empty.
 */
export function landIntensityShortfalls(input: ComplianceInput): ComplianceWarning[] {
  const out: ComplianceWarning[] = [];
  const national = nationalMinFar(input.gbtGroup);
  const far = input.plannedFar;
  if (far != null && national !== null && far < national) {
    out.push(
      w(
        'far_below_national',
        'error',
        RULES.far,
        `容积率 ${f2(far)} 低于该行业国家下限 ${f2(national)}。`,
        `FAR ${f2(far)} is below the national minimum of ${f2(national)} for this industry.`,
      ),
    );
  }
  const area = siteAreaMu(input);
  const min = minInvestmentWanPerMu(input.gbtGroup, input.park.landGrade);
  if (area && area > 0 && min !== null) {
    const intensity = input.project.investmentWan / area;
    if (intensity < min - 1e-9) {
      out.push(
        w(
          'investment_intensity_below_national',
          'error',
          RULES.investment,
          `投资强度 ${f2(intensity)} 万元/亩 低于该行业在 ${input.park.landGrade} 等土地上的国家下限 ${f2(min)} 万元/亩。`,
          `Investment intensity ${f2(intensity)} 万元/亩 is below the national minimum of ${f2(min)}` +
            ` 万元/亩 for this industry on grade-${input.park.landGrade}` +
            ` land.`,
        ),
      );
    }
  }
  return out;
}

/** FAR and investment intensity against the national table (errors) and the park's own minima (warnings). */
export function siteChecks(input: ComplianceInput, out: ComplianceWarning[]): void {
  const { park, project } = input;
  const far = input.plannedFar;
  const national = landIntensityShortfalls(input);
  out.push(...national);
  if (far == null) {
    out.push(
      w('far_not_checked', 'info', RULES.far, '未提供规划容积率，未检查。', 'No planned FAR given: not checked.'),
    );
  } else if (!national.some((x) => x.code === 'far_below_national') && far < park.minFar) {
    out.push(
      w(
        'far_below_park',
        'warning',
        RULES.parkMinimum,
        `容积率 ${f2(far)} 低于园区下限 ${f2(park.minFar)}。`,
        `FAR ${f2(far)} is below the park's minimum of ${f2(park.minFar)}.`,
      ),
    );
  }
  const area = siteAreaMu(input);
  if (area && area > 0) {
    const intensity = project.investmentWan / area;
    if (
      !national.some((x) => x.code === 'investment_intensity_below_national') &&
      intensity < park.minInvestmentIntensityWanPerMu
    ) {
      out.push(
        w(
          'investment_intensity_below_park',
          'warning',
          RULES.parkMinimum,
          `投资强度 ${f2(intensity)} 万元/亩 低于园区下限 ${f2(park.minInvestmentIntensityWanPerMu)} 万元/亩。`,
          `Investment intensity ${f2(intensity)} 万元/亩 is below the park's minimum of ` +
            `${f2(park.minInvestmentIntensityWanPerMu)}` +
            `.`,
        ),
      );
    }
    const taxPerMu = project.taxWan / area;
    if (taxPerMu < park.minTaxPerMuWan) {
      out.push(
        w(
          'tax_per_mu_below_park',
          'warning',
          RULES.parkMinimum,
          `亩均税收 ${f2(taxPerMu)} 万元/亩 低于园区下限 ${f2(park.minTaxPerMuWan)} 万元/亩。`,
          `Tax per mu ${f2(taxPerMu)} 万元 is below the park's minimum of ${f2(park.minTaxPerMuWan)}.`,
        ),
      );
    }
  }
}
