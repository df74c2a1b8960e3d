import type { ScenarioExclusion, ScenarioPin } from '@shared/schemas/scenario-file';

/**
 * Pins and exclusions edited straight from a result. A project has at most one pin (the server's
 * file schema refuses two), so pinning replaces; forbidding a pair also drops a pin of that pair.
 */
export function pinTo(pins: ScenarioPin[], pin: ScenarioPin): ScenarioPin[] {
  const clean: ScenarioPin = { projectId: pin.projectId };
  if (pin.siteId !== undefined) clean.siteId = pin.siteId;
  if (pin.packageId !== undefined && pin.packageId !== null) clean.packageId = pin.packageId;
  return [...pins.filter((p) => p.projectId !== pin.projectId), clean];
}

export function unpin(pins: ScenarioPin[], projectId: number): ScenarioPin[] {
  return pins.filter((p) => p.projectId !== projectId);
}

export const sameExclusion = (a: ScenarioExclusion, b: ScenarioExclusion) =>
  a.projectId === b.projectId && a.siteId === b.siteId && a.parkId === b.parkId;

/** Forbid project × site: adds the exclusion once and drops a pin that would contradict it. */
export function forbidPair(pins: ScenarioPin[], exclusions: ScenarioExclusion[], projectId: number, siteId: string) {
  const e: ScenarioExclusion = { projectId, siteId };
  return {
    pins: pins.filter((p) => !(p.projectId === projectId && p.siteId === siteId)),
    exclusions: exclusions.some((x) => sameExclusion(x, e)) ? exclusions : [...exclusions, e],
  };
}

export function removeExclusion(exclusions: ScenarioExclusion[], e: ScenarioExclusion): ScenarioExclusion[] {
  return exclusions.filter((x) => !sameExclusion(x, e));
}

export const isPinnedHere = (pins: ScenarioPin[], projectId: number, siteId: string) =>
  pins.some((p) => p.projectId === projectId && p.siteId === siteId);
export const isPinned = (pins: ScenarioPin[], projectId: number) => pins.some((p) => p.projectId === projectId);
export const isForbidden = (exclusions: ScenarioExclusion[], projectId: number, siteId: string) =>
  exclusions.some((x) => x.projectId === projectId && x.siteId === siteId && x.parkId === undefined);
