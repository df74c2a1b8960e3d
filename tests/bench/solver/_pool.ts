import { createSolverPool } from '../../../server/workers/solver-pool';
import { generateScenario, SIZES } from './generate';
const pool = createSolverPool({ size: 1, maxQueue: 1, timeLimitMs: 3000 });
const t = performance.now();
const r = await pool.submit(generateScenario(SIZES.S, 1), { onProgress: (p) => console.error('progress', p.stage, p.bestObjective) });
console.log('result', r.objective, r.verified, (performance.now() - t).toFixed(0));
await pool.close();
