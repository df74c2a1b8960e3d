import { describe, expect, it } from 'vitest';
import { comparePackages } from '@shared/incentives';
import { highlights } from '@/features/incentives/model/highlights';
import { drafts, park, project, settings } from './fixtures';

describe('brief highlights', () => {
  it('when packages are compared, then each finding names the package that leads on it, with its figure', () => {
    const comps = comparePackages({ packages: drafts, project, settings, park, deliveredShare: 0.5 });
    const h = Object.fromEntries(highlights(comps, 0.5).map((x) => [x.key, x]));
    const npvs = comps.map((c) => c.metrics.govNpvWan);
    const given = comps.map((c) => c.metrics.incentivePvWan);
    const investor = comps.map((c) => c.metrics.investorPvSavingWan);
    const claw = comps.map((c) => c.delivery.govNpvWithClawbackWan);
    expect(h.bestNpv).toEqual({ key: 'bestNpv', index: npvs.indexOf(Math.max(...npvs)), value: Math.max(...npvs) });
    expect(h.leastIncentive.index).toBe(given.indexOf(Math.min(...given)));
    expect(h.bestForInvestor.index).toBe(investor.indexOf(Math.max(...investor)));
    expect(h.bestUnderDelivery.value).toBe(Math.max(...claw));
  });

  it(
    'when everything is delivered or only one package is shown, then there ' +
      'is no under-delivery finding or none at all',
    () => {
      const comps = comparePackages({ packages: drafts, project, settings, park, deliveredShare: 1 });
      expect(highlights(comps, 1).map((x) => x.key)).not.toContain('bestUnderDelivery');
      expect(highlights(comps.slice(0, 1), 0.5)).toEqual([]);
    },
  );
});
