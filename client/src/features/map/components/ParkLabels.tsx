import { useEffect, useMemo, useState } from 'react';
import { Marker, useMap } from 'react-leaflet';
import L from 'leaflet';
import type { ParkWithSummary } from '@shared/types/park-summary';
import { PLOT_STATUSES } from '@shared/types/park';
import { centroid } from '@shared/geo';
import { displayLatLng } from '@/components/map/gcj';
import { STATUS_COLOURS } from '../model/colours';
import { placeLabels, textWidth, type Placed } from '../model/declutter';
import { useFmt } from '../model/format';
import { html, SafeHtml } from '@/components/map/html';

/** A small pie of the park's land by status, as SVG: the park is visible at city scale. */
function pie(p: ParkWithSummary, r: number): SafeHtml {
  const total = p.summary.landTotalMu || 1;
  let a0 = -Math.PI / 2;
  const parts = PLOT_STATUSES.map((s) => {
    const share = (p.summary.byStatus[s]?.areaMu ?? 0) / total;
    if (share <= 0) return '';
    const a1 = a0 + share * 2 * Math.PI;
    const large = a1 - a0 > Math.PI ? 1 : 0;
    const d =
      share >= 0.9999
        ? `M ${r} 0 A ${r} ${r} 0 1 1 ${r - 0.01} 0 Z`
        : `M ${r} ${r} L ${r + r * Math.cos(a0)} ${r + r * Math.sin(a0)}` +
          ` A ${r} ${r} 0 ${large} 1 ${r + r * Math.cos(a1)} ${r + r * Math.sin(a1)}` +
          ` Z`;
    a0 = a1;
    return `<path d="${d}" fill="${STATUS_COLOURS[s]}"/>`;
  }).join('');
  // Numbers and colour constants only: no user text in the pie.
  return SafeHtml.trusted(
    `<svg width="${2 * r}" height="${2 * r}" viewBox="0 0 ${2 * r}` +
      ` ${2 * r}">${parts}<circle cx="${r}" cy="${r}" r="${r - 0.5}` +
      `" fill="none" stroke="#fff" stroke-width="1.5"/></svg>`,
  );
}

/**
 * The city view's park markers: a pie of land by status at each park, and a label with the name and
 * a one-line summary, placed so labels do not cover each other (re-placed on zoom).
 */
export function ParkLabels({
  parks,
  gcj,
  onOpen,
}: {
  parks: ParkWithSummary[];
  gcj: boolean;
  onOpen(id: number): void;
}) {
  const f = useFmt();
  const map = useMap();
  // Bumped on every zoom or pan: label positions are in screen pixels.
  const [view, setView] = useState(0);
  useEffect(() => {
    const on = () => setView((v) => v + 1);
    map.on('zoomend moveend resize', on);
    return () => {
      map.off('zoomend moveend resize', on);
    };
  }, [map]);

  const items = useMemo(
    () =>
      parks.map((p) => {
        const s = p.summary;
        const occ = s.unitAreaM2 ? f.share(s.unitLeasedM2 / s.unitAreaM2) : '—';
        const line =
          `${f.mu(s.landTotalMu, 0)} · ${f.t('park.vacant')} ${f.mu(s.byStatus.vacant?.areaMu ?? 0, 0)}` +
          ` · ${f.t('park.factoriesShort')} ${occ}`;
        const [lon, lat] = centroid(p.boundary);
        return { p, name: f.name(p), line, pos: displayLatLng(lat, lon, gcj) };
      }),
    [parks, f, gcj],
  );

  const placed = useMemo(() => {
    const boxes = items.map((it) => {
      const pt = map.latLngToContainerPoint(it.pos);
      return {
        id: it.p.id,
        x: pt.x,
        y: pt.y,
        priority: it.p.summary.landTotalMu,
        w: Math.max(textWidth(it.name, 13), textWidth(it.line, 11)) + 18,
        h: 38,
        nameW: textWidth(it.name, 13) + 18,
      };
    });
    const size = map.getSize();
    return new Map(placeLabels(boxes, 22, { w: size.x, h: size.y }).map((x) => [x.id, x]));
    // zoom is the trigger: positions in pixels change with it.
  }, [items, map, view]);

  return (
    <>
      {items.map((it) => {
        const pl: Placed = placed.get(it.p.id) ?? { id: it.p.id, side: 'right', full: true, dy: 0 };
        const label =
          !pl.hidden &&
          html`<div class="mp-park-label-inner ${pl.side}" style="margin-top:${pl.dy}px" data-park-id="${it.p.id}">
            <b>${it.name}</b>${pl.full && html`<span>${it.line}</span>`}
          </div>`;
        const markup = html`<div class="mp-pie" data-park-id="${it.p.id}">${pie(it.p, 14)}</div>
          ${label}`;
        const icon = L.divIcon({
          className: 'mp-park-label',
          html: markup.value,
          iconSize: [0, 0],
          iconAnchor: [0, 0],
        });
        return (
          <Marker
            key={`${it.p.id}:${pl.side}:${pl.full}:${pl.dy}:${!!pl.hidden}:${f.locale}`}
            position={it.pos}
            icon={icon}
            title={`${it.name} · ${it.line}`}
            eventHandlers={{ click: () => onOpen(it.p.id) }}
            keyboard={false}
          />
        );
      })}
    </>
  );
}
