import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('what a viewer sees', () => {
  it('when a viewer lists or opens prospects, then investors’ financial fields are absent', async () => {
    const viewer = await t.login('viewer');
    const page = await (await viewer.get('/api/projects?limit=20')).json();
    expect(page.items.length).toBe(20);
    for (const p of page.items) {
      for (const f of ['investmentWan', 'outputWan', 'taxWan', 'vatShare', 'notes']) expect(p).not.toHaveProperty(f);
      expect(p).toHaveProperty('name');
      expect(p).toHaveProperty('stage');
    }
    const one = await (await viewer.get(`/api/projects/${page.items[0].id}`)).json();
    expect(one).not.toHaveProperty('investmentWan');
    const history = await (await viewer.get(`/api/projects/${page.items[0].id}/history`)).json();
    for (const e of history) expect(e.after).toBeNull();
  });

  it('when an editor lists prospects, then the financial fields are there', async () => {
    const editor = await t.login('editorA');
    const page = await (await editor.get('/api/projects?limit=5')).json();
    for (const p of page.items) expect(typeof p.investmentWan).toBe('number');
  });
});
