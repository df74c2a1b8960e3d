import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
});
afterAll(() => t.close());

const names = async (path: string): Promise<string[]> =>
  ((await (await admin.get(path)).json()).items as Array<{ name?: string; code?: string }>).map(
    (i) => i.name ?? i.code ?? '',
  );

describe('search treats % and _ as literal characters', () => {
  it('when the search text is % or _, then only names containing that character match, not every row', async () => {
    await t.db.ds.query("UPDATE project SET name = 'Lab 50% share' WHERE id = 1");
    await t.db.ds.query("UPDATE project SET name = 'Lab_2 pilot' WHERE id = 2");
    const all = await names('/api/projects?limit=5000');
    expect(all.length).toBeGreaterThan(3);
    expect(await names('/api/projects?q=%25&limit=5000')).toEqual(['Lab 50% share']);
    expect(await names('/api/projects?q=_&limit=5000')).toEqual(['Lab_2 pilot']);
    expect(await names('/api/projects?q=Lab_&limit=5000')).toEqual(['Lab_2 pilot']);
    expect(await names('/api/enterprises?q=%25&limit=5000')).toEqual([]);
    expect(await names('/api/plots?q=_&limit=5000')).toEqual(
      all.length ? (await names('/api/plots?limit=5000')).filter((c) => c.includes('_')) : [],
    );
  });
});
