import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { JurisdictionEntity } from './jurisdiction.entity';

@Entity('leader_quota')
@Index(['jurisdictionId', 'year'])
export class LeaderQuotaEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id!: number;
  @Column({ type: 'integer', name: 'jurisdiction_id' }) jurisdictionId!: number;
  @ManyToOne(() => JurisdictionEntity, (j) => j.quotas, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'jurisdiction_id' })
  jurisdiction?: Relation<JurisdictionEntity>;
  @Column({ type: 'text' }) role!: string;
  @Column({ type: 'text', name: 'leader_name' }) leaderName!: string;
  @Column({ type: 'integer' }) year!: number;
  @Column({ type: 'integer' }) count!: number;
  @Column({ type: 'real', name: 'min_investment_wan' }) minInvestmentWan!: number;
  @Column({ type: 'integer', name: 'dominant_only' }) dominantOnly!: number;
}
