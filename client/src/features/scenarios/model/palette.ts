/**
 * Colours for projects on the map: a 12-colour qualitative set (ColorBrewer Paired, reordered so
 * neighbours differ), assigned in the order projects are listed so a result's colours are stable.
 */
export const PROJECT_COLOURS = [
  '#1f78b4',
  '#e31a1c',
  '#33a02c',
  '#ff7f00',
  '#6a3d9a',
  '#b15928',
  '#a6cee3',
  '#fb9a99',
  '#b2df8a',
  '#fdbf6f',
  '#cab2d6',
  '#e7c94b',
] as const;

export function projectColours(projectIds: number[]): Map<number, string> {
  const m = new Map<number, string>();
  for (const id of projectIds) if (!m.has(id)) m.set(id, PROJECT_COLOURS[m.size % PROJECT_COLOURS.length]);
  return m;
}

/** Colours of the compared scenarios (1st, 2nd, 3rd), also used for their columns. */
export const SCENARIO_COLOURS = ['#1f5fa8', '#d9480f', '#2b8a3e'] as const;
