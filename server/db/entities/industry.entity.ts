import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { IndustryChainEntity } from './industry-chain.entity';

@Entity('industry')
export class IndustryEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id!: number;
  @Column({ type: 'text', unique: true }) code!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', name: 'name_en' }) nameEn!: string;
  @Column({ type: 'text', name: 'pollution_class' }) pollutionClass!: string;
  @Column({ type: 'integer', name: 'gbt_group' }) gbtGroup!: number;
  @Column({ type: 'integer', name: 'chain_id', nullable: true }) chainId!: number | null;
  @ManyToOne(() => IndustryChainEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'chain_id' })
  chain?: Relation<IndustryChainEntity>;
}
