import { Initial1764200000000 } from './1764200000000-initial';

/** Every migration, in order. A new migration is appended here. */
export const migrations = [Initial1764200000000];
