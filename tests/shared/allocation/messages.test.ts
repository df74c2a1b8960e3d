import { describe, expect, it } from 'vitest';
import {
  MESSAGE_CODES,
  wordMessage,
  type EngineMessage,
  type LeftOutMessage,
  type Names,
} from '../../../shared/allocation/messages';

const names: Names = {
  project: (id) => `项目${id}`,
  park: (id) => `园区${id}`,
  site: (id) => `地块${id.replace(/\D/g, '')}`,
};
const site = { siteId: 'plot:7', capacity: 98, kind: 'plot' as const, parkId: 3, name: 'XY-A02-02' };
/** One sample of every code: the test fails when a code is added without a sample (and words). */
const SAMPLES: Record<(typeof MESSAGE_CODES)[number], EngineMessage | LeftOutMessage> = {
  shortfall_no_site: {
    code: 'shortfall_no_site',
    params: {
      projectId: 1,
      pinned: false,
      need: 139.7,
      kind: 'plot',
      landUse: 'M2',
      largest: site,
      mainFilter: 'size',
    },
  },
  shortfall_conflict: {
    code: 'shortfall_conflict',
    params: { projectId: 1, pinned: true, need: 60, sites: [site], heldBy: [2] },
  },
  shortfall_share: { code: 'shortfall_share', params: { projectId: 1, pinned: false, parkIds: [3] } },
  shortfall_budget: {
    code: 'shortfall_budget',
    params: { projectId: 1, pinned: false, budget: 'equity_fund', needWan: 870, availableWan: 40 },
  },
  plan_partial: { code: 'plan_partial', params: { projectIds: [1, 2] } },
  plan_improved_by_explain: { code: 'plan_improved_by_explain', params: {} },
  start_repaired: { code: 'start_repaired', params: { kept: 9, dropped: [4] } },
  start_kept: { code: 'start_kept', params: { kept: 10 } },
  pin_stale: { code: 'pin_stale', params: { projectId: 1, siteId: 'plot:7', packageId: null, reason: 'site_gone' } },
  exclusion_stale: { code: 'exclusion_stale', params: { projectId: 2, siteId: 'plot:9', parkId: null } },
  lo_excluded: { code: 'lo_excluded', params: {} },
  lo_no_site: {
    code: 'lo_no_site',
    params: { need: 139.7, kind: 'plot', landUse: 'M2', largest: site, mainFilter: 'size' },
  },
  lo_below_min: { code: 'lo_below_min', params: { bestValueWan: 120, minValueWan: 500 } },
  lo_capacity: { code: 'lo_capacity', params: { need: 40, kind: 'plot', sites: [site], heldBy: [2] } },
  lo_dominant_share: { code: 'lo_dominant_share', params: { parkId: 3, theta: 0.6, shareIfPlaced: 0.48 } },
  lo_share_unreachable: {
    code: 'lo_share_unreachable',
    params: { parkId: 3, theta: 0.7, dominantNeedMu: 116.7, dominantAvailableMu: 50 },
  },
  lo_equity_budget: { code: 'lo_equity_budget', params: { needWan: 870, usedWan: 49_960, availableWan: 50_000 } },
  lo_incentive_budget: { code: 'lo_incentive_budget', params: { needWan: 300, usedWan: 900, availableWan: 1000 } },
  lo_not_worth: { code: 'lo_not_worth', params: { valueWan: 1628, costToPlaceWan: 23.9 } },
  lo_must_impossible: { code: 'lo_must_impossible', params: {} },
};

describe('typed engine messages, worded in zh-CN and en', () => {
  it.each(MESSAGE_CODES)('%s has words in both languages, without internal ids', (code) => {
    const msg = SAMPLES[code];
    expect(msg.code).toBe(code);
    const zh = wordMessage(msg, names, 'zh');
    const en = wordMessage(msg, names, 'en');
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(zh).not.toMatch(/\b(the|is|and|project)\b/);
    expect(en).toMatch(/[a-z]{3,}/);
    for (const text of [zh, en]) expect(text).not.toMatch(/plot:|building:|undefined|NaN|\[object/);
  });

  it('the nearest miss names the need, the largest plot and its code', () => {
    expect(wordMessage(SAMPLES.shortfall_no_site, names, 'zh')).toContain('139.7 亩 M2');
    expect(wordMessage(SAMPLES.shortfall_no_site, names, 'zh')).toContain('园区3 XY-A02-02 (98 亩)');
    expect(wordMessage(SAMPLES.shortfall_no_site, names, 'en')).toContain('XY-A02-02 in 园区3 (98 亩)');
    expect(wordMessage(SAMPLES.lo_equity_budget, names, 'zh')).toContain('已用 5亿元 / 5亿元');
  });
});
