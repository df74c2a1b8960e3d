import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { JurisdictionEntity } from './jurisdiction.entity';
import { json } from './columns';
import type { ReviewRow } from '../../../shared/efficiency/review';
import type { Benchmarks } from '../../../shared/efficiency/indicators';
import type { EfficiencySettings } from '../../../shared/efficiency/settings';
import type { PolicyTier } from '../../../shared/efficiency/tiers';
import type { Grade } from '../../../shared/efficiency/grade';

/** A kept yearly 亩均 review (several runs of one year may exist; the latest is the county's). */
@Entity('efficiency_review')
@Index(['jurisdictionId', 'year'])
export class EfficiencyReviewEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id!: number;
  @Column({ type: 'integer', name: 'jurisdiction_id' }) jurisdictionId!: number;
  @ManyToOne(() => JurisdictionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'jurisdiction_id' })
  jurisdiction?: Relation<JurisdictionEntity>;
  @Column({ type: 'integer' }) year!: number;
  @Column({ type: 'text', name: 'run_at' }) runAt!: string;
  @Column({ type: 'text', name: 'run_by', nullable: true }) runBy!: string | null;
  @Column({ type: 'text', transformer: json }) settings!: EfficiencySettings;
  @Column({ type: 'text', transformer: json }) tiers!: PolicyTier[];
  @Column({ type: 'text', nullable: true, transformer: json }) benchmarks!: Benchmarks | null;
  @Column({ type: 'text', transformer: json }) distribution!: Record<Grade, number>;
  @Column({ type: 'text', transformer: json }) rows!: ReviewRow[];
}
