import DxfParser from 'dxf-parser';
import type { IEntity, ILwpolylineEntity, IPolylineEntity, ITextEntity, IMtextEntity, IPointEntity } from 'dxf-parser';
import { AppError } from '../../../shared/errors';
import { pointInRing } from '../../../shared/geo/segments';
import type { RawFeature, RawFeatures } from './types';

type Pos = [number, number];

const samePos = (a: Pos, b: Pos) => a[0] === b[0] && a[1] === b[1];

/** A polyline's vertices as a ring or a line: closed when flagged closed or when it ends where it starts. */
function polylineGeometry(vertices: Array<{ x: number; y: number }>, closedFlag: boolean): GeoJSON.Geometry | null {
  const pts: Pos[] = vertices.map((v) => [v.x, v.y]);
  if (pts.length < 2) return null;
  const closed = closedFlag || (pts.length > 3 && samePos(pts[0], pts[pts.length - 1]));
  if (!closed) return { type: 'LineString', coordinates: pts };
  if (!samePos(pts[0], pts[pts.length - 1])) pts.push([...pts[0]]);
  return { type: 'Polygon', coordinates: [pts] };
}

/**
 * A DXF drawing (ASCII, as planning institutes export from AutoCAD) → features in the drawing's
 * coordinates. Closed LWPOLYLINE / POLYLINE become polygons; the layer and handle are fields, and a
 * TEXT or MTEXT whose insertion point lies inside a polygon is its `text` field (how a parcel
 * number is written on a 规划图). Bulges (arc segments) are taken as their chords. Hatches and
 * block attributes are not read by dxf-parser, so they are not offered.
 */
export function readDxf(text: string): RawFeatures {
  let dxf;
  try {
    dxf = new DxfParser().parseSync(text);
  } catch (e) {
    throw new AppError('INVALID_FILE', `file: not a readable DXF drawing (${(e as Error).message})`, 400);
  }
  if (!dxf) throw new AppError('INVALID_FILE', 'file: not a readable DXF drawing', 400);
  const features: RawFeature[] = [];
  const labels: Array<{ at: Pos; text: string }> = [];
  for (const e of dxf.entities as IEntity[]) {
    const props = { layer: e.layer, handle: String(e.handle ?? '') };
    if (e.type === 'LWPOLYLINE' || e.type === 'POLYLINE') {
      const p = e as ILwpolylineEntity | IPolylineEntity;
      const geometry = polylineGeometry(p.vertices, p.shape);
      if (geometry) features.push({ type: 'Feature', geometry, properties: props, layer: e.layer });
    } else if (e.type === 'TEXT' || e.type === 'MTEXT') {
      const t = e as ITextEntity & IMtextEntity;
      const at = t.startPoint ?? t.position;
      if (at && t.text) labels.push({ at: [at.x, at.y], text: t.text.trim() });
    } else if (e.type === 'POINT') {
      const p = (e as IPointEntity).position;
      features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [p.x, p.y] }, properties: props });
    }
  }
  for (const f of features) {
    if (f.geometry?.type !== 'Polygon') continue;
    const ring = f.geometry.coordinates[0] as Pos[];
    const label = labels.find((l) => pointInRing(l.at, ring));
    if (label) f.properties.text = label.text;
  }
  return { format: 'dxf', features, prj: null };
}
