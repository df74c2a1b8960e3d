import type { Funnel, StageCell } from './funnel';

/**
 * Small-cell suppression for viewers: an amount summed over fewer than this many projects is
 * withheld (null), since a cell of one project is that investor's figure. A setting; default 3, the
 * usual threshold rule of statistical disclosure control (a published total must cover ≥ 3 units).
 */
export const MIN_CELL_PROJECTS = 3;

type Cell = StageCell;

/**
 * Hides every cell with fewer than `min` projects, then, for each relation (cells where one is the sum
 * of the others, e.g. a county's total and its stages), hides a second cell wherever exactly one is
 * hidden, so the hidden one cannot be had by subtraction; repeated until nothing changes. A cell with
 * no projects stays 0: it discloses nobody.
 */
export function suppressCells(cells: Cell[], relations: Cell[][], min = MIN_CELL_PROJECTS): void {
  for (const c of cells) if (c.count > 0 && c.count < min) c.investmentWan = null;
  for (let changed = true; changed;) {
    changed = false;
    for (const rel of relations) {
      const hidden = rel.filter((c) => c.investmentWan === null);
      if (hidden.length !== 1) continue;
      // The smallest other cell with projects: it gives away the least.
      const next = rel.filter((c) => c.investmentWan !== null && c.count > 0).sort((a, b) => a.count - b.count)[0];
      if (!next) continue;
      next.investmentWan = null;
      changed = true;
    }
  }
}

/** The funnel as a viewer gets it: counts stay, amounts over fewer than `min` projects are null. */
export function suppressFunnel(f: Funnel, min = MIN_CELL_PROJECTS): Funnel {
  const copy = structuredClone(f);
  const cells: Cell[] = [...Object.values(copy.byStage)];
  const relations: Cell[][] = [];
  const stages = Object.keys(copy.byStage) as Array<keyof Funnel['byStage']>;
  for (const c of copy.counties) {
    const parts = stages.map((s) => c.byStage[s]);
    cells.push(...parts, c.total, c.live);
    relations.push([c.total, ...parts], [c.live, ...parts.filter((_, i) => stages[i] !== 'dropped')]);
  }
  // The city's stage cells hold the counties' (and any city-level project's): the same subtraction risk.
  for (const s of stages) relations.push([copy.byStage[s], ...copy.counties.map((c) => c.byStage[s])]);
  for (const p of copy.parks) {
    // A park's county cell is that county's live pipeline: share the cell so both are hidden together.
    const county = copy.counties.find((c) => c.jurisdictionId === p.jurisdictionId);
    if (county) p.county = county.live;
    // The rest of the county (not in the park's chains) is never shown, but county − dominant gives it.
    const rest: Cell = {
      count: p.county.count - p.dominant.count,
      investmentWan: (p.county.investmentWan ?? 0) - (p.dominant.investmentWan ?? 0),
    };
    cells.push(p.dominant, rest);
    if (!county) cells.push(p.county);
    relations.push([p.county, p.dominant, rest]);
  }
  suppressCells(cells, relations, min);
  for (const p of copy.parks) if (p.dominant.investmentWan === null || p.county.investmentWan === null) p.share = null;
  return copy;
}
