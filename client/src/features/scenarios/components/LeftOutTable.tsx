import type { LeftOutView as LeftOut } from '@shared/allocation/view';
import type { ScenarioPin } from '@shared/schemas/scenario-file';
import { isPinned } from '../model/edits';
import type { Names } from '../model/names';
import { useFmt } from '../model/format';
import { wordMessage } from '@shared/allocation/messages';

interface Props {
  leftOut: LeftOut[];
  names: Names;
  pins: ScenarioPin[];
  canEdit: boolean;
  onPin(projectId: number): void;
}

/** Projects better left out, why (in words), and what it would cost to place them anyway. */
export function LeftOutTable({ leftOut, names, pins, canEdit, onPin }: Props) {
  const f = useFmt();
  if (leftOut.length === 0) return <p className="muted">{f.t('leftOut.empty')}</p>;
  const rows = [...leftOut].sort((a, b) => (a.costToPlaceWan ?? Infinity) - (b.costToPlaceWan ?? Infinity));
  const cost = (l: LeftOut) => {
    if (l.costMethod === 'impossible' || (l.costToPlaceWan == null && l.costToPlaceLowerBoundWan == null))
      return <span className="muted">{f.t('leftOut.impossible')}</span>;
    if (l.costToPlaceWan != null) return f.wan(l.costToPlaceWan);
    return f.t('leftOut.boundOnly', { v: f.wan(l.costToPlaceLowerBoundWan ?? 0) });
  };
  const detail = (l: LeftOut) => {
    const d = l.bindingDetail;
    const parts: string[] = [];
    // The reason in words, with the sites, parks or budgets that bind (typed by the engine).
    if (l.message) parts.push(wordMessage(l.message, names, f.en ? 'en' : 'zh'));
    if (d.filters && !l.message) {
      const list = Object.entries(d.filters)
        .filter(([, n]) => (n ?? 0) > 0)
        .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
        .map(([k, n]) => `${f.t(`leftOut.filters.${k}`, { defaultValue: k })} ${n}`);
      if (list.length) parts.push(f.t('leftOut.filterLine', { list: list.join(f.en ? ', ' : '，') }));
    }
    if (d.bestOption && l.message?.code !== 'lo_not_worth')
      parts.push(f.t('leftOut.best', { park: names.park(d.bestOption.parkId), value: f.wan(d.bestOption.valueWan) }));
    if (d.displaced?.length)
      parts.push(f.t('leftOut.displaced', { names: d.displaced.map(names.project).join(f.en ? ', ' : '、') }));
    return parts;
  };
  return (
    <table className="sc-table" data-testid="left-out">
      <thead>
        <tr>
          <th>{f.t('leftOut.project')}</th>
          <th>{f.t('leftOut.reason')}</th>
          <th>{f.t('leftOut.detail')}</th>
          <th className="num">{f.t('leftOut.cost')}</th>
          {canEdit && <th />}
        </tr>
      </thead>
      <tbody>
        {rows.map((l) => (
          <tr
            key={l.projectId}
            data-project={l.projectId}
            data-reason={l.reason}
            data-finite={l.costToPlaceWan != null ? 'yes' : 'no'}
          >
            <td>{names.project(l.projectId)}</td>
            <td>
              <span className={`sc-reason ${l.reason}`}>
                {f.t(`leftOut.reasons.${l.reason}`, { defaultValue: l.reasonText ?? l.reason })}
              </span>
            </td>
            <td className="small muted">
              {detail(l).map((x, i) => (
                <div key={i}>{x}</div>
              ))}
            </td>
            <td className="num">{cost(l)}</td>
            {canEdit && (
              <td className="sc-actions">
                {isPinned(pins, l.projectId) ? (
                  <span className="sc-tag pin">{f.t('leftOut.pinned')}</span>
                ) : l.costMethod === 'impossible' ? null : (
                  <button onClick={() => onPin(l.projectId)} data-testid="pin-any">
                    {f.t('leftOut.pinAny')}
                  </button>
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
