import L from 'leaflet';
import type { Feature, Geometry, Polygon, MultiPolygon } from 'geojson';

/**
 * Many polygons on one canvas, drawn in a few batched paths (one per distinct style) from
 * coordinates projected once into Web-Mercator pixels at zoom 0. Leaflet's own canvas renderer
 * builds an L.Polygon (with L.LatLng and L.Point objects) per feature; for 20,000 plots that alone
 * took seconds, where this takes tens of milliseconds. Styles are Leaflet PathOptions, so callers
 * write styles as for any Leaflet path. The canvas ignores the mouse: hits are found here, from
 * the map's events, by bounding box then point-in-polygon.
 */
export interface CanvasPolygonsOptions<P> {
  style: (p: P) => L.PathOptions;
  pane?: string;
  zIndex?: number;
}

interface Item<P> {
  props: P;
  /** Rings as flat [x0, y0, x1, y1, …] in zoom-0 pixels. */
  rings: Float64Array[];
}

const R = 6378137;
const MAX_LAT = 85.0511287798;
const S = 0.5 / (Math.PI * R);

/** EPSG:3857 → pixels at zoom 0 (256 px world), as L.CRS.EPSG3857.latLngToPoint(ll, 0). */
function project(lng: number, lat: number, out: Float64Array, i: number): void {
  const d = Math.PI / 180;
  const la = Math.max(Math.min(MAX_LAT, lat), -MAX_LAT);
  const sin = Math.sin(la * d);
  out[i] = 256 * (S * R * lng * d + 0.5);
  out[i + 1] = 256 * (-S * (R * Math.log((1 + sin) / (1 - sin))) / 2 + 0.5);
}

function polygonsOf(g: Geometry | null): number[][][][] {
  if (!g) return [];
  if (g.type === 'Polygon') return [(g as Polygon).coordinates];
  if (g.type === 'MultiPolygon') return (g as MultiPolygon).coordinates;
  return [];
}

function inRing(x: number, y: number, r: Float64Array): boolean {
  let inside = false;
  for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2) {
    const xi = r[i], yi = r[i + 1], xj = r[j], yj = r[j + 1];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export class CanvasPolygons<P> extends L.Layer {
  private items: Item<P>[] = [];
  /** Bounding boxes in zoom-0 pixels: minX, minY, maxX, maxY per item. */
  private boxes: Float64Array;
  private styles: L.PathOptions[] = [];
  private canvas: HTMLCanvasElement | null = null;
  private front: number | null = null;
  private frame = 0;
  private opts: CanvasPolygonsOptions<P>;

  constructor(features: Feature<Geometry, P>[], opts: CanvasPolygonsOptions<P>) {
    super({ pane: opts.pane ?? 'overlayPane' });
    this.opts = opts;
    this.boxes = new Float64Array(features.length * 4);
    features.forEach((f, k) => {
      const rings: Float64Array[] = [];
      let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      for (const poly of polygonsOf(f.geometry)) {
        for (const ring of poly) {
          const a = new Float64Array(ring.length * 2);
          for (let i = 0; i < ring.length; i++) project(ring[i][0], ring[i][1], a, 2 * i);
          for (let i = 0; i < a.length; i += 2) {
            if (a[i] < x0) x0 = a[i];
            if (a[i] > x1) x1 = a[i];
            if (a[i + 1] < y0) y0 = a[i + 1];
            if (a[i + 1] > y1) y1 = a[i + 1];
          }
          rings.push(a);
        }
      }
      this.items.push({ props: f.properties, rings });
      this.boxes.set([x0, y0, x1, y1], 4 * k);
    });
    this.styles = this.items.map((it) => opts.style(it.props));
  }

  get size(): number {
    return this.items.length;
  }

  override onAdd(map: L.Map): this {
    const c = L.DomUtil.create('canvas', 'pm-canvas-layer leaflet-zoom-animated') as HTMLCanvasElement;
    c.style.pointerEvents = 'none';
    c.style.position = 'absolute';
    if (this.opts.zIndex != null) c.style.zIndex = String(this.opts.zIndex);
    this.getPane()!.appendChild(c);
    this.canvas = c;
    map.on('moveend viewreset resize', this.reset, this);
    map.on('zoomanim', this.animateZoom as L.LeafletEventHandlerFn, this);
    this.reset();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.off('moveend viewreset resize', this.reset, this);
    map.off('zoomanim', this.animateZoom as L.LeafletEventHandlerFn, this);
    cancelAnimationFrame(this.frame);
    this.canvas?.remove();
    this.canvas = null;
    return this;
  }

  /** New style function: every feature restyled, one redraw. */
  setStyleFn(style: (p: P) => L.PathOptions): void {
    this.opts.style = style;
    this.styles = this.items.map((it) => style(it.props));
    this.redraw();
  }

  /** Draw this feature last, above its neighbours (the selected plot's outline). */
  setFront(index: number | null): void {
    this.front = index;
    this.redraw();
  }

  indexWhere(pred: (p: P) => boolean): number {
    return this.items.findIndex((it) => pred(it.props));
  }

  /** The topmost interactive feature under a map point, or null. */
  hit(latlng: L.LatLng): P | null {
    const a = new Float64Array(2);
    project(latlng.lng, latlng.lat, a, 0);
    const [x, y] = a;
    const order = this.front != null ? [this.front] : [];
    for (let k = this.items.length - 1; k >= 0; k--) if (k !== this.front) order.push(k);
    for (const k of order) {
      const b = 4 * k;
      if (x < this.boxes[b] || x > this.boxes[b + 2] || y < this.boxes[b + 1] || y > this.boxes[b + 3]) continue;
      if (this.styles[k]?.interactive === false) continue;
      let inside = false;
      for (const r of this.items[k].rings) if (inRing(x, y, r)) inside = !inside;
      if (inside) return this.items[k].props;
    }
    return null;
  }

  redraw(): void {
    if (!this._map || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private reset(): void {
    const map = this._map;
    const c = this.canvas;
    if (!map || !c) return;
    const size = map.getSize();
    const dpr = window.devicePixelRatio || 1;
    L.DomUtil.setPosition(c, map.containerPointToLayerPoint([0, 0]));
    c.width = Math.round(size.x * dpr);
    c.height = Math.round(size.y * dpr);
    c.style.width = `${size.x}px`;
    c.style.height = `${size.y}px`;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.draw();
  }

  private animateZoom(e: L.ZoomAnimEvent): void {
    const map = this._map as L.Map & { _latLngToNewLayerPoint(ll: L.LatLng, zoom: number, center: L.LatLng): L.Point };
    if (!this.canvas) return;
    const scale = map.getZoomScale(e.zoom, map.getZoom());
    const offset = map._latLngToNewLayerPoint(map.containerPointToLatLng([0, 0]), e.zoom, e.center);
    L.DomUtil.setTransform(this.canvas, offset, scale);
  }

  private draw(): void {
    const map = this._map;
    const c = this.canvas;
    if (!map || !c) return;
    const ctx = c.getContext('2d')!;
    const dpr = window.devicePixelRatio || 1;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, c.width, c.height);
    const s = Math.pow(2, map.getZoom());
    const origin = map.getPixelBounds().min!;
    const w = c.width / dpr, h = c.height / dpr;
    // View in zoom-0 pixels, for culling.
    const vx0 = origin.x / s, vy0 = origin.y / s, vx1 = (origin.x + w) / s, vy1 = (origin.y + h) / s;
    const groups = new Map<string, number[]>();
    const last: number[] = [];
    for (let k = 0; k < this.items.length; k++) {
      const b = 4 * k;
      if (this.boxes[b + 2] < vx0 || this.boxes[b] > vx1 || this.boxes[b + 3] < vy0 || this.boxes[b + 1] > vy1) continue;
      if (k === this.front) { last.push(k); continue; }
      const st = this.styles[k];
      const key = `${st.fill !== false ? st.fillColor : ''}|${st.fillOpacity ?? 0.2}|${st.stroke !== false ? st.color : ''}|${st.weight ?? 3}|${st.opacity ?? 1}|${st.dashArray ?? ''}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = []));
      g.push(k);
    }
    // One path per style and per few hundred polygons: Skia slows down sharply on a single path of
    // tens of thousands of sub-paths (closePath alone took a second for 20,000 plots).
    const CHUNK = 256;
    const paint = (ks: number[]) => {
      const st = this.styles[ks[0]];
      const fill = st.fill !== false;
      const stroke = st.stroke !== false && (st.weight ?? 3) > 0;
      ctx.lineJoin = 'round';
      ctx.lineWidth = st.weight ?? 3;
      ctx.setLineDash(typeof st.dashArray === 'string' ? st.dashArray.split(/[ ,]+/).map(Number) : Array.isArray(st.dashArray) ? st.dashArray : []);
      for (let from = 0; from < ks.length; from += CHUNK) {
        ctx.beginPath();
        for (let j = from; j < Math.min(ks.length, from + CHUNK); j++) {
          // Rings are closed (last point = first), so lineTo the last point closes them.
          for (const r of this.items[ks[j]].rings) {
            ctx.moveTo(r[0] * s - origin.x, r[1] * s - origin.y);
            for (let i = 2; i < r.length; i += 2) ctx.lineTo(r[i] * s - origin.x, r[i + 1] * s - origin.y);
          }
        }
        if (fill) {
          ctx.globalAlpha = st.fillOpacity ?? 0.2;
          ctx.fillStyle = st.fillColor ?? st.color ?? '#3388ff';
          ctx.fill('evenodd');
        }
        if (stroke) {
          ctx.globalAlpha = st.opacity ?? 1;
          ctx.strokeStyle = st.color ?? '#3388ff';
          ctx.stroke();
        }
      }
    };
    for (const ks of groups.values()) paint(ks);
    for (const k of last) paint([k]);
    ctx.globalAlpha = 1;
    this.fire('drawn');
  }
}
