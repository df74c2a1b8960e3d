import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UnitEntity } from './unit.entity';
import { EnterpriseEntity } from './enterprise.entity';

@Entity('lease')
@Index(['endDate'])
export class LeaseEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id!: number;
  @Column({ type: 'integer', name: 'unit_id' }) unitId!: number;
  @ManyToOne(() => UnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Relation<UnitEntity>;
  @Column({ type: 'integer', name: 'enterprise_id', nullable: true }) enterpriseId!: number | null;
  @ManyToOne(() => EnterpriseEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'enterprise_id' })
  enterprise?: Relation<EnterpriseEntity>;
  @Column({ type: 'text', name: 'start_date' }) startDate!: string;
  @Column({ type: 'text', name: 'end_date' }) endDate!: string;
  @Column({ type: 'real', name: 'rent_yuan_per_m2_month', nullable: true }) rentYuanPerM2Month!: number | null;
}
