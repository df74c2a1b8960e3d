import type { EntityManager } from 'typeorm';
import { ParkEntity, PlotEntity } from '../../../server/db/entities';
import { polygonAreaMu } from '../../../shared/geo';
import type { GeoPolygon } from '../../../shared/types/common';

/**
 * A park of `n` square plots on a grid (about 60 m a side), for load and drawing benchmarks.
 * Plots are vacant M1 land in jurisdiction 2; returns the park id.
 */
export async function addSyntheticPark(
  m: EntityManager,
  n: number,
  origin: [number, number] = [116.2, 34.9],
): Promise<number> {
  const cols = Math.ceil(Math.sqrt(n));
  const rows = Math.ceil(n / cols);
  const dLat = 0.00054; // ≈ 60 m
  const dLon = 0.00066; // ≈ 60 m at 35°N
  const gap = 0.00005;
  const [x0, y0] = origin;
  const boundary: GeoPolygon = {
    type: 'Polygon',
    coordinates: [
      [
        [x0, y0],
        [x0 + cols * dLon, y0],
        [x0 + cols * dLon, y0 + rows * dLat],
        [x0, y0 + rows * dLat],
        [x0, y0],
      ],
    ],
  };
  const park = await m.save(
    ParkEntity,
    m.create(ParkEntity, {
      jurisdictionId: 2,
      name: `基准测试园区 ${n}`,
      nameEn: `Benchmark park ${n}`,
      boundary,
      dominantChainIds: [1],
      minDominantShare: 0.7,
      landGrade: 10,
      listedLandPriceWanPerMu: 12,
      minInvestmentIntensityWanPerMu: 100,
      minTaxPerMuWan: 5,
      minFar: 1,
      version: 1,
    }),
  );
  const plots = [];
  for (let i = 0; i < n; i++) {
    const c = i % cols;
    const r = Math.floor(i / cols);
    const x = x0 + c * dLon + gap;
    const y = y0 + r * dLat + gap;
    const polygon: GeoPolygon = {
      type: 'Polygon',
      coordinates: [
        [
          [x, y],
          [x + dLon - 2 * gap, y],
          [x + dLon - 2 * gap, y + dLat - 2 * gap],
          [x, y + dLat - 2 * gap],
          [x, y],
        ],
      ],
    };
    plots.push({
      parkId: park.id,
      code: `B${n}-${r}-${c}`,
      polygon,
      areaMu: polygonAreaMu(polygon),
      declaredAreaMu: null,
      landUse: 'M1',
      status: i % 3 === 0 ? 'occupied' : 'vacant',
      readiness: 'ready',
      enterpriseId: null,
      projectId: null,
      version: 1,
    });
  }
  for (let i = 0; i < plots.length; i += 300) await m.insert(PlotEntity, plots.slice(i, i + 300));
  return park.id;
}
