import { describe, expect, it } from 'vitest';
import {
  addColumn,
  canAdd,
  fromSaved,
  fromTemplate,
  initialColumns,
  removeColumn,
  toCompared,
} from '@/features/incentives/model/columns';
import { drafts, savedPackage } from './fixtures';

describe('comparison columns', () => {
  it('when the project has saved packages, then they open the screen, saved and clean', () => {
    const cols = initialColumns([savedPackage(11, 0), savedPackage(12, 1)], drafts);
    expect(cols.map((c) => c.key)).toEqual(['saved:11', 'saved:12']);
    expect(cols.map((c) => [c.id, c.version, c.dirty])).toEqual([
      [11, 3, false],
      [12, 3, false],
    ]);
  });

  it('when the project has none, then the four templates open the screen as unsaved copies', () => {
    const cols = initialColumns([], drafts);
    expect(cols.map((c) => c.kind)).toEqual([
      'land_discount',
      'equity_buyback',
      'rent_free_lease_to_own',
      'build_to_suit',
    ]);
    expect(cols.every((c) => c.id === null && c.dirty)).toBe(true);
  });

  it('when a template is added twice, then the copies get distinct keys and names', () => {
    const a = fromTemplate(drafts[0], []);
    const b = fromTemplate(drafts[0], [a]);
    expect([a.key, b.key]).toEqual(['tpl:land_discount:1', 'tpl:land_discount:2']);
    expect(b.name).toBe(`${drafts[0].name} (2)`);
  });

  it('when five packages are shown, then a sixth is refused and removing one makes room', () => {
    let cols = initialColumns([], drafts);
    cols = addColumn(cols, fromSaved(savedPackage(20)));
    expect(cols).toHaveLength(5);
    expect(canAdd(cols)).toBe(false);
    expect(addColumn(cols, fromSaved(savedPackage(21)))).toHaveLength(5);
    cols = removeColumn(cols, 'saved:20');
    expect(cols).toHaveLength(4);
    expect(canAdd(cols)).toBe(true);
  });

  it('when a saved package is already shown, then adding it again does nothing', () => {
    const cols = addColumn([fromSaved(savedPackage(30))], fromSaved(savedPackage(30)));
    expect(cols).toHaveLength(1);
  });

  it('when handed to the finance code, then saved ids are kept and templates have none', () => {
    const out = toCompared([fromSaved(savedPackage(40)), fromTemplate(drafts[1], [])]);
    expect(out.map((p) => p.id)).toEqual([40, undefined]);
    expect(out[1].components).toBe(drafts[1].components);
  });
});
