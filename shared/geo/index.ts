export { EARTH_RADIUS_M, ringAreaM2, polygonAreaM2, multiPolygonAreaM2, polygonAreaMu } from './area';
export { bbox, bboxesIntersect, centroid, type BBox } from './bbox';
export {
  validatePolygon,
  asPolygon,
  MAX_RING_VERTICES,
  MAX_POLYGON_VERTICES,
  GEOMETRY_ISSUES,
  type GeometryIssue,
  type GeometryIssueCode,
} from './validate';
export {
  overlapAreaM2,
  areaOutsideM2,
  isInside,
  findOverlaps,
  overlapsWith,
  type Shape,
  type OverlapPair,
} from './overlap';
export { localFrame, type LocalFrame } from './local';
export { encodePolygons, decodePolygons, PACKED_FORMAT, type PackedPolygons, type PackedColumn } from './packed';
