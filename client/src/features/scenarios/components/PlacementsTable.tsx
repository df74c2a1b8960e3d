import type { AllocationView as Allocation } from '@shared/allocation/view';
import type { ScenarioExclusion, ScenarioPin } from '@shared/schemas/scenario-file';
import { isForbidden, isPinned, isPinnedHere } from '../model/edits';
import type { Names } from '../model/names';
import { useFmt } from '../model/format';

interface Props {
  allocations: Allocation[];
  names: Names;
  colours: Map<number, string>;
  pins: ScenarioPin[];
  exclusions: ScenarioExclusion[];
  canEdit: boolean;
  onPin(a: Allocation): void;
  onForbid(a: Allocation): void;
  onHover?(siteId: string | null): void;
}

const PARTS = ['taxPvWan', 'jobsWan', 'chainGapWan', 'headWan', 'packageCostWan', 'totalWan'] as const;

/** Where each placed project goes, with which package and what it is worth (breakdown on hover). */
export function PlacementsTable({
  allocations,
  names,
  colours,
  pins,
  exclusions,
  canEdit,
  onPin,
  onForbid,
  onHover,
}: Props) {
  const f = useFmt();
  if (allocations.length === 0) return <p className="muted">{f.t('placements.empty')}</p>;
  const rows = [...allocations].sort((a, b) => (b.valueWan ?? 0) - (a.valueWan ?? 0));
  return (
    <table className="sc-table" data-testid="placements">
      <thead>
        <tr>
          <th>{f.t('placements.project')}</th>
          <th>{f.t('placements.park')}</th>
          <th>{f.t('placements.site')}</th>
          <th>{f.t('placements.package')}</th>
          <th className="num">{f.t('placements.space')}</th>
          <th className="num">{f.t('placements.govCost')}</th>
          <th className="num">{f.t('placements.investorValue')}</th>
          <th className="num">{f.t('placements.value')}</th>
          {canEdit && <th />}
        </tr>
      </thead>
      <tbody>
        {rows.map((a) => {
          const pinned = isPinnedHere(pins, a.projectId, a.siteId);
          const forbidden = isForbidden(exclusions, a.projectId, a.siteId);
          return (
            <tr
              key={`${a.projectId}-${a.siteId}`}
              data-project={a.projectId}
              data-site={a.siteId}
              onMouseEnter={() => onHover?.(a.siteId)}
              onMouseLeave={() => onHover?.(null)}
            >
              <td>
                <span className="pm-swatch" style={{ background: colours.get(a.projectId) }} />
                {names.project(a.projectId)}
                {isPinned(pins, a.projectId) && (
                  <span className="sc-tag pin" data-testid="pinned-mark">
                    {f.t('placements.pinned')}
                  </span>
                )}
                {a.dominant && <span className="sc-tag dom">{f.t('placements.dominant')}</span>}
                {a.fillsChainGap && <span className="sc-tag gap">{f.t('placements.chainGap')}</span>}
              </td>
              <td>{names.park(a.parkId)}</td>
              <td>
                {f.t(`kind.${a.siteKind}`)} {names.site(a.siteId)}
              </td>
              <td className="small">
                {names.packageName(a.packageId) ?? <span className="muted">{f.t('placements.noPackage')}</span>}
              </td>
              <td className="num">{a.areaMu != null ? f.mu(a.areaMu) : a.floorM2 != null ? f.m2(a.floorM2) : '—'}</td>
              {/* Both sides of the package: what it costs the government, what it is worth to the investor. */}
              <td className="num" data-testid="gov-cost">
                {a.packageId != null ? f.wan(a.breakdown?.packageCostWan ?? null) : '—'}
              </td>
              <td className="num" data-testid="investor-value">
                {a.investorValueWan != null ? f.wan(a.investorValueWan) : '—'}
              </td>
              <td className="num">
                <span className="sc-tip" tabIndex={0} data-testid="value">
                  {f.wan(a.valueWan)}
                  <span className="sc-tip-body" role="tooltip">
                    <table>
                      <tbody>
                        {PARTS.map((k) => (
                          <tr key={k} className={k === 'totalWan' ? 'total' : ''}>
                            <td>{f.t(`placements.breakdown.${k}`)}</td>
                            <td className="num">
                              {k === 'packageCostWan' && a.breakdown?.[k] ? '−' : ''}
                              {f.wan(a.breakdown?.[k] ?? null)}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </span>
                </span>
              </td>
              {canEdit && (
                <td className="sc-actions">
                  {pinned ? (
                    <span className="sc-tag pin">{f.t('placements.pinned')}</span>
                  ) : (
                    <button onClick={() => onPin(a)} data-testid="pin-here">
                      {f.t('placements.pinHere')}
                    </button>
                  )}
                  <button onClick={() => onForbid(a)} disabled={forbidden} data-testid="forbid-site">
                    {f.t('placements.forbidSite')}
                  </button>
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
