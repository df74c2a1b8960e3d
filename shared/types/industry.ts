import type { Id, LandUse } from './common';

export interface ChainLink {
  id: Id;
  chainId: Id;
  /** Position along the chain, 1-based: upstream first. */
  seq: number;
  name: string;
  nameEn: string;
}

/** 产业链: an ordered list of links (stages). */
export interface IndustryChain {
  id: Id;
  name: string;
  nameEn: string;
  links: ChainLink[];
}

export interface Industry {
  id: Id;
  code: string;
  name: string;
  nameEn: string;
  /** The industrial land class the industry needs (pollution class). */
  pollutionClass: LandUse;
  /** GB/T 4754 major group (两位数大类), e.g. 17 textiles; drives minimum FAR. */
  gbtGroup: number;
  chainId: Id | null;
}
