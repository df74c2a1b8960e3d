// npm run bench: every benchmark that measures the product's speed, one after another, each
// printing its own table. (The solver has its own, longer run: npm run bench:solver.)
import { pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';

const BENCHES = [
  ['map drawing and plots endpoint (issue 3)', 'tests/bench/map.bench.ts'],
  ['incentive comparison in the browser (issue 5)', 'tests/bench/incentives-browser.bench.ts'],
  ['API load with and without a solve (issues 6, 7)', 'tests/bench/api-load.bench.ts'],
  ['event-loop delay during 10 simultaneous solve starts (issue 15)', 'tests/bench/solve-starts.bench.ts'],
] as const;

const only = process.argv.slice(2);
for (const [title, file] of BENCHES) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  if (!existsSync(file)) {
    console.log(`\n## ${title}: ${file} missing`);
    continue;
  }
  console.log(`\n## ${title}`);
  const mod = (await import(pathToFileURL(file).href)) as { run?: () => Promise<unknown> };
  if (typeof mod.run !== 'function') throw new Error(`${file} exports no run()`);
  await mod.run();
}
