import highsLoader from 'highs';

export interface HighsRun {
  status: string;
  objective: number | null;
  bound: number | null;
  ms: number;
  values: Map<string, number> | null;
  error?: string;
}

type Loaded = Awaited<ReturnType<typeof highsLoader>>;
let loaded: Loaded | null = null;

/** Load (compile) the HiGHS WebAssembly once; returns the compile time in ms. */
export async function loadHighs(): Promise<number> {
  const t = performance.now();
  loaded ??= await highsLoader();
  return performance.now() - t;
}

/** Solve a CPLEX LP text with HiGHS (proven optimum wanted: mip_rel_gap 0) under a time limit. */
export function runHighs(lp: string, timeLimitS: number): HighsRun {
  if (!loaded) throw new Error('call loadHighs() first');
  const t = performance.now();
  let model: ReturnType<Loaded['createModel']> | null = null;
  try {
    model = loaded.createModel({ format: 'lp', data: lp });
    model.options.set({ output_flag: false, time_limit: timeLimitS, mip_rel_gap: 0 });
    model.run();
    const code = model.getModelStatus();
    const status = Object.entries(loaded.constants.modelStatus).find(([, v]) => v === code)?.[0] ?? String(code);
    const info = (k: string) => {
      try {
        const v = Number(model!.info.get(k));
        return Number.isFinite(v) ? v : null;
      } catch {
        return null;
      }
    };
    const primalStatus = info('primal_solution_status');
    const hasSolution = primalStatus !== null && primalStatus >= 2;
    const objective = hasSolution ? model.getObjectiveValue() : null;
    let values: Map<string, number> | null = null;
    if (hasSolution) {
      const colValue = model.getSolution().colValue;
      values = new Map();
      for (let i = 0; i < colValue.length; i++)
        if (Math.abs(colValue[i]) > 1e-9) values.set(model.getColName(i), colValue[i]);
    }
    let bound = info('mip_dual_bound');
    if (status.toLowerCase().includes('optimal') && objective !== null) bound = objective;
    return { status, objective, bound, ms: performance.now() - t, values };
  } catch (e) {
    return {
      status: 'crashed',
      objective: null,
      bound: null,
      ms: performance.now() - t,
      values: null,
      error: e instanceof Error ? e.message : String(e),
    };
  } finally {
    try {
      model?.dispose();
    } catch {
      /* a crashed runtime may not dispose */
    }
  }
}
