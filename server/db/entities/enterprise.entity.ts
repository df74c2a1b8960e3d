import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { IndustryEntity } from './industry.entity';
import { ChainLinkEntity } from './chain-link.entity';
import { JurisdictionEntity } from './jurisdiction.entity';

@Entity('enterprise')
export class EnterpriseEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id!: number;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', name: 'name_en' }) nameEn!: string;
  @Column({ type: 'integer', name: 'industry_id' }) industryId!: number;
  @ManyToOne(() => IndustryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'industry_id' })
  industry?: Relation<IndustryEntity>;
  @Column({ type: 'integer', name: 'chain_link_id', nullable: true }) chainLinkId!: number | null;
  @ManyToOne(() => ChainLinkEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'chain_link_id' })
  chainLink?: Relation<ChainLinkEntity>;
  @Column({ type: 'integer', name: 'jurisdiction_id' }) jurisdictionId!: number;
  @ManyToOne(() => JurisdictionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'jurisdiction_id' })
  jurisdiction?: Relation<JurisdictionEntity>;
  @Column({ type: 'integer', name: 'is_small' }) isSmall!: number;
  @Column({ type: 'integer', default: 1 }) version!: number;
}
