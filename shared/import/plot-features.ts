import polygonClipping from 'polygon-clipping';
import type { Polygon as PcPolygon } from 'polygon-clipping';
import type { GeoPolygon, Id, LandUse } from '../types/common';
import type { Park, PlotStatus, Readiness } from '../types/park';
import type { FieldMapping } from '../schemas/plot-import';
import {
  asPolygon,
  bbox,
  bboxesIntersect,
  isInside,
  overlapAreaM2,
  polygonAreaMu,
  validatePolygon,
  type BBox,
} from '../geo';
import { readCode, readFields } from './plot-fields';

export interface ImportedPlot {
  code: string;
  polygon: GeoPolygon;
  areaMu: number;
  declaredAreaMu: number | null;
  landUse: LandUse;
  status: PlotStatus;
  readiness: Readiness;
}

export interface AcceptedFeature extends ImportedPlot {
  index: number;
  /** The occupant named by the file; the service looks it up among the enterprises. */
  occupant: string | null;
  /** Set when the code is already a plot of the park: that plot is updated. */
  updateId: Id | null;
}

export interface SkippedFeature {
  index: number;
  code: string;
  reason: string;
}

export type Outcome = 'create' | 'update' | 'merged' | 'refused';

/** One line of the report for every feature of the file. */
export interface FeatureOutcome {
  index: number;
  code: string;
  outcome: Outcome;
  reason?: string;
}

export interface PlotImportCheck {
  accepted: AcceptedFeature[];
  skipped: SkippedFeature[];
  features: FeatureOutcome[];
}

/** A declared area may differ from the polygon's by this much before the feature is refused. */
export const DECLARED_AREA_TOLERANCE = 0.05;
/** Overlaps below 1 m² are digitising noise along shared edges, not a conflict. */
export const OVERLAP_TOLERANCE_M2 = 1;

type Props = Record<string, unknown>;
type Taken = { code: string; polygon: GeoPolygon; box: BBox };

/** Two parts of one code joined, when they touch or overlap; null when the union is not one polygon. */
function union(a: GeoPolygon, b: GeoPolygon): GeoPolygon | null {
  const u = polygonClipping.union(a.coordinates as PcPolygon, b.coordinates as PcPolygon);
  return u.length === 1 ? { type: 'Polygon', coordinates: u[0] as number[][][] } : null;
}

/**
 * Checks each feature (already in WGS84) against the geometry rules, the park boundary, the
 * park's existing plots and the features before it in the same file, reading attributes through
 * the user's column mapping. Pure: the service decides what to write. Every feature gets a line
 * of the report; a refused one gets a reason a user can act on.
 */
export function checkPlotFeatures(
  features: unknown[],
  park: Pick<Park, 'boundary' | 'name'>,
  existing: Array<{ id: Id; code: string; polygon: GeoPolygon }>,
  opts: { generatedCode: (index: number) => string; mapping?: Partial<FieldMapping> },
): PlotImportCheck {
  const mapping = opts.mapping ?? {};
  const mode = mapping.duplicates ?? 'refuse';
  const accepted: AcceptedFeature[] = [];
  const skipped: SkippedFeature[] = [];
  const report: FeatureOutcome[] = [];
  const byCode = new Map(existing.map((e) => [e.code, e.id]));
  let taken: Taken[] = existing.map((e) => ({ code: e.code, polygon: e.polygon, box: bbox(e.polygon) }));
  const inFile = new Map<string, AcceptedFeature>();

  features.forEach((f, index) => {
    const feature = (f && typeof f === 'object' ? f : {}) as {
      type?: unknown;
      geometry?: unknown;
      properties?: unknown;
    };
    const props = (feature.properties && typeof feature.properties === 'object' ? feature.properties : {}) as Props;
    const fields = readFields(props, mapping);
    let code = readCode(props, mapping) ?? opts.generatedCode(index);
    const skip = (reason: string) => {
      skipped.push({ index, code, reason });
      report.push({ index, code, outcome: 'refused', reason });
    };

    if (feature.type !== 'Feature') return skip('not a GeoJSON Feature');
    if (!feature.geometry) return skip('not a polygon: the feature has no geometry');
    const t = (feature.geometry as { type?: unknown }).type;
    const polygon = asPolygon(feature.geometry);
    if (!polygon) return skip(`not a polygon: geometry is ${typeof t === 'string' ? t : 'unknown'}`);
    const bad = validatePolygon(polygon);
    if (bad) return skip(`${bad.code === 'self_intersection' ? 'self-intersection' : 'invalid ring'}: ${bad.message}`);
    if ('error' in fields) return skip(fields.error);
    if (!isInside(polygon, park.boundary, OVERLAP_TOLERANCE_M2)) return skip(`outside the park ${park.name}`);

    const areaMu = polygonAreaMu(polygon);
    const declared = fields.declaredAreaMu;
    // A merged plot's declared area is the sum of its parts, so it is checked on the whole below.
    const earlier = inFile.get(code);
    if (
      !(earlier && mode === 'merge') &&
      declared !== null &&
      Math.abs(declared - areaMu) > DECLARED_AREA_TOLERANCE * areaMu
    )
      return skip(
        `declared area ${declared.toFixed(2)} 亩 differs from the polygon's ${areaMu.toFixed(2)} 亩 by more than 5%`,
      );

    if (earlier && mode === 'refuse') return skip(`duplicate plot code ${code} (also feature ${earlier.index})`);
    if (earlier && mode === 'suffix') {
      let n = 2;
      while (inFile.has(`${code}-${n}`) || byCode.has(`${code}-${n}`)) n++;
      code = `${code}-${n}`;
    }

    const box = bbox(polygon);
    const sameCode = earlier && mode === 'merge' ? earlier.code : null;
    // A feature that updates a plot replaces its old outline, so it is not checked against it.
    const replacing = byCode.has(code) && !inFile.has(code) ? code : null;
    for (const o of taken) {
      if (o.code === sameCode || o.code === replacing) continue;
      if (!bboxesIntersect(box, o.box)) continue;
      const area = overlapAreaM2(polygon, o.polygon);
      if (area > OVERLAP_TOLERANCE_M2) return skip(`overlaps plot ${o.code} by ${area.toFixed(1)} m²`);
    }

    if (earlier && mode === 'merge') {
      const joined = union(earlier.polygon, polygon);
      if (!joined) return skip(`cannot merge into ${code}: the parts do not touch (a plot is one polygon)`);
      const total = polygonAreaMu(joined);
      const sum = earlier.declaredAreaMu !== null && declared !== null ? earlier.declaredAreaMu + declared : null;
      if (sum !== null && Math.abs(sum - total) > DECLARED_AREA_TOLERANCE * total)
        return skip(
          `declared areas of ${code} add up to ${sum.toFixed(2)} 亩, the merged polygon is ${total.toFixed(2)} 亩`,
        );
      Object.assign(earlier, { polygon: joined, areaMu: total, declaredAreaMu: sum ?? earlier.declaredAreaMu });
      taken = taken.map((o) => (o.code === code ? { code, polygon: joined, box: bbox(joined) } : o));
      report.push({ index, code, outcome: 'merged', reason: `merged into feature ${earlier.index}` });
      return;
    }

    const updateId = byCode.get(code) ?? null;
    const plot: AcceptedFeature = {
      index,
      code,
      polygon,
      areaMu,
      declaredAreaMu: declared,
      landUse: fields.landUse,
      status: fields.status,
      readiness: fields.readiness,
      occupant: fields.occupant,
      updateId,
    };
    if (updateId !== null) taken = taken.filter((o) => o.code !== code);
    taken.push({ code, polygon, box });
    inFile.set(code, plot);
    accepted.push(plot);
    report.push({ index, code, outcome: updateId === null ? 'create' : 'update' });
  });
  return { accepted, skipped, features: report };
}
