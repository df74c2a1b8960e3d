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

const R = 6378137;
const MAX_LAT = 85.0511287798;
const S = 0.5 / (Math.PI * R);

/** EPSG:3857 → pixels at zoom 0 (256 px world), as L.CRS.EPSG3857.latLngToPoint(ll, 0). */
function project(lng: number, lat: number, out: Float64Array, i: number): void {
  const d = Math.PI / 180;
  const la = Math.max(Math.min(MAX_LAT, lat), -MAX_LAT);
  const sin = Math.sin(la * d);
  out[i] = 256 * (S * R * lng * d + 0.5);
  out[i + 1] = 256 * ((-S * (R * Math.log((1 + sin) / (1 - sin)))) / 2 + 0.5);
}

function polygonsOf(g: Geometry | null): number[][][][] {
  if (!g) return [];
  if (g.type === 'Polygon') return [(g as Polygon).coordinates];
  if (g.type === 'MultiPolygon') return (g as MultiPolygon).coordinates;
  return [];
}

/** Even-odd test against the ring of points from … to - 1 in the flat array xy. */
function inRing(x: number, y: number, xy: Float64Array, from: number, to: number): boolean {
  let inside = false;
  for (let i = 2 * from, j = 2 * to - 2; i < 2 * to; j = i, i += 2) {
    const xi = xy[i],
      yi = xy[i + 1],
      xj = xy[j],
      yj = xy[j + 1];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export class CanvasPolygons<P> extends L.Layer {
  private props: P[];
  // Geometry in flat typed arrays (zoom-0 pixels), not an array per ring: for 20,000 plots the
  // small allocations cost more than the projection itself. Feature k has rings
  // ringOf[k] … ringOf[k + 1] - 1; ring r has points at xy[2 * pointOf[r] …] up to pointOf[r + 1].
  private xy: Float64Array;
  private pointOf: Uint32Array;
  private ringOf: Uint32Array;
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
    const n = features.length;
    let rings = 0,
      points = 0;
    for (const f of features) {
      for (const poly of polygonsOf(f.geometry)) {
        rings += poly.length;
        for (const ring of poly) points += ring.length;
      }
    }
    this.props = new Array<P>(n);
    this.xy = new Float64Array(points * 2);
    this.pointOf = new Uint32Array(rings + 1);
    this.ringOf = new Uint32Array(n + 1);
    this.boxes = new Float64Array(n * 4);
    let r = 0,
      at = 0;
    for (let k = 0; k < n; k++) {
      this.props[k] = features[k].properties;
      this.ringOf[k] = r;
      let x0 = Infinity,
        y0 = Infinity,
        x1 = -Infinity,
        y1 = -Infinity;
      for (const poly of polygonsOf(features[k].geometry)) {
        for (const ring of poly) {
          this.pointOf[r++] = at / 2;
          for (let i = 0; i < ring.length; i++, at += 2) {
            project(ring[i][0], ring[i][1], this.xy, at);
            const x = this.xy[at],
              y = this.xy[at + 1];
            if (x < x0) x0 = x;
            if (x > x1) x1 = x;
            if (y < y0) y0 = y;
            if (y > y1) y1 = y;
          }
        }
      }
      this.boxes[4 * k] = x0;
      this.boxes[4 * k + 1] = y0;
      this.boxes[4 * k + 2] = x1;
      this.boxes[4 * k + 3] = y1;
    }
    this.ringOf[n] = r;
    this.pointOf[r] = at / 2;
    this.styles = this.props.map((p) => opts.style(p));
  }

  get size(): number {
    return this.props.length;
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
    this.styles = this.props.map((p) => style(p));
    this.redraw();
  }

  /** Draw this feature last, above its neighbours (the selected plot's outline). */
  setFront(index: number | null): void {
    this.front = index;
    this.redraw();
  }

  indexWhere(pred: (p: P) => boolean): number {
    return this.props.findIndex(pred);
  }

  /** The topmost interactive feature under a map point, or null. */
  hit(latlng: L.LatLng): P | null {
    const a = new Float64Array(2);
    project(latlng.lng, latlng.lat, a, 0);
    const [x, y] = a;
    const order = this.front != null ? [this.front] : [];
    for (let k = this.props.length - 1; k >= 0; k--) if (k !== this.front) order.push(k);
    for (const k of order) {
      const b = 4 * k;
      if (x < this.boxes[b] || x > this.boxes[b + 2] || y < this.boxes[b + 1] || y > this.boxes[b + 3]) continue;
      if (this.styles[k]?.interactive === false) continue;
      let inside = false;
      for (let r = this.ringOf[k]; r < this.ringOf[k + 1]; r++)
        if (inRing(x, y, this.xy, this.pointOf[r], this.pointOf[r + 1])) inside = !inside;
      if (inside) return this.props[k];
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
    const w = c.width / dpr,
      h = c.height / dpr;
    // View in zoom-0 pixels, for culling.
    const vx0 = origin.x / s,
      vy0 = origin.y / s,
      vx1 = (origin.x + w) / s,
      vy1 = (origin.y + h) / s;
    const groups = new Map<string, number[]>();
    const last: number[] = [];
    for (let k = 0; k < this.props.length; k++) {
      const b = 4 * k;
      if (this.boxes[b + 2] < vx0 || this.boxes[b] > vx1 || this.boxes[b + 3] < vy0 || this.boxes[b + 1] > vy1)
        continue;
      if (k === this.front) {
        last.push(k);
        continue;
      }
      const st = this.styles[k];
      const key =
        `${st.fill !== false ? st.fillColor : ''}|${st.fillOpacity ?? 0.2}` +
        `|${st.stroke !== false ? st.color : ''}|${st.weight ?? 3}` +
        `|${st.opacity ?? 1}|${st.dashArray ?? ''}`;
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
      ctx.setLineDash(
        typeof st.dashArray === 'string'
          ? st.dashArray.split(/[ ,]+/).map(Number)
          : Array.isArray(st.dashArray)
            ? st.dashArray
            : [],
      );
      for (let from = 0; from < ks.length; from += CHUNK) {
        ctx.beginPath();
        for (let j = from; j < Math.min(ks.length, from + CHUNK); j++) {
          // Rings are closed (last point = first), so lineTo the last point closes them.
          const xy = this.xy;
          for (let r = this.ringOf[ks[j]]; r < this.ringOf[ks[j] + 1]; r++) {
            const end = 2 * this.pointOf[r + 1];
            let i = 2 * this.pointOf[r];
            if (i === end) continue;
            ctx.moveTo(xy[i] * s - origin.x, xy[i + 1] * s - origin.y);
            for (i += 2; i < end; i += 2) ctx.lineTo(xy[i] * s - origin.x, xy[i + 1] * s - origin.y);
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
