import { useState } from 'react';
import { useBuilding } from '../api/details';
import { useFmt } from '../model/format';
import { OccupancyBar } from './Bars';
import { EnterpriseName } from './EnterpriseName';
import { OccupantCard } from './OccupantCard';

const UNIT_COLOURS = { leased: '#334155', reserved: '#f0a53a', vacant: '#7cc47f' } as const;

/** A standard factory: its facts, the occupancy of its units, each unit with its tenant. */
export function BuildingPanel({ id, onClose }: { id: number; onClose(): void }) {
  const f = useFmt();
  const q = useBuilding(id);
  const [tenant, setTenant] = useState<number | null>(null);
  if (!q.data)
    return (
      <div className="mp-panel">
        <p className="muted">{q.isLoading ? f.t('loading') : f.t('loadFailed')}</p>
      </div>
    );
  const b = q.data;
  const total = b.units.reduce((s, u) => s + u.areaM2, 0);
  const sum = (st: string) => b.units.filter((u) => u.status === st).reduce((s, u) => s + u.areaM2, 0);
  return (
    <div className="mp-panel" data-testid="building-panel">
      <div className="mp-panel-head">
        <div>
          <div className="small muted">{f.t('building.title')}</div>
          <h2 className="mp-h">{b.code}</h2>
        </div>
        <button className="link mp-close" onClick={onClose} aria-label={f.t('plot.close')}>
          ×
        </button>
      </div>
      <p className="small">{b.name}</p>
      <dl className="mp-facts">
        <dt>{f.t('building.floors')}</dt>
        <dd>{b.floors}</dd>
        <dt>{f.t('building.floorArea')}</dt>
        <dd>{f.m2(b.floorAreaM2)}</dd>
        <dt>{f.t('building.rent')}</dt>
        <dd>{f.t('building.rentUnit', { v: b.rentYuanPerM2Month })}</dd>
        <dt>{f.t('building.occupancy')}</dt>
        <dd>
          <b>{f.share(total ? sum('leased') / total : 0)}</b>
        </dd>
      </dl>
      <OccupancyBar leased={sum('leased')} reserved={sum('reserved')} total={total} />
      <h3 className="mp-h3">
        {f.t('building.units')} ({b.units.length})
      </h3>
      <table className="mp-table mp-units small" data-testid="units">
        <thead>
          <tr>
            <th>{f.t('building.unit')}</th>
            <th className="num">{f.t('building.floor')}</th>
            <th className="num">{f.t('building.unitArea')}</th>
            <th>{f.t('building.unitStatus')}</th>
            <th>{f.t('building.tenant')}</th>
          </tr>
        </thead>
        <tbody>
          {b.units.map((u) => (
            <tr
              key={u.id}
              className={u.enterpriseId ? 'clickable' : ''}
              onClick={() => u.enterpriseId && setTenant(u.enterpriseId)}
            >
              <td>{u.code}</td>
              <td className="num">{u.floor}</td>
              <td className="num">{f.m2(u.areaM2)}</td>
              <td>
                <span className="pm-swatch" style={{ background: UNIT_COLOURS[u.status] }} />
                {f.t(`unitStatus.${u.status}`)}
              </td>
              <td>{u.enterpriseId ? <EnterpriseName id={u.enterpriseId} /> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {tenant != null && <OccupantCard id={tenant} />}
    </div>
  );
}
