/**
 * The engine's warnings (shared/allocation/solve.ts) in the user's words, with project names.
 * Known sentences become a key and parameters; anything else is shown as the engine wrote it.
 */
export type Warning =
  | { key: 'mustNoSite'; project: number }
  | { key: 'mustMissing'; projects: number[] }
  | { key: 'replaced' }
  | { key: 'raw'; text: string };

export function parseWarning(w: string): Warning {
  let m = /^project (\d+) must be placed but has no compatible site/.exec(w);
  if (m) return { key: 'mustNoSite', project: Number(m[1]) };
  m = /^no plan places every signed or pinned project \(([\d,\s]+)\)/.exec(w);
  if (m)
    return {
      key: 'mustMissing',
      projects: m[1]
        .split(',')
        .map((x) => Number(x.trim()))
        .filter(Number.isFinite),
    };
  if (w.startsWith('cost-to-place found a better plan')) return { key: 'replaced' };
  return { key: 'raw', text: w };
}
