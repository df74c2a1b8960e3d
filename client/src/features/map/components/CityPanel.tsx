import type { ParkWithSummary } from '@shared/types/park-summary';
import { useChains } from '@/lib/reference-data';
import { useFmt } from '../model/format';
import { LandBar } from './Bars';

/** Every park with its one-line summary; a click opens it. */
export function CityPanel({ parks, onOpenPark }: { parks: ParkWithSummary[]; onOpenPark(id: number): void }) {
  const f = useFmt();
  const chains = useChains();
  const chainName = (id: number) => {
    const c = chains.data?.find((x) => x.id === id);
    return c ? f.name(c) : '';
  };
  return (
    <div className="mp-panel">
      <h2 className="mp-h">
        {f.t('cityTitle')} <span className="muted small">{f.t('parksCount', { n: parks.length })}</span>
      </h2>
      <p className="muted small">{f.t('cityHint')}</p>
      <ul className="mp-park-list" data-testid="city-parks">
        {parks.map((p) => {
          const s = p.summary;
          const occ = s.unitAreaM2 ? s.unitLeasedM2 / s.unitAreaM2 : null;
          return (
            <li key={p.id}>
              <button className="mp-park-item" onClick={() => onOpenPark(p.id)} data-park-id={p.id}>
                <div className="mp-park-name">{f.name(p)}</div>
                <div className="small muted">
                  {p.dominantChainIds.map(chainName).filter(Boolean).join('、')} · {f.mu(s.landTotalMu, 0)} ·{' '}
                  {f.t('park.vacant')} {f.mu(s.byStatus.vacant?.areaMu ?? 0, 0)} · {f.t('park.factories')}{' '}
                  {occ == null ? '—' : f.share(occ)}
                </div>
                <LandBar summary={s} thin />
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
