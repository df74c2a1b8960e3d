import type { Client, TestApp } from './test-app';

/** Solves a scenario through the API, waits for the job, and returns the scenario with its result. */
export async function solveScenarioViaApi(t: TestApp, c: Client, id: number) {
  const job = await (await c.send('POST', `/api/scenarios/${id}/solve`)).json();
  const done = await t.jobs.settle(job.id);
  if (done.status !== 'done') throw new Error(JSON.stringify(done.error));
  return (await c.get(`/api/scenarios/${id}`)).json();
}
