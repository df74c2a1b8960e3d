import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { JurisdictionEntity } from './jurisdiction.entity';
import { json } from './columns';
import type { GeoPolygon } from '../../../shared/types/common';

@Entity('park')
export class ParkEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id!: number;
  @Column({ type: 'integer', name: 'jurisdiction_id' }) jurisdictionId!: number;
  @ManyToOne(() => JurisdictionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'jurisdiction_id' })
  jurisdiction?: Relation<JurisdictionEntity>;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', name: 'name_en' }) nameEn!: string;
  @Column({ type: 'text', transformer: json }) boundary!: GeoPolygon;
  /** Ids of the dominant chains, kept as JSON: a short list always read with the park. */
  @Column({ type: 'text', name: 'dominant_chain_ids', transformer: json }) dominantChainIds!: number[];
  @Column({ type: 'real', name: 'min_dominant_share' }) minDominantShare!: number;
  @Column({ type: 'integer', name: 'land_grade' }) landGrade!: number;
  @Column({ type: 'real', name: 'listed_land_price_wan_per_mu' }) listedLandPriceWanPerMu!: number;
  @Column({ type: 'real', name: 'min_investment_intensity_wan_per_mu' }) minInvestmentIntensityWanPerMu!: number;
  @Column({ type: 'real', name: 'min_tax_per_mu_wan' }) minTaxPerMuWan!: number;
  @Column({ type: 'real', name: 'min_far' }) minFar!: number;
  @Column({ type: 'integer', default: 1 }) version!: number;
}
