import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { IndustryEntity } from './industry.entity';
import { ChainLinkEntity } from './chain-link.entity';
import { JurisdictionEntity } from './jurisdiction.entity';

@Entity('project')
@Index(['jurisdictionId', 'stage'])
export class ProjectEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id!: number;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) investor!: string;
  @Column({ type: 'integer', name: 'industry_id' }) industryId!: number;
  @ManyToOne(() => IndustryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'industry_id' })
  industry?: Relation<IndustryEntity>;
  @Column({ type: 'integer', name: 'chain_link_id', nullable: true }) chainLinkId!: number | null;
  @ManyToOne(() => ChainLinkEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'chain_link_id' })
  chainLink?: Relation<ChainLinkEntity>;
  @Column({ type: 'real', name: 'investment_wan' }) investmentWan!: number;
  @Column({ type: 'real', name: 'land_need_mu', nullable: true }) landNeedMu!: number | null;
  @Column({ type: 'real', name: 'floor_need_m2', nullable: true }) floorNeedM2!: number | null;
  @Column({ type: 'real', name: 'output_wan' }) outputWan!: number;
  @Column({ type: 'real', name: 'tax_wan' }) taxWan!: number;
  @Column({ type: 'real', name: 'vat_share' }) vatShare!: number;
  @Column({ type: 'integer', name: 'ramp_up_years' }) rampUpYears!: number;
  @Column({ type: 'integer' }) jobs!: number;
  @Column({ type: 'real', name: 'reservation_value_wan', default: 0 }) reservationValueWan!: number;
  @Column({ type: 'text', name: 'pollution_class' }) pollutionClass!: string;
  @Column({ type: 'text' }) head!: string;
  @Column({ type: 'text' }) stage!: string;
  @Column({ type: 'text', name: 'drop_reason', nullable: true }) dropReason!: string | null;
  @Column({ type: 'integer', name: 'jurisdiction_id' }) jurisdictionId!: number;
  @ManyToOne(() => JurisdictionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'jurisdiction_id' })
  jurisdiction?: Relation<JurisdictionEntity>;
  @Column({ type: 'text', name: 'leader_role' }) leaderRole!: string;
  @Column({ type: 'text', default: '' }) notes!: string;
  @Column({ type: 'integer', default: 1 }) version!: number;
}
