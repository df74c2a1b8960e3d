import type { Ctx } from './context';
import { plotsRepo } from '../repositories/plots.repo';
import { parksRepo } from '../repositories/parks.repo';
import { buildingsRepo, unitsRepo } from '../repositories/buildings.repo';
import { referenceRepo } from '../repositories/reference.repo';
import { found } from './not-found';
import type { Prepared } from './caches';
import { gradesByEnterprise } from './grades.service';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection, Polygon } from 'geojson';
import type { BuildingProps, PlotProps } from '../../shared/types/map-features';
import { encodePolygons } from '../../shared/geo';

export interface PreparedBody {
  etag: string;
  body: Buffer;
  /** The same body gzipped once per data change, for clients that accept it. */
  gzipped: Buffer;
}

/** What the map's reads need: the database and the app's caches. */
type MapCtx = Pick<Ctx, 'db' | 'caches'>;

/** What the ETag hashes: the body as sent. */
const etagText = (v: Prepared) => v.body.toString('latin1');

function prepare(json: string): Prepared {
  const body = Buffer.from(json);
  return { body, gzipped: gzipSync(body, { level: 6 }) };
}

/** A park's plots as GeoJSON features (WGS84), with the properties the map shows. */
async function plotFeatures(ctx: MapCtx, parkId: number): Promise<FeatureCollection<Polygon, PlotProps>> {
  const m = ctx.db.read;
  const park = found(await parksRepo.get(m, parkId), 'park', parkId);
  const [plots, industries, grades] = await Promise.all([
    plotsRepo.byParkWithOccupants(m, parkId),
    referenceRepo.industries(m),
    gradesByEnterprise(ctx),
  ]);
  const industryName = new Map(industries.map((i) => [i.id, i]));
  const dominant = new Set(park.dominantChainIds);
  const features = plots.map((p) => ({
    type: 'Feature' as const,
    id: p.id,
    geometry: p.polygon,
    properties: {
      id: p.id,
      code: p.code,
      status: p.status,
      areaMu: Math.round(p.areaMu * 100) / 100,
      declaredAreaMu: p.declaredAreaMu,
      landUse: p.landUse,
      readiness: p.readiness,
      occupant: p.occupantName ?? p.projectName,
      occupantId: p.enterpriseId,
      projectId: p.projectId,
      industry: p.industryId ? (industryName.get(p.industryId)?.name ?? null) : null,
      industryEn: p.industryId ? (industryName.get(p.industryId)?.nameEn ?? null) : null,
      industryId: p.industryId,
      dominant: p.chainId == null ? null : dominant.has(p.chainId),
      grade: p.enterpriseId ? (grades.get(p.enterpriseId)?.grade ?? null) : null,
      version: p.version,
    } satisfies PlotProps,
  }));
  return { type: 'FeatureCollection', features };
}

/**
 * A park's plots as an RFC 7946 FeatureCollection (WGS84). Built once per data generation and
 * served as a ready string with an ETag: exports and other GIS tools read this one.
 */
export async function parkPlotsGeoJson(ctx: Ctx, parkId: number): Promise<PreparedBody> {
  const c = await ctx.caches.map.get(
    `plots:${parkId}`,
    async () => prepare(JSON.stringify(await plotFeatures(ctx, parkId))),
    etagText,
  );
  return { etag: c.etag, ...c.value };
}

/**
 * The same plots packed (shared/geo/packed): about a sixth of the bytes, unpacked by the map to the
 * identical FeatureCollection. The map asks for it on every park it opens.
 */
export async function parkPlotsPacked(ctx: MapCtx, parkId: number): Promise<PreparedBody> {
  const c = await ctx.caches.map.get(
    packedKey(parkId),
    async () => prepare(JSON.stringify(encodePolygons(await plotFeatures(ctx, parkId)))),
    etagText,
  );
  return { etag: c.etag, ...c.value };
}

const packedKey = (parkId: number) => `plots-packed:${parkId}`;

/** Whether a park's packed plots are ready for the current data. */
export const parkPlotsPackedReady = (ctx: MapCtx, parkId: number): boolean => ctx.caches.map.has(packedKey(parkId));

/** A park's standard factory buildings with their units' occupancy, as GeoJSON. */
export async function parkBuildingsGeoJson(ctx: Ctx, parkId: number): Promise<PreparedBody> {
  const c = await ctx.caches.map.get(
    `buildings:${parkId}`,
    async () => {
      const m = ctx.db.read;
      found(await parksRepo.get(m, parkId), 'park', parkId);
      const [buildings, units] = await Promise.all([buildingsRepo.list(m, parkId), unitsRepo.byPark(m, parkId)]);
      const features = buildings.map((b) => {
        const us = units.filter((u) => u.buildingId === b.id);
        const area = us.reduce((s, u) => s + u.areaM2, 0);
        const leased = us.filter((u) => u.status === 'leased').reduce((s, u) => s + u.areaM2, 0);
        const reserved = us.filter((u) => u.status === 'reserved').reduce((s, u) => s + u.areaM2, 0);
        return {
          type: 'Feature',
          id: b.id,
          geometry: b.footprint,
          properties: {
            id: b.id,
            code: b.code,
            name: b.name,
            floors: b.floors,
            floorAreaM2: b.floorAreaM2,
            rentYuanPerM2Month: b.rentYuanPerM2Month,
            units: us.length,
            unitAreaM2: area,
            leasedM2: leased,
            reservedM2: reserved,
            vacantM2: area - leased - reserved,
            occupancy: area ? leased / area : 0,
          } satisfies BuildingProps,
        };
      });
      return prepare(JSON.stringify({ type: 'FeatureCollection', features }));
    },
    etagText,
  );
  return { etag: c.etag, ...c.value };
}
