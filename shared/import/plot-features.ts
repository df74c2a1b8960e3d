import type { GeoPolygon, LandUse } from '../types/common';
import { LAND_USES } from '../types/common';
import type { Park, PlotStatus, Readiness } from '../types/park';
import { PLOT_STATUSES, READINESS } from '../types/park';
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

export interface ImportedPlot {
  code: string;
  polygon: GeoPolygon;
  areaMu: number;
  declaredAreaMu: number | null;
  landUse: LandUse;
  status: PlotStatus;
  readiness: Readiness;
}

export interface SkippedFeature {
  index: number;
  code: string;
  reason: string;
}

export interface PlotImportCheck {
  accepted: Array<ImportedPlot & { index: number }>;
  skipped: SkippedFeature[];
}

/** A declared area may differ from the polygon's by this much before the feature is refused. */
export const DECLARED_AREA_TOLERANCE = 0.05;
/** Overlaps below 1 m² are digitising noise along shared edges, not a conflict. */
export const OVERLAP_TOLERANCE_M2 = 1;

type Props = Record<string, unknown>;

/** First property present among the names a GIS export may use (English, Chinese, snake_case). */
function pick(p: Props, names: string[]): unknown {
  for (const n of names) if (p[n] !== undefined && p[n] !== null && p[n] !== '') return p[n];
  return undefined;
}

function num(v: unknown): number | null {
  const n = typeof v === 'string' ? Number(v.replace(/[,\s亩]/g, '')) : typeof v === 'number' ? v : NaN;
  return Number.isFinite(n) ? n : null;
}

const oneOf = <T extends string>(v: unknown, allowed: readonly T[], fallback: T): T | null => {
  if (v === undefined) return fallback;
  const s = String(v).trim();
  return (allowed as readonly string[]).includes(s) ? (s as T) : null;
};

/**
 * Checks each feature of an uploaded FeatureCollection against the geometry rules, the park
 * boundary, the park's existing plots and the features before it in the same file. Pure: the
 * service decides what to write. Every refused feature gets its index and a reason a user can act on.
 */
export function checkPlotFeatures(
  features: unknown[],
  park: Pick<Park, 'boundary' | 'name'>,
  existing: Array<{ code: string; polygon: GeoPolygon }>,
  codePrefix: string,
): PlotImportCheck {
  const accepted: PlotImportCheck['accepted'] = [];
  const skipped: SkippedFeature[] = [];
  const taken: Array<{ code: string; polygon: GeoPolygon; box: BBox }> = existing.map((e) => ({
    ...e,
    box: bbox(e.polygon),
  }));
  const codes = new Set(existing.map((e) => e.code));

  features.forEach((f, index) => {
    const feature = (f && typeof f === 'object' ? f : {}) as {
      type?: unknown;
      geometry?: unknown;
      properties?: unknown;
    };
    const props = (feature.properties && typeof feature.properties === 'object' ? feature.properties : {}) as Props;
    const code = String(
      pick(props, ['code', 'Code', 'CODE', '地块编号', '编号', 'plot_code', 'name', '名称']) ??
        `${codePrefix}-${index + 1}`,
    ).trim();
    const skip = (reason: string) => skipped.push({ index, code, reason });

    if (feature.type !== 'Feature') return skip('not a GeoJSON Feature');
    if (!feature.geometry) return skip('not a polygon: the feature has no geometry');
    const polygon = asPolygon(feature.geometry);
    if (!polygon) {
      const t = (feature.geometry as { type?: unknown }).type;
      return skip(`not a polygon: geometry is ${typeof t === 'string' ? t : 'unknown'}`);
    }
    const bad = validatePolygon(polygon);
    if (bad) return skip(`${bad.code === 'self_intersection' ? 'self-intersection' : 'invalid ring'}: ${bad.message}`);
    if (codes.has(code)) return skip(`duplicate plot code ${code}`);

    const landUse = oneOf(pick(props, ['landUse', 'land_use', '用地性质', '用地类别']), LAND_USES, 'M1');
    if (!landUse) return skip('landUse must be M1, M2 or M3');
    const status = oneOf(pick(props, ['status', '状态']), PLOT_STATUSES, 'vacant');
    if (!status) return skip(`status must be one of ${PLOT_STATUSES.join(', ')}`);
    const readiness = oneOf(pick(props, ['readiness', '条件']), READINESS, 'raw');
    if (!readiness) return skip(`readiness must be one of ${READINESS.join(', ')}`);

    if (!isInside(polygon, park.boundary, OVERLAP_TOLERANCE_M2)) return skip(`outside the park ${park.name}`);

    const areaMu = polygonAreaMu(polygon);
    const declaredRaw = pick(props, ['areaMu', 'area_mu', 'declaredAreaMu', '面积', '面积亩', '面积(亩)']);
    const declaredAreaMu = declaredRaw === undefined ? null : num(declaredRaw);
    if (declaredRaw !== undefined && (declaredAreaMu === null || declaredAreaMu <= 0))
      return skip('declared area is not a positive number');
    if (declaredAreaMu !== null && Math.abs(declaredAreaMu - areaMu) > DECLARED_AREA_TOLERANCE * areaMu)
      return skip(
        `declared area ${declaredAreaMu} 亩 differs from the polygon's ${areaMu.toFixed(2)} 亩 by more than 5%`,
      );

    const box = bbox(polygon);
    for (const t of taken) {
      if (!bboxesIntersect(box, t.box)) continue;
      const area = overlapAreaM2(polygon, t.polygon);
      if (area > OVERLAP_TOLERANCE_M2) return skip(`overlaps plot ${t.code} by ${area.toFixed(1)} m²`);
    }

    taken.push({ code, polygon, box });
    codes.add(code);
    accepted.push({ index, code, polygon, areaMu, declaredAreaMu, landUse, status, readiness });
  });
  return { accepted, skipped };
}
