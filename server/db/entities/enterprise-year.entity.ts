import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { EnterpriseEntity } from './enterprise.entity';

@Entity('enterprise_year')
export class EnterpriseYearEntity {
  @PrimaryColumn({ type: 'integer', name: 'enterprise_id' }) enterpriseId!: number;
  @PrimaryColumn({ type: 'integer' }) year!: number;
  @ManyToOne(() => EnterpriseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enterprise_id' })
  enterprise?: Relation<EnterpriseEntity>;
  @Column({ type: 'real', name: 'tax_wan' }) taxWan!: number;
  @Column({ type: 'real', name: 'value_added_wan' }) valueAddedWan!: number;
  @Column({ type: 'real', name: 'revenue_wan' }) revenueWan!: number;
  @Column({ type: 'real', name: 'energy_tce' }) energyTce!: number;
  @Column({ type: 'real', name: 'emissions_t' }) emissionsT!: number;
  @Column({ type: 'real', name: 'rd_spend_wan' }) rdSpendWan!: number;
  @Column({ type: 'integer' }) employees!: number;
  /** Electricity in kWh (亩均 evaluation uses it beside tce); null for years filed before it was collected. */
  @Column({ type: 'real', name: 'electricity_kwh', nullable: true }) electricityKwh!: number | null;
  /** Cumulative fixed-asset investment (统计局 固定资产投资), checked against agreements; null when not reported. */
  @Column({ type: 'real', name: 'investment_wan', nullable: true }) investmentWan!: number | null;
}
