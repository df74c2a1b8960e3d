import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioFile } from '../../../shared/allocation/parse';
import { solveScenario } from '../../../shared/allocation/solve';
import { verifyPlacements } from '../../../shared/allocation/verify';
import { dropStaleRefs } from '../../../shared/allocation/stale';
import { wordMessage } from '../../../shared/allocation/messages';

// Four projects on three plots: project 1 pinned to plot:2 with package 11, project 2 kept off plot:1.
const doc = JSON.parse(readFileSync('docs/examples/pins-exclusions-signed.json', 'utf8'));
const names = { project: (id: number) => `项目${id}`, park: (id: number) => `园区${id}`, site: (id: string) => id };

describe('pins and exclusions naming space or projects that are gone', () => {
  it(
    'when a pin names a let plot, a deleted project or a deleted package, ' +
      'then the file still reads, the stale pins are dropped or reduced with ' +
      'typed warnings and the rest solves verified',
    () => {
      const file = parseScenarioFile({
        ...doc,
        pins: [
          { projectId: 1, siteId: 'plot:2', packageId: 999 },
          { projectId: 2, siteId: 'plot:77' },
          { projectId: 404 },
        ],
        exclusions: [...doc.exclusions, { siteId: 'plot:78' }],
      });
      const r = solveScenario(file, { seed: 1 });
      expect(r.verified).toBe(true);
      expect(verifyPlacements(file, r.allocations, r.objective).ok).toBe(true);
      expect(r.warnings).toEqual(
        expect.arrayContaining([
          { code: 'pin_stale', params: { projectId: 1, siteId: 'plot:2', packageId: 999, reason: 'package_gone' } },
          { code: 'pin_stale', params: { projectId: 2, siteId: 'plot:77', packageId: null, reason: 'site_gone' } },
          { code: 'pin_stale', params: { projectId: 404, siteId: null, packageId: null, reason: 'project_gone' } },
          { code: 'exclusion_stale', params: { projectId: null, siteId: 'plot:78', parkId: null } },
        ]),
      );
      // The package-gone pin still holds its site; the solver picked the package.
      expect(r.allocations).toContainEqual(expect.objectContaining({ projectId: 1, siteId: 'plot:2' }));
      // The site-gone pin no longer forces project 2 in: it is planned (or left out) like any other,
      // and its still-valid exclusion from plot:1 holds.
      expect(r.allocations.some((a) => a.projectId === 2 && a.siteId === 'plot:1')).toBe(false);
      for (const w of r.warnings.filter((w) => typeof w !== 'string' && w.code.endsWith('_stale')))
        expect(wordMessage(w as never, names, 'zh')).toMatch(/(锁定|排除).*(已失效|已删除)/);
    },
  );

  it('when the file has no stale reference, then it is returned as it is, and cleaning twice changes nothing', () => {
    const file = parseScenarioFile(doc);
    expect(dropStaleRefs(file)).toEqual({ file, warnings: [] });
    const stale = parseScenarioFile({ ...doc, pins: [{ projectId: 1, siteId: 'plot:9' }] });
    const once = dropStaleRefs(stale);
    expect(once.file.pins).toEqual([]);
    expect(dropStaleRefs(once.file).warnings).toEqual([]);
  });

  it('when a pin names the same project twice, then the file is still refused, naming the pins', () => {
    expect(() => parseScenarioFile({ ...doc, pins: [{ projectId: 1 }, { projectId: 1 }] })).toThrow(/pins/);
  });
});
