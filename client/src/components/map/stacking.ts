import type { LatLng, Map as LeafletMap } from 'leaflet';

/**
 * The feature layers of a map, for mouse events: each canvas lets the mouse through, and a click
 * or hover goes to the topmost layer (highest z) that has a feature under the pointer.
 */
export interface HitLayer {
  z: number;
  /** Returns true when it had a feature there (and handled the event). */
  click(ll: LatLng): boolean;
  hover(ll: LatLng, at: { x: number; y: number }): boolean;
  leave(): void;
}

interface Entry {
  layers: Set<HitLayer>;
  hovered: HitLayer | null;
  off(): void;
}
const registry = new WeakMap<LeafletMap, Entry>();

const ordered = (e: Entry) => [...e.layers].sort((a, b) => b.z - a.z);

export function register(map: LeafletMap, layer: HitLayer): void {
  let e = registry.get(map);
  if (!e) {
    const entry: Entry = { layers: new Set(), hovered: null, off: () => undefined };
    const onClick = (ev: { latlng: LatLng }) => {
      for (const l of ordered(entry)) if (l.click(ev.latlng)) return;
    };
    let pending: { latlng: LatLng; containerPoint: { x: number; y: number } } | null = null;
    let frame = 0;
    const onMove = (ev: { latlng: LatLng; containerPoint: { x: number; y: number } }) => {
      pending = ev;
      if (frame) return;
      // One hit test per frame, however fast the mouse moves.
      frame = requestAnimationFrame(() => {
        frame = 0;
        const p = pending!;
        const hit = ordered(entry).find((l) => l.hover(p.latlng, p.containerPoint)) ?? null;
        if (entry.hovered && entry.hovered !== hit) entry.hovered.leave();
        entry.hovered = hit;
        map.getContainer().style.cursor = hit ? 'pointer' : '';
      });
    };
    const onOut = () => {
      entry.hovered?.leave();
      entry.hovered = null;
      map.getContainer().style.cursor = '';
    };
    map.on('click', onClick);
    map.on('mousemove', onMove);
    map.on('mouseout', onOut);
    entry.off = () => {
      map.off('click', onClick);
      map.off('mousemove', onMove);
      map.off('mouseout', onOut);
      cancelAnimationFrame(frame);
    };
    registry.set(map, (e = entry));
  }
  e.layers.add(layer);
}

export function unregister(map: LeafletMap, layer: HitLayer): void {
  const e = registry.get(map);
  if (!e) return;
  e.layers.delete(layer);
  if (e.hovered === layer) e.hovered = null;
  if (e.layers.size === 0) {
    e.off();
    registry.delete(map);
  }
}
