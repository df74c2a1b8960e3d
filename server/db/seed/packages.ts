import type { EntityManager } from 'typeorm';
import type { DemoCity } from './generate';

/** Incentive packages for the demo pipeline: filled in once shared/incentives templates exist. */
export async function seedPackages(_m: EntityManager, _city: DemoCity): Promise<void> {}
