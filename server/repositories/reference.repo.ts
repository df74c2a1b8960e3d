import type { EntityManager } from 'typeorm';
import {
  ChainLinkEntity,
  IndustryChainEntity,
  IndustryEntity,
  JurisdictionEntity,
  LeaderQuotaEntity,
} from '../db/entities';
import type { Jurisdiction, LeaderQuota } from '../../shared/types/jurisdiction';
import type { Industry, IndustryChain } from '../../shared/types/industry';
import { toChainLink, toIndustry, toJurisdiction } from './mappers';

/** Jurisdictions, industries and chains: small tables read whole. */
export const referenceRepo = {
  async jurisdictions(m: EntityManager): Promise<Jurisdiction[]> {
    const [js, qs] = await Promise.all([
      m.find(JurisdictionEntity, { order: { id: 'ASC' } }),
      m.find(LeaderQuotaEntity, { order: { id: 'ASC' } }),
    ]);
    return js.map((j) =>
      toJurisdiction(
        j,
        qs.filter((q) => q.jurisdictionId === j.id),
      ),
    );
  },
  async jurisdiction(m: EntityManager, id: number): Promise<Jurisdiction | null> {
    return (await referenceRepo.jurisdictions(m)).find((j) => j.id === id) ?? null;
  },
  async replaceQuotas(m: EntityManager, jurisdictionId: number, year: number, quotas: LeaderQuota[]): Promise<void> {
    await m.delete(LeaderQuotaEntity, { jurisdictionId, year });
    if (quotas.length)
      await m.insert(
        LeaderQuotaEntity,
        quotas.map((q) => ({ ...q, jurisdictionId, dominantOnly: q.dominantOnly ? 1 : 0 })),
      );
  },
  async industries(m: EntityManager): Promise<Industry[]> {
    return (await m.find(IndustryEntity, { order: { id: 'ASC' } })).map(toIndustry);
  },
  async chains(m: EntityManager): Promise<IndustryChain[]> {
    const [cs, ls] = await Promise.all([
      m.find(IndustryChainEntity, { order: { id: 'ASC' } }),
      m.find(ChainLinkEntity, { order: { chainId: 'ASC', seq: 'ASC' } }),
    ]);
    return cs.map((c) => ({
      id: c.id,
      name: c.name,
      nameEn: c.nameEn,
      links: ls.filter((l) => l.chainId === c.id).map(toChainLink),
    }));
  },
};
