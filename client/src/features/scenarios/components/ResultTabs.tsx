import { useState } from 'react';
import type { ResultView as AllocationResult } from '@shared/allocation/view';
import type { ScenarioView as Scenario } from '@shared/types/scenario';
import type { ScenarioUpdate } from '@shared/schemas/scenario';
import { forbidPair, pinTo, removeExclusion, unpin } from '../model/edits';
import type { Names } from '../model/names';
import { useFmt } from '../model/format';
import { PlacementsTable } from './PlacementsTable';
import { LeftOutTable } from './LeftOutTable';
import { BudgetsTable, ParksTable, QuotasTable } from './SmallTables';
import { PinsPanel } from './PinsPanel';
import { FocusPanel } from './FocusPanel';
import { useFocus } from '../api/focus';
import { errorText } from '@/i18n/errors';

type Tab = 'placements' | 'leftOut' | 'parks' | 'budgets' | 'quotas' | 'pins' | 'focus';
const TABS: Tab[] = ['placements', 'leftOut', 'parks', 'budgets', 'quotas', 'pins', 'focus'];

interface Props {
  scenario: Scenario;
  result: AllocationResult;
  names: Names;
  colours: Map<number, string>;
  canEdit: boolean;
  onHover(siteId: string | null): void;
  save(patch: Omit<ScenarioUpdate, 'version'>): Promise<boolean>;
  onSaved(text: string): void;
}

/** The result's tables, one tab each; pin and forbid buttons write straight to the scenario. */
export function ResultTabs({ scenario: s, result: r, names, colours, canEdit, onHover, save }: Props) {
  const f = useFmt();
  const [tab, setTab] = useState<Tab>('placements');
  // Held here, not in the tab, so the curve survives switching tabs while it is computed.
  const focus = useFocus(s.id);
  const count: Partial<Record<Tab, number>> = {
    placements: r.allocations.length,
    leftOut: r.leftOut.length,
    parks: r.parks.length,
    quotas: r.quotas.filter((q) => q.shortfall > 0).length,
    pins: s.pins.length + s.exclusions.length,
  };
  return (
    <section className="sc-tabs card">
      <div className="sc-tabbar" role="tablist">
        {TABS.map((t) => (
          <button
            key={t}
            role="tab"
            aria-selected={tab === t}
            className={tab === t ? 'on' : ''}
            onClick={() => setTab(t)}
            data-testid={`tab-${t}`}
          >
            {f.t(`tabs.${t}`)}
            {count[t] ? <span className={`sc-count ${t === 'quotas' ? 'bad' : ''}`}>{count[t]}</span> : null}
          </button>
        ))}
      </div>
      <div className="sc-tabbody" role="tabpanel">
        {tab === 'placements' && (
          <PlacementsTable
            allocations={r.allocations}
            names={names}
            colours={colours}
            pins={s.pins}
            exclusions={s.exclusions}
            canEdit={canEdit}
            onHover={onHover}
            onPin={(a) =>
              void save({
                pins: pinTo(s.pins, { projectId: a.projectId, siteId: a.siteId, packageId: a.packageId ?? undefined }),
              })
            }
            onForbid={(a) => void save(forbidPair(s.pins, s.exclusions, a.projectId, a.siteId))}
          />
        )}
        {tab === 'leftOut' && (
          <LeftOutTable
            leftOut={r.leftOut}
            names={names}
            pins={s.pins}
            canEdit={canEdit}
            onPin={(projectId) => void save({ pins: pinTo(s.pins, { projectId }) })}
          />
        )}
        {tab === 'parks' && <ParksTable parks={r.parks} names={names} basis={s.levers.shareBasis} />}
        {tab === 'budgets' && <BudgetsTable budgets={r.budgets} />}
        {tab === 'quotas' && <QuotasTable quotas={r.quotas} names={names} />}
        {tab === 'pins' && (
          <PinsPanel
            pins={s.pins}
            exclusions={s.exclusions}
            names={names}
            canEdit={canEdit}
            onUnpin={(id) => void save({ pins: unpin(s.pins, id) })}
            onRemoveExclusion={(e) => void save({ exclusions: removeExclusion(s.exclusions, e) })}
          />
        )}
        {tab === 'focus' && (
          <FocusPanel
            job={focus.job}
            running={focus.running}
            canRun={canEdit}
            startError={focus.startError ? errorText(focus.startError, f.en ? 'en' : 'zh-CN') : null}
            onRun={() => void focus.start()}
            onCancel={() => void focus.cancel()}
          />
        )}
      </div>
    </section>
  );
}
