import { describe, expect, it } from 'vitest';
import { progressFraction, relGap, STAGES } from '@/features/scenarios/model/progress';
import { projectColours, PROJECT_COLOURS } from '@/features/scenarios/model/palette';
import { makeNames } from '@/features/scenarios/model/names';

describe('solve progress bar', () => {
  it('moves forward stage by stage and never reaches 100% before the job ends', () => {
    const at = (stage: string, best: number | null = null, bound: number | null = null) =>
      progressFraction({ stage, bestObjective: best, bound, elapsedMs: 0 });
    const fr = STAGES.map((s) => at(s));
    for (let i = 1; i < fr.length; i++) expect(fr[i]).toBeGreaterThan(fr[i - 1]);
    expect(progressFraction(null)).toBeLessThan(fr[0]);
    expect(at('verify', 100, 100)).toBeLessThan(1);
    // Closing the gap inside a stage moves the bar on.
    expect(at('search', 99, 100)).toBeGreaterThan(at('search', 50, 100));
  });

  it('gives the relative gap only when both values are known', () => {
    expect(relGap(90, 100)).toBeCloseTo(0.1, 12);
    expect(relGap(null, 100)).toBeNull();
    expect(relGap(5, 0)).toBeNull();
  });
});

describe('map colours and names', () => {
  it('gives each project its own colour in listing order, cycling after the palette', () => {
    const ids = Array.from({ length: PROJECT_COLOURS.length + 1 }, (_, i) => 100 + i);
    const m = projectColours([...ids, 100]);
    expect(m.get(100)).toBe(PROJECT_COLOURS[0]);
    expect(m.get(101)).toBe(PROJECT_COLOURS[1]);
    expect(m.get(ids[ids.length - 1])).toBe(PROJECT_COLOURS[0]);
    expect(m.size).toBe(ids.length);
  });

  it('names sites by plot code or building name, and never shows a blank for an unknown id', () => {
    const plots = {
      type: 'FeatureCollection' as const,
      features: [
        {
          type: 'Feature' as const,
          geometry: { type: 'Polygon' as const, coordinates: [] },
          properties: { id: 3, code: 'SX-A01', status: 'vacant' as const, areaMu: 1, occupant: null, projectId: null },
        },
      ],
    };
    const buildings = {
      type: 'FeatureCollection' as const,
      features: [
        {
          type: 'Feature' as const,
          geometry: { type: 'Polygon' as const, coordinates: [] },
          properties: { id: 9, code: 'B9', name: '5号楼', vacantM2: 0, reservedM2: 0 },
        },
      ],
    };
    const n = makeNames({
      en: true,
      plots: [plots, null],
      buildings: [buildings],
      parks: [{ id: 1, name: '园区', nameEn: 'Park' } as never],
    });
    expect(n.site('plot:3')).toBe('SX-A01');
    expect(n.site('building:9')).toBe('5号楼');
    expect(n.site('plot:4')).toBe('plot:4');
    expect(n.park(1)).toBe('Park');
    expect(n.project(77)).toBe('#77');
    expect(n.packageName(null)).toBeNull();
  });
});

describe('engine warnings in words', () => {
  it("recognises the engine's sentences and keeps anything else as written", async () => {
    const { parseWarning } = await import('@/features/scenarios/model/warnings');
    expect(parseWarning('project 19 must be placed but has no compatible site; it is left out')).toEqual({
      key: 'mustNoSite',
      project: 19,
    });
    expect(parseWarning('no plan places every signed or pinned project (62, 7)')).toEqual({
      key: 'mustMissing',
      projects: [62, 7],
    });
    expect(parseWarning('cost-to-place found a better plan; it replaced the search result')).toEqual({
      key: 'replaced',
    });
    expect(parseWarning('something new')).toEqual({ key: 'raw', text: 'something new' });
  });
});
