import { useMemo, useState } from 'react';
import type { ParkWithSummary } from '@shared/types/park-summary';
import { matchesText, norm } from '../model/filters';
import type { BuildingCollection, PlotProps, Selection } from '../model/types';
import { useMapSearch } from '../api/details';
import { useFmt } from '../model/format';

interface Props {
  parks: ParkWithSummary[];
  park: ParkWithSummary | null;
  plots: PlotProps[];
  buildings: BuildingCollection | null;
  /** In a park, the search text also filters the map (and the legend). */
  text: string;
  onText(t: string): void;
  onOpenPark(id: number | null, select?: Selection, text?: string): void;
  onSelect(s: Selection): void;
}

/** Plot code or enterprise name: instant matches in the open park, then the whole city from the server. */
export function SearchBox(p: Props) {
  const f = useFmt();
  const [open, setOpen] = useState(false);
  const q = p.text.trim();
  const remote = useMapSearch(q);
  const local = useMemo(() => (q ? p.plots.filter((x) => matchesText(x, q)).slice(0, 8) : []), [p.plots, q]);
  const localBuildings = useMemo(
    () =>
      q && p.buildings
        ? p.buildings.features
            .filter((b) => norm(b.properties.code).includes(norm(q)) || norm(b.properties.name).includes(norm(q)))
            .slice(0, 4)
        : [],
    [p.buildings, q],
  );
  const parkName = (id: number) => {
    const k = p.parks.find((x) => x.id === id);
    return k ? f.name(k) : `#${id}`;
  };
  const otherPlots = (remote.data?.plots ?? []).filter((x) => x.parkId !== p.park?.id).slice(0, 6);
  const enterprises = (remote.data?.enterprises ?? [])
    .filter((e) => !(p.park && e.parkIds.includes(p.park.id) && local.length))
    .slice(0, 6);
  const any = local.length + localBuildings.length + otherPlots.length + enterprises.length > 0;
  const close = () => setOpen(false);
  return (
    <div
      className="mp-search"
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) close();
      }}
    >
      <input
        type="search"
        value={p.text}
        placeholder={f.t('search.placeholder')}
        data-testid="map-search"
        aria-label={f.t('search.placeholder')}
        onChange={(e) => {
          p.onText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') close();
        }}
      />
      {open && q.length > 0 && (
        <div className="mp-search-results" role="listbox" data-testid="search-results">
          {(local.length > 0 || localBuildings.length > 0) && <div className="mp-sr-head">{f.t('search.inPark')}</div>}
          {local.map((x) => (
            <button
              key={`l${x.id}`}
              role="option"
              onClick={() => {
                p.onSelect({ kind: 'plot', id: x.id });
                close();
              }}
            >
              <b>{x.code}</b>{' '}
              <span className="muted">
                {f.mu(x.areaMu)} · {f.status(x.status)}
              </span>
              {x.occupant && <div className="small">{x.occupant}</div>}
            </button>
          ))}
          {localBuildings.map((b) => (
            <button
              key={`b${b.properties.id}`}
              role="option"
              onClick={() => {
                p.onSelect({ kind: 'building', id: b.properties.id });
                close();
              }}
            >
              <b>{b.properties.code}</b> <span className="muted">{f.t('search.building')}</span>
            </button>
          ))}
          {otherPlots.length > 0 && (
            <div className="mp-sr-head">
              {f.t('search.plots')} · {f.t('search.city')}
            </div>
          )}
          {otherPlots.map((x) => (
            <button
              key={`r${x.id}`}
              role="option"
              onClick={() => {
                p.onOpenPark(x.parkId, { kind: 'plot', id: x.id });
                close();
              }}
            >
              <b>{x.code}</b> <span className="muted">{parkName(x.parkId)}</span>
            </button>
          ))}
          {enterprises.length > 0 && <div className="mp-sr-head">{f.t('search.enterprises')}</div>}
          {enterprises.map((e) => (
            <button
              key={`e${e.id}`}
              role="option"
              onClick={() => {
                p.onOpenPark(e.parkIds[0], null, e.name);
                close();
              }}
            >
              {f.name(e)} <span className="muted small">{e.parkIds.map(parkName).join('、')}</span>
            </button>
          ))}
          {!any && !remote.isFetching && <div className="mp-sr-none muted">{f.t('search.none')}</div>}
        </div>
      )}
    </div>
  );
}
