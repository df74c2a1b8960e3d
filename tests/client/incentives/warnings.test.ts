import { describe, expect, it } from 'vitest';
import { comparePackages, type ComparedPackage } from '@shared/incentives';
import { groupWarnings, severityCounts } from '@/features/incentives/model/warnings';
import { drafts, park, project, settings } from './fixtures';

describe('grouped compliance warnings', () => {
  it('when several packages break the same rule, then it is listed once with all of them, forbidden first', () => {
    const refund: ComparedPackage = {
      name: '返税',
      nameEn: 'Refund',
      components: { ...drafts[0].components, taxRefund: { share: 0.5, years: 3, legalBasis: null } },
    };
    const cheapLand: ComparedPackage = {
      name: '低价',
      nameEn: 'Cheap land',
      components: { land: { ...drafts[0].components.land!, priceWanPerMu: 5, preparationCostWanPerMu: 4 } },
    };
    const comps = comparePackages({
      packages: [drafts[1], refund, cheapLand],
      project,
      settings,
      park,
      gbtGroup: 17,
      plannedFar: null,
    });
    const groups = groupWarnings(comps);
    const codes = groups.map((g) => g.warning.code);
    // The FAR note and the park-intensity warning hit all three packages alike: one row each.
    expect(codes.filter((c) => c === 'far_not_checked')).toHaveLength(1);
    expect(groups.find((g) => g.warning.code === 'far_not_checked')!.packages).toEqual([0, 1, 2]);
    expect(groups.find((g) => g.warning.code === 'tax_refund_no_legal_basis')!.packages).toEqual([1]);
    expect(groups.find((g) => g.warning.code === 'land_below_floor')!.warning.rule).toContain('国土资发〔2006〕307号');
    const ranks = groups.map((g) => ({ error: 0, warning: 1, info: 2 })[g.warning.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(severityCounts(comps[1].warnings).error).toBe(1);
  });
});
