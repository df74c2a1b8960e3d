import type { Park } from './park';

/** The one-line summary of a park in the city view. */
export interface ParkSummary {
  landTotalMu: number;
  byStatus: Record<string, { count: number; areaMu: number }>;
  plotCount: number;
  buildingCount: number;
  unitAreaM2: number;
  unitLeasedM2: number;
  unitReservedM2: number;
  /** Share of occupied land held by occupants of the park's dominant chain(s). */
  dominantShareOccupied: number | null;
  /** Latest-year tax of occupants per occupied mu (万元/亩). */
  taxPerMuWan: number | null;
}

export type ParkWithSummary = Park & { summary: ParkSummary };

export type LinkState = 'present' | 'pipeline' | 'missing';

export interface ChainMap {
  chainId: number;
  name: string;
  nameEn: string;
  links: Array<{
    id: number;
    seq: number;
    name: string;
    nameEn: string;
    state: LinkState;
    occupants: number;
    prospects: Array<{ id: number; name: string; stage: string }>;
  }>;
}
