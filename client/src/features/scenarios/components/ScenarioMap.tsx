import { useCallback, useMemo, useState } from 'react';
import type { Polygon } from 'geojson';
import { Legend } from '@/components/map/Legend';
import type { ResultView as AllocationResult } from '@shared/allocation/view';
import type { Park } from '@shared/types/park';
import type { BuildingCollection, PlotCollection } from '../model/map-types';
import type { Names } from '../model/names';
import { useFmt } from '../model/format';
import { SiteMap, type SiteLook } from './SiteMap';
import { belowTheta, ShareBar } from './SmallTables';
import type { ParkBadge } from './MapExtras';
import { html } from '@/components/map/html';

interface Props {
  result: AllocationResult | null;
  parks: Park[];
  plots: Array<PlotCollection | null>;
  buildings: Array<BuildingCollection | null>;
  names: Names;
  colours: Map<number, string>;
  highlight: string | null;
  basis: 'new' | 'total';
}

/** The result on the map: proposed placements coloured by project; each park's dominant share before → after. */
export function ScenarioMap({ result, parks, plots, buildings, names, colours, highlight, basis }: Props) {
  const f = useFmt();
  const bySite = useMemo(() => {
    const m = new Map<string, number[]>();
    for (const a of result?.allocations ?? []) m.set(a.siteId, [...(m.get(a.siteId) ?? []), a.projectId]);
    return m;
  }, [result]);
  const look = useCallback(
    (siteId: string): SiteLook => {
      const ps = bySite.get(siteId);
      if (!ps) return null;
      return { colour: colours.get(ps[0]) ?? '#444', text: ps.map(names.project).join(' / ') };
    },
    [bySite, colours, names],
  );
  const statusCounts = useMemo(() => {
    const c = { vacant: 0, reserved: 0 };
    for (const fc of plots)
      for (const ft of fc?.features ?? []) {
        if (ft.properties.status === 'vacant') c.vacant++;
        if (ft.properties.status === 'reserved') c.reserved++;
      }
    return c;
  }, [plots]);
  const projects = [...colours.keys()];
  const [focus, setFocus] = useState<{ boundary: Polygon; n: number } | null>(null);
  const openPark = useCallback(
    (parkId: number) => {
      const p = parks.find((x) => x.id === parkId);
      if (p) setFocus((cur) => ({ boundary: p.boundary as Polygon, n: (cur?.n ?? 0) + 1 }));
    },
    [parks],
  );
  // Offsets of GCJ-02 basemaps (~500 m) do not matter for a label at city zoom.
  const badges = useMemo(
    (): ParkBadge[] =>
      (result?.parks ?? []).flatMap((r) => {
        const p = parks.find((x) => x.id === r.parkId);
        if (!p) return [];
        const share = `${f.share(r.dominantShareBefore, 0)} → ${f.share(r.dominantShareAfter, 0)}`;
        const name = names.park(r.parkId);
        const line = `${f.t('map.badge', { n: r.projects })} · ${share}`;
        const widthPx =
          Math.max(...[name, line].map((x) => [...x].reduce((w, ch) => w + (ch.charCodeAt(0) > 255 ? 12 : 6.5), 0))) +
          16;
        return [
          {
            parkId: r.parkId,
            boundary: p.boundary as Polygon,
            html: html`<b>${name}</b><span>${line}</span>`,
            weight: r.projects,
            widthPx,
          },
        ];
      }),
    [result, parks, names, f],
  );
  const overlay = (
    <div className="sc-map-legend card">
      {result && projects.length > 0 && (
        <Legend
          testId="map-legend"
          title={f.t('map.legend')}
          items={projects
            .slice(0, LEGEND_MAX)
            .map((id) => ({ key: String(id), label: names.project(id), colour: colours.get(id)! }))}
        />
      )}
      {result && projects.length > LEGEND_MAX && (
        <div className="muted small" data-testid="map-legend-more">
          {f.t('map.more', { n: projects.length - LEGEND_MAX })}
        </div>
      )}
      {result && result.parks.length > 0 && (
        <div className="sc-map-shares" data-testid="map-shares">
          <div className="pm-legend-title">{f.t('map.parkShare')}</div>
          {result.parks.map((p) => (
            <div
              key={p.parkId}
              className="sc-map-share"
              data-park={p.parkId}
              role="button"
              tabIndex={0}
              onClick={() => openPark(p.parkId)}
            >
              <span className="name">{names.park(p.parkId)}</span>
              <span className="num">
                {f.share(p.dominantShareBefore, 0)} → <b>{f.share(p.dominantShareAfter, 0)}</b>
              </span>
              <ShareBar
                before={p.dominantShareBefore}
                after={p.dominantShareAfter}
                theta={p.theta}
                low={belowTheta(p, basis)}
              />
            </div>
          ))}
        </div>
      )}
      <div className="sc-map-status small" data-testid="map-status">
        <span>
          <i className="pm-swatch" style={{ background: '#e3f1e1' }} />
          {f.t('map.vacant')} <b data-count="vacant">{statusCounts.vacant}</b>
        </span>
        <span>
          <i className="pm-swatch" style={{ background: '#f6d7a7' }} />
          {f.t('map.reserved')} <b data-count="reserved">{statusCounts.reserved}</b>
        </span>
      </div>
    </div>
  );
  return (
    <SiteMap
      parks={parks}
      plots={plots}
      buildings={buildings}
      look={look}
      highlight={highlight}
      overlay={overlay}
      testId="scenario-map"
      badges={badges}
      focus={focus}
      onOpenPark={openPark}
    />
  );
}

/** Past this many projects the legend lists the most valuable ones (colours repeat anyway). */
const LEGEND_MAX = 10;
