import { describe, expect, it } from 'vitest';
import {
  forbidPair,
  isForbidden,
  isPinned,
  isPinnedHere,
  pinTo,
  removeExclusion,
  unpin,
} from '@/features/scenarios/model/edits';
import { pinSchema } from '@shared/schemas/scenario-file';

describe('pin and forbid from the result', () => {
  it(
    'when a project is pinned twice, then only the last pin stays (the ' + 'server refuses two pins of one project)',
    () => {
      let pins = pinTo([], { projectId: 7, siteId: 'plot:1', packageId: 3 });
      pins = pinTo(pins, { projectId: 8 });
      pins = pinTo(pins, { projectId: 7 });
      expect(pins).toEqual([{ projectId: 8 }, { projectId: 7 }]);
      expect(isPinned(pins, 7)).toBe(true);
      expect(isPinnedHere(pins, 7, 'plot:1')).toBe(false);
    },
  );

  it('a pin without a package carries no packageId key, so it passes the shared schema', () => {
    const [p] = pinTo([], { projectId: 4, siteId: 'building:2', packageId: undefined });
    expect(p).toEqual({ projectId: 4, siteId: 'building:2' });
    expect(pinSchema.safeParse(p).success).toBe(true);
  });

  it('when a pinned pair is forbidden, then the pin goes and the exclusion is added once', () => {
    const pins = pinTo([], { projectId: 7, siteId: 'plot:1' });
    const a = forbidPair(pins, [], 7, 'plot:1');
    expect(a.pins).toEqual([]);
    expect(a.exclusions).toEqual([{ projectId: 7, siteId: 'plot:1' }]);
    const b = forbidPair(a.pins, a.exclusions, 7, 'plot:1');
    expect(b.exclusions).toHaveLength(1);
    expect(isForbidden(b.exclusions, 7, 'plot:1')).toBe(true);
    expect(isForbidden(b.exclusions, 7, 'plot:2')).toBe(false);
  });

  it('removing a pin or an exclusion leaves the others', () => {
    expect(unpin([{ projectId: 1 }, { projectId: 2 }], 1)).toEqual([{ projectId: 2 }]);
    expect(removeExclusion([{ projectId: 1, siteId: 'plot:1' }, { siteId: 'plot:1' }], { siteId: 'plot:1' })).toEqual([
      { projectId: 1, siteId: 'plot:1' },
    ]);
  });
});
