import { wordStaleRef } from './stale';

/**
 * The engine speaks in typed messages ({code, params}), never in sentences: the client words them
 * in the user's language (zh-CN first) and the server's Chinese exports use the same words, so no
 * English sentence and no internal id reaches a Chinese screen. Ids in params are resolved to names
 * by the caller (`Names`).
 */
export interface SiteRef {
  siteId: string;
  /** Free capacity: 亩 for a plot, m² for a building. */
  capacity: number;
  kind: 'plot' | 'building';
  parkId: number;
  /** The site's name in the scenario file (plot code or building name), when it has one. */
  name?: string;
}

export type EngineMessage =
  /** A signed or pinned project no vacant site can take: the nearest miss and what would have to change. */
  | {
      code: 'shortfall_no_site';
      params: {
        projectId: number;
        pinned: boolean;
        need: number;
        kind: 'plot' | 'building';
        landUse: 'M1' | 'M2' | 'M3';
        /** The largest vacant site of a fitting kind and land use in the parks it may go to. */
        largest: SiteRef | null;
        /** The filter that removed most candidate pairs (e.g. size, land_use, min_intensity). */
        mainFilter: string | null;
      };
    }
  /** Signed or pinned projects that cannot all be placed: the sites they compete for. */
  | {
      code: 'shortfall_conflict';
      params: { projectId: number; pinned: boolean; need: number; sites: SiteRef[]; heldBy: number[] };
    }
  /** Dominant-share rows make the must-place project impossible with the space the scenario has. */
  | { code: 'shortfall_share'; params: { projectId: number; pinned: boolean; parkIds: number[] } }
  /** Every fitting site is free, but no package fits in what is left of a budget. */
  | {
      code: 'shortfall_budget';
      params: {
        projectId: number;
        pinned: boolean;
        budget: 'equity_fund' | 'incentive_budget';
        needWan: number;
        availableWan: number;
      };
    }
  | { code: 'plan_partial'; params: { projectIds: number[] } }
  | { code: 'plan_improved_by_explain'; params: Record<string, never> }
  /** The previous plan was the starting point; placements the new rules forbid were dropped. */
  | { code: 'start_repaired'; params: { kept: number; dropped: number[] } }
  | { code: 'start_kept'; params: { kept: number } }
  /** A pin naming a project, site or package that is gone (placed, let, deleted): ignored or reduced. */
  | {
      code: 'pin_stale';
      params: {
        projectId: number;
        siteId: string | null;
        packageId: number | null;
        reason: 'project_gone' | 'site_gone' | 'package_gone';
      };
    }
  | { code: 'exclusion_stale'; params: { projectId: number | null; siteId: string | null; parkId: number | null } };

export type LeftOutMessage =
  | { code: 'lo_excluded'; params: Record<string, never> }
  | {
      code: 'lo_no_site';
      params: {
        need: number | null;
        kind: 'plot' | 'building' | null;
        landUse: 'M1' | 'M2' | 'M3';
        largest: SiteRef | null;
        mainFilter: string | null;
      };
    }
  | { code: 'lo_below_min'; params: { bestValueWan: number; minValueWan: number } }
  | { code: 'lo_capacity'; params: { need: number; kind: 'plot' | 'building'; sites: SiteRef[]; heldBy: number[] } }
  | { code: 'lo_dominant_share'; params: { parkId: number; theta: number; shareIfPlaced: number | null } }
  | {
      code: 'lo_share_unreachable';
      params: { parkId: number; theta: number; dominantNeedMu: number; dominantAvailableMu: number };
    }
  | { code: 'lo_equity_budget'; params: { needWan: number; usedWan: number; availableWan: number } }
  | { code: 'lo_incentive_budget'; params: { needWan: number; usedWan: number; availableWan: number } }
  | { code: 'lo_not_worth'; params: { valueWan: number; costToPlaceWan: number | null } }
  | { code: 'lo_must_impossible'; params: Record<string, never> };

export interface Names {
  project(id: number): string;
  park(id: number): string;
  site(id: string): string;
}

export type Lang = 'zh' | 'en';
type AnyMessage = EngineMessage | LeftOutMessage;

const num = (v: number, d = 1) => (Number.isFinite(v) ? +v.toFixed(d) : v).toLocaleString('en-US');
const wan = (v: number, lang: Lang) =>
  Math.abs(v) >= 10_000
    ? `${num(v / 10_000, 2)}${lang === 'zh' ? '亿元' : ' 亿元'}`
    : `${num(v, 1)}${lang === 'zh' ? '万元' : ' 万元'}`;
const unit = (kind: 'plot' | 'building' | null) => (kind === 'building' ? 'm²' : '亩');
const pct = (v: number) => `${num(100 * v, 1)}%`;

function siteText(s: SiteRef, n: Names, lang: Lang): string {
  const site = s.name ?? n.site(s.siteId);
  const where = lang === 'zh' ? `${n.park(s.parkId)} ${site}` : `${site} in ${n.park(s.parkId)}`;
  return `${where} (${num(s.capacity)} ${unit(s.kind)})`;
}

const FILTER: Record<Lang, Record<string, string>> = {
  zh: {
    size: '面积不足',
    land_use: '用地性质不符',
    site_kind: '场地类型不符',
    park_not_allowed: '不在允许的园区',
    min_intensity: '投资强度低于园区门槛',
    min_tax_per_mu: '亩均税收低于园区门槛',
    excluded: '被方案排除',
    package_kind: '政策包不适用',
    pinned_elsewhere: '已指定其他场地',
    below_min_value: '价值低于落位下限',
  },
  en: {
    size: 'too small',
    land_use: 'wrong land use',
    site_kind: 'wrong site kind',
    park_not_allowed: 'park not allowed',
    min_intensity: "below the park's investment intensity minimum",
    min_tax_per_mu: "below the park's tax per 亩 minimum",
    excluded: 'excluded by the scenario',
    package_kind: 'package does not apply',
    pinned_elsewhere: 'pinned elsewhere',
    below_min_value: 'below the minimum placement value',
  },
};

/** Every code, for the test that each one has words in both languages. */
export const MESSAGE_CODES = [
  'shortfall_no_site',
  'shortfall_conflict',
  'shortfall_share',
  'shortfall_budget',
  'plan_partial',
  'plan_improved_by_explain',
  'start_repaired',
  'start_kept',
  'pin_stale',
  'exclusion_stale',
  'lo_excluded',
  'lo_no_site',
  'lo_below_min',
  'lo_capacity',
  'lo_dominant_share',
  'lo_share_unreachable',
  'lo_equity_budget',
  'lo_incentive_budget',
  'lo_not_worth',
  'lo_must_impossible',
] as const satisfies readonly AnyMessage['code'][];

/** The message in words. */
export function wordMessage(msg: AnyMessage, n: Names, lang: Lang): string {
  const zh = lang === 'zh';
  const list = (ids: number[]) => ids.map((id) => n.project(id)).join(zh ? '、' : ', ');
  const what = (pinned: boolean) => (zh ? (pinned ? '已指定落位的' : '已签约的') : pinned ? 'pinned' : 'signed');
  switch (msg.code) {
    case 'shortfall_no_site': {
      const p = msg.params;
      const need = `${num(p.need)} ${unit(p.kind)} ${p.kind === 'plot' ? p.landUse : ''}`.trim();
      const filter = p.mainFilter ? (FILTER[lang][p.mainFilter] ?? p.mainFilter) : null;
      if (zh)
        return (
          `${what(p.pinned)}项目「${n.project(p.projectId)}」没有可用场地：需要 ${need}${p.kind === 'plot' ? ' 用地' : ' 厂房'}；` +
          (p.largest
            ? `其允许园区内最大的可用${p.kind === 'plot' ? '地块' : '厂房'}为 ${siteText(p.largest, n, lang)}`
            : '其允许园区内没有同类空置场地') +
          (filter ? `（主要原因：${filter}）` : '') +
          '。需增加场地或调整项目需求；本方案暂不含此项目。'
        );
      return (
        `${what(p.pinned)} project "${n.project(p.projectId)}" has no usable site: it needs ${need}` +
        (p.largest
          ? `; the largest vacant site of that kind in its allowed parks is ${siteText(p.largest, n, lang)}`
          : '; its allowed parks have no vacant site of that kind') +
        (filter ? ` (mostly: ${filter})` : '') +
        '. Add space or change the requirement; this plan leaves it out.'
      );
    }
    case 'shortfall_conflict': {
      const p = msg.params;
      const sites = p.sites.map((s) => siteText(s, n, lang)).join(zh ? '、' : ', ');
      return zh
        ? `${what(p.pinned)}项目「${n.project(p.projectId)}」（需 ${num(p.need)}` +
            ` ${unit(p.sites[0]?.kind ?? 'plot')}）可用的场地 ${sites || '—'}` +
            ` 已被其他必须落位的项目占用${p.heldBy.length ? `（${list(p.heldBy)}）` : ''}` +
            `，无法同时安排。需增加场地或释放其中一项；本方案暂不含此项目。`
        : `${what(p.pinned)} project "${n.project(p.projectId)}` +
            `" (needs ${num(p.need)} ${unit(p.sites[0]?.kind ?? 'plot')}` +
            `) cannot be placed with the other must-place projects: its sites ${sites || '—'}` +
            ` are taken${p.heldBy.length ? ` by ${list(p.heldBy)}` : ''}` +
            `. Add space or release one; this plan leaves it out.`;
    }
    case 'shortfall_share': {
      const p = msg.params;
      const parks = p.parkIds.map((id) => n.park(id)).join(zh ? '、' : ', ');
      return zh
        ? `${what(p.pinned)}项目「${n.project(p.projectId)}」不属于主导产业，放入 ${parks}` +
            ` 会使主导产业占比低于下限，且没有可补足占比的主导产业项目。需降低占比下限或先落位主导产业项目；本方案暂不含此项目。`
        : `${what(p.pinned)} project "${n.project(p.projectId)}` +
            `" is not in the dominant industry; placing it in ${parks}` +
            (` would push the dominant share below its floor and no dominant-chain ` +
              `project can balance it. Lower the floor or place dominant-chain ` +
              `projects first; this plan leaves it out.`);
    }
    case 'shortfall_budget': {
      const p = msg.params;
      const fund =
        p.budget === 'equity_fund' ? (zh ? '政府股权投资资金' : 'equity fund') : zh ? '优惠预算' : 'incentive budget';
      return zh
        ? `${what(p.pinned)}项目「${n.project(p.projectId)}」的政策包至少需要${fund}` +
            ` ${wan(p.needWan, lang)}，超过可用的 ${wan(p.availableWan, lang)}` +
            `。需增加${fund}或调整政策包；本方案暂不含此项目。`
        : `${what(p.pinned)} project "${n.project(p.projectId)}` +
            `" needs at least ${wan(p.needWan, lang)} of the ${fund}` +
            `, more than the ${wan(p.availableWan, lang)} available. ` +
            'Raise it or change the package; this plan leaves it out.';
    }
    case 'plan_partial':
      return zh
        ? `本方案为部分方案：${msg.params.projectIds.length} 个必须落位的项目（${list(msg.params.projectIds)}）没有可用场地，已单列于用地缺口清单，其余项目照常规划。`
        : `This plan is partial: ${msg.params.projectIds.length} must-place project(s) ` +
            `(${list(msg.params.projectIds)}) have no usable space and are listed in the land shortfall report; ` +
            'the rest is planned as usual.';
    case 'plan_improved_by_explain':
      return zh
        ? '计算强制落位代价时找到了更优方案，已替换搜索结果。'
        : 'Computing the cost to place found a better plan; it replaced the search result.';
    case 'start_repaired':
      return zh
        ? `以上一次方案为起点：保留 ${msg.params.kept} 项落位，按新规则移除 ${msg.params.dropped.length} 项（${list(msg.params.dropped)}）。`
        : `Started from the previous plan: ${msg.params.kept} placement(s) kept, ` +
            `${msg.params.dropped.length} dropped under the new rules (${list(msg.params.dropped)}).`;
    case 'start_kept':
      return zh
        ? `以上一次方案为起点（${msg.params.kept} 项落位全部保留），结果不会差于上一次方案。`
        : `Started from the previous plan (all ${msg.params.kept} placements still valid): ` +
            'the result is never worse than it.';
    case 'pin_stale':
    case 'exclusion_stale':
      return wordStaleRef(msg, n, lang);
    case 'lo_excluded':
      return zh ? '方案中已排除此项目。' : 'Excluded by the scenario.';
    case 'lo_no_site': {
      const p = msg.params;
      const filter = p.mainFilter ? (FILTER[lang][p.mainFilter] ?? p.mainFilter) : null;
      const need = p.need === null ? '' : `${num(p.need)} ${unit(p.kind)}${p.kind === 'plot' ? ` ${p.landUse}` : ''}`;
      if (zh)
        return (
          `没有可用场地${filter ? `（主要原因：${filter}）` : ''}：需要 ${need || '—'}` +
          (p.largest
            ? `；允许园区内最大的可用场地为 ${siteText(p.largest, n, lang)}。`
            : '；允许园区内没有同类空置场地。')
        );
      return (
        `No usable site${filter ? ` (mostly: ${filter})` : ''}: it needs ${need || '—'}` +
        (p.largest
          ? `; the largest vacant one in its allowed parks is ${siteText(p.largest, n, lang)}.`
          : '; its allowed parks have no vacant site of that kind.')
      );
    }
    case 'lo_below_min':
      return zh
        ? `最优落位价值 ${wan(msg.params.bestValueWan, lang)} 低于落位价值下限 ${wan(msg.params.minValueWan, lang)}：场地宁可留空。`
        : `Its best placement is worth ${wan(msg.params.bestValueWan, lang)}, ` +
            `below the minimum placement value ${wan(msg.params.minValueWan, lang)}: the space is better left empty.`;
    case 'lo_capacity': {
      const p = msg.params;
      const sites = p.sites.map((s) => siteText(s, n, lang)).join(zh ? '、' : ', ');
      return zh
        ? `需 ${num(p.need)} ${unit(p.kind)}；可用场地 ${sites} 已安排给价值更高的项目${p.heldBy.length ? `（${list(p.heldBy)}）` : ''}。`
        : `Needs ${num(p.need)} ${unit(p.kind)}; its sites ${sites}` +
            ` went to projects worth more${p.heldBy.length ? ` (${list(p.heldBy)})` : ''}` +
            `.`;
    }
    case 'lo_dominant_share': {
      const p = msg.params;
      return zh
        ? `非主导产业项目：放入 ${n.park(p.parkId)} 会使新增用地主导产业占比${p.shareIfPlaced === null ? '' : `降至 ${pct(p.shareIfPlaced)}`}` +
            `，低于下限 ${pct(p.theta)}。`
        : `Not in the dominant industry: in ${n.park(p.parkId)}` +
            ` it would bring the dominant share${p.shareIfPlaced === null ? '' : ` to ${pct(p.shareIfPlaced)}`}` +
            `, below the floor ${pct(p.theta)}.`;
    }
    case 'lo_share_unreachable': {
      const p = msg.params;
      return zh
        ? `非主导产业项目：放入 ${n.park(p.parkId)} 须先新增主导产业用地 ${num(p.dominantNeedMu)}` +
            ` 亩才能保持占比下限 ${pct(p.theta)}，而本方案所有可落位的主导产业项目最多只能新增 ${num(p.dominantAvailableMu)}` +
            ` 亩：任何方案都无法落位。需降低占比下限或引入更多主导产业项目。`
        : `Not in the dominant industry: ${n.park(p.parkId)} would first need ${num(p.dominantNeedMu)}` +
            ` 亩 of new dominant-chain land to keep its floor of ${pct(p.theta)}` +
            `, and all dominant-chain projects of the scenario together add at most ${num(p.dominantAvailableMu)}` +
            ` 亩: no plan can place it. Lower the floor or bring in more dominant-chain projects.`;
    }
    case 'lo_equity_budget':
    case 'lo_incentive_budget': {
      const p = msg.params;
      const fund =
        msg.code === 'lo_equity_budget'
          ? zh
            ? '政府股权投资资金'
            : 'equity fund'
          : zh
            ? '优惠预算'
            : 'incentive budget';
      return zh
        ? `所需${fund} ${wan(p.needWan, lang)}，而${fund}已用 ${wan(p.usedWan, lang)}` +
            ` / ${wan(p.availableWan, lang)}，用于每万元价值更高的项目。`
        : `Needs ${wan(p.needWan, lang)} of the ${fund}, which has ${wan(p.usedWan, lang)}` +
            ` of ${wan(p.availableWan, lang)} in use by projects worth more per 万元.`;
    }
    case 'lo_not_worth':
      return zh
        ? `落位价值 ${wan(msg.params.valueWan, lang)}，但挤占的场地或预算用于其他项目价值更高` +
            (msg.params.costToPlaceWan === null
              ? ''
              : `（强制落位使方案减少 ${wan(msg.params.costToPlaceWan, lang)}）`) +
            '。'
        : `Worth ${wan(msg.params.valueWan, lang)}, but the space or budget it would take is worth more to others` +
            (msg.params.costToPlaceWan === null
              ? ''
              : ` (forcing it in costs the plan ${wan(msg.params.costToPlaceWan, lang)})`) +
            '.';
    case 'lo_must_impossible':
      return zh
        ? '已签约或已指定，但没有可用场地：无法落位。'
        : 'Signed or pinned, but no usable site exists: it cannot be placed.';
  }
}

/** Stored results from before typed messages carry sentences: show them as they are. */
export function isEngineMessage(w: unknown): w is EngineMessage {
  return typeof w === 'object' && w !== null && typeof (w as { code?: unknown }).code === 'string';
}
