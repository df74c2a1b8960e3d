import { describe, expect, it } from 'vitest';
import { isGcj, tileLayers } from '@/components/map/basemaps';
import { fromGcj02, toGcj02, displayLatLng } from '@/components/map/gcj';
import type { Polygon } from 'geojson';

describe('basemaps', () => {
  it('when Tianditu has no key, then there is no tile layer to request; with a key it has map and labels', () => {
    expect(tileLayers('tianditu', null)).toEqual([]);
    const l = tileLayers('tianditu', 'k&1');
    expect(l).toHaveLength(2);
    expect(l[0].url).toContain('vec_w');
    expect(l[1].url).toContain('cva_w');
    expect(l[0].url).toContain('tk=k%261');
  });

  it('only Gaode needs the GCJ-02 shift; "none" draws no tiles', () => {
    expect(['osm', 'tianditu', 'gaode', 'none'].map((b) => isGcj(b as never))).toEqual([false, false, true, false]);
    expect(tileLayers('none', null)).toEqual([]);
    expect(tileLayers('gaode', null)[0].url).toContain('autonavi.com');
  });
});

describe('GCJ-02 display shift', () => {
  const square: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [115.6, 34.4],
        [115.61, 34.4],
        [115.61, 34.41],
        [115.6, 34.41],
        [115.6, 34.4],
      ],
    ],
  };

  it(
    'when shifted to GCJ-02, then points move by a few hundred metres (the ' +
      'known offset in Henan) and the input is untouched',
    () => {
      const g = toGcj02(square);
      expect(square.coordinates[0][0]).toEqual([115.6, 34.4]);
      const [x, y] = g.coordinates[0][0];
      const dxM = (x - 115.6) * 111_320 * Math.cos((34.4 * Math.PI) / 180);
      const dyM = (y - 34.4) * 110_574;
      const d = Math.hypot(dxM, dyM);
      expect(d).toBeGreaterThan(100);
      expect(d).toBeLessThan(1000);
    },
  );

  it('when shifted there and back, then the WGS84 position returns within a few centimetres', () => {
    const back = fromGcj02(toGcj02(square));
    back.coordinates[0].forEach(([x, y], i) => {
      expect(Math.abs(x - square.coordinates[0][i][0])).toBeLessThan(1e-6);
      expect(Math.abs(y - square.coordinates[0][i][1])).toBeLessThan(1e-6);
    });
    expect(displayLatLng(34.4, 115.6, false)).toEqual([34.4, 115.6]);
    expect(displayLatLng(34.4, 115.6, true)[0]).not.toBe(34.4);
  });
});
