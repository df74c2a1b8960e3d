import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { JurisdictionEntity } from './jurisdiction.entity';
import { json } from './columns';
import type { PolicyTier } from '../../../shared/efficiency/tiers';

/** A county's own table of differentiated-policy tiers (absent: the defaults). */
@Entity('policy_tiers')
export class PolicyTiersEntity {
  @PrimaryColumn({ type: 'integer', name: 'jurisdiction_id' }) jurisdictionId!: number;
  @OneToOne(() => JurisdictionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'jurisdiction_id' })
  jurisdiction?: Relation<JurisdictionEntity>;
  @Column({ type: 'text', transformer: json }) tiers!: PolicyTier[];
  @Column({ type: 'integer', default: 1 }) version!: number;
}
