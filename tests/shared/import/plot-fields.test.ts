import { describe, expect, it } from 'vitest';
import { columnNames, guessMapping, readCode, readFields } from '../../../shared/import/plot-fields';
import { mapGeometry, parseSrs, srsToWgs84 } from '../../../shared/geo/transform';

describe('reading a feature through the column mapping', () => {
  it('when columns are mapped, then their values are used and the usual names ignored', () => {
    const r = readFields(
      { code: 'IGNORED', Kavel: 'K-7', Opp: '1,41', Gebruik: '二类工业用地', Staat: '在建', name: 'Acme' },
      { codeField: 'Kavel', areaField: 'Opp', areaUnit: 'ha', landUseField: 'Gebruik', statusField: 'Staat' },
    );
    expect(r).toEqual({
      code: 'K-7',
      occupant: null,
      declaredAreaMu: expect.closeTo(21.15, 9),
      landUse: 'M2',
      status: 'under_construction',
      readiness: 'raw',
    });
  });

  it('when a mapped value is bad, then the error names the column and the value, and the code is still read', () => {
    const props = { Kavel: 'K-8', Gebruik: 'R2' };
    expect(readFields(props, { codeField: 'Kavel', landUseField: 'Gebruik' })).toEqual({
      error: 'Gebruik: "R2" is not M1, M2 or M3',
    });
    expect(readCode(props, { codeField: 'Kavel' })).toBe('K-8');
  });

  it('when a dBASE numeric cell is blank (NaN), then it is an empty cell, not a bad area', () => {
    expect(readFields({ declaredMu: NaN }, {})).toMatchObject({ declaredAreaMu: null });
  });

  it('when columns are listed, then in first-seen order, and the usual names suggest a mapping', () => {
    const cols = columnNames([{ properties: { 编号: 1, 面积: 2 } }, { properties: { 用地性质: 'M1', 编号: 3 } }, null]);
    expect(cols).toEqual(['编号', '面积', '用地性质']);
    expect(guessMapping(cols)).toEqual({ code: '编号', area: '面积', landUse: '用地性质' });
  });
});

describe('coordinate system names and transforms', () => {
  it('when srs is written loosely, then it is normalised; when it is not a system, then 400 naming srs', () => {
    expect(parseSrs('epsg:4527')).toBe('EPSG:4527');
    expect(parseSrs('4490')).toBe('EPSG:4490');
    expect(parseSrs('gcj-02')).toBe('GCJ02');
    expect(() => parseSrs('UTM50')).toThrow(/srs: "UTM50"/);
  });

  it(
    'when a GCJ-02 point is brought back, then it moves by the few hundred ' +
      'metres of the offset, and the input is not changed',
    () => {
      const g = { type: 'Point', coordinates: [116.404, 39.915] };
      const out = mapGeometry(g, srsToWgs84('GCJ02')) as { coordinates: number[] };
      expect(g.coordinates).toEqual([116.404, 39.915]);
      const dx = (out.coordinates[0] - 116.404) * 85_000;
      const dy = (out.coordinates[1] - 39.915) * 111_000;
      expect(Math.hypot(dx, dy)).toBeGreaterThan(100);
      expect(Math.hypot(dx, dy)).toBeLessThan(1000);
    },
  );
});
