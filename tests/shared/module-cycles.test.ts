import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');

/** Value imports (type-only ones vanish at runtime and cannot form a load-order cycle) between files of `dir`. */
function importGraph(dir: string): Map<string, string[]> {
  const files = readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const graph = new Map<string, string[]>();
  for (const f of files) {
    const path = normalize(join(dir, f));
    const text = readFileSync(join(ROOT, path), 'utf8');
    const deps: string[] = [];
    for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)[^'"]*?from\s+'(\.[^']+)'/gm)) {
      const target = normalize(join(dirname(path), m[1]));
      const file = files
        .map((g) => normalize(join(dir, g)))
        .find((g) => g === `${target}.ts` || g === join(target, 'index.ts'));
      if (file) deps.push(file);
    }
    graph.set(path, deps);
  }
  return graph;
}

function cycles(graph: Map<string, string[]>): string[] {
  const found: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (n: string, path: string[]) => {
    state.set(n, 'open');
    for (const d of graph.get(n) ?? []) {
      if (state.get(d) === 'open')
        found.push([...path.slice(path.indexOf(d)), d].map((x) => relative(ROOT, join(ROOT, x))).join(' → '));
      else if (!state.has(d)) visit(d, [...path, d]);
    }
    state.set(n, 'done');
  };
  for (const n of graph.keys()) if (!state.has(n)) visit(n, [n]);
  return found;
}

describe('module structure', () => {
  it('the engine (shared/allocation) and the rest of shared/ have no import cycles', () => {
    expect(cycles(importGraph('shared/allocation'))).toEqual([]);
    expect(cycles(importGraph('shared'))).toEqual([]);
  });

  it('finds a cycle when there is one (the check itself works)', () => {
    const g = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
    ]);
    expect(cycles(g)).toEqual(['a.ts → b.ts → c.ts → a.ts']);
  });
});
