import { DOMParser } from '@xmldom/xmldom';
import { kml } from '@tmcw/togeojson';
import { AppError } from '../../../shared/errors';
import type { RawFeatures } from './types';

/** KML → features; KML coordinates are WGS84 lon/lat by the OGC standard (07-147r2 §6.2). */
export function readKml(text: string): RawFeatures {
  let doc;
  try {
    doc = new DOMParser({ onError: () => {} }).parseFromString(text, 'text/xml');
  } catch {
    doc = null;
  }
  if (!doc || !doc.getElementsByTagName('kml').length)
    throw new AppError('INVALID_FILE', 'file: not a readable KML document', 400);
  const fc = kml(doc);
  return {
    format: 'kml',
    prj: null,
    fixedEpsg: 4326,
    features: fc.features.map((f) => ({
      type: 'Feature' as const,
      geometry: f.geometry,
      properties: { ...(f.properties ?? {}) },
    })),
  };
}
