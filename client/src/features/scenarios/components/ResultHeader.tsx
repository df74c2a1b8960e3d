import type { ResultView as AllocationResult } from '@shared/allocation/view';
import type { ScenarioKpis } from '@shared/scenarios/kpis';
import { useFmt } from '../model/format';

/** The headline figures of a result, and the solver's own figures said quietly underneath. */
export function ResultHeader({ result, kpis }: { result: AllocationResult; kpis: ScenarioKpis }) {
  const f = useFmt();
  const seconds = result.stats.stages.reduce((s, x) => s + x.ms, 0) / 1000;
  // Cards are narrow: English uses the short unit form ("3.2 yi"); the full figure is in the hover title.
  const money = (v: number | null) => (f.en ? f.wanShort(v) : f.wan(v));
  const cards: Array<[string, string, string?]> = [
    ['objectiveWan', money(kpis.objectiveWan)],
    ['taxPvWan', money(kpis.taxPvWan)],
    ['jobs', f.int(kpis.jobs)],
    ['investmentWan', money(kpis.investmentWan)],
    ['landMu', f.mu(kpis.landMu)],
    ['floorM2', f.m2(kpis.floorM2)],
    ['incentiveCostWan', money(kpis.incentiveCostWan)],
    ['equityWan', money(kpis.equityWan)],
    ['placements', `${kpis.placements}`, `${f.t('result.kpi.leftOut')} ${kpis.leftOut}`],
  ];
  return (
    <div className="sc-result-head">
      <div className="sc-kpis" data-testid="kpis">
        {cards.map(([k, v, sub]) => (
          <div key={k} className="sc-kpi" data-kpi={k}>
            <div className="sc-kpi-label">{f.t(`result.kpi.${k}`)}</div>
            <div
              className="sc-kpi-value"
              title={
                typeof kpis[k as keyof typeof kpis] === 'number' && k.endsWith('Wan')
                  ? f.wan(kpis[k as keyof typeof kpis] as number)
                  : undefined
              }
            >
              {v}
            </div>
            {sub && <div className="sc-kpi-sub muted small">{sub}</div>}
          </div>
        ))}
      </div>
      <div className="sc-stats muted small" data-testid="solver-stats">
        {/* An infeasible plan breaks must-place rows the bound includes: a gap means nothing there. */}
        <span data-testid="gap">
          {result.status === 'infeasible' || result.gap === null
            ? f.t('result.gapNa')
            : f.t('result.gap', { gap: f.share(result.gap, result.gap < 0.001 ? 2 : 1) })}
        </span>
        {result.status === 'optimal' && <span>· {f.t('result.optimal')}</span>}
        <span>· {f.t('result.time', { s: f.dec(seconds, seconds < 1 ? 2 : 1) })}</span>
        <span>
          · {f.t('result.pairs', { after: f.int(result.stats.pairsAfter), before: f.int(result.stats.pairsBefore) })}
        </span>
        <span title={result.stats.engine}>
          · {f.t('result.engine')}: {result.stats.engine.split('+')[0]}
        </span>
      </div>
    </div>
  );
}
