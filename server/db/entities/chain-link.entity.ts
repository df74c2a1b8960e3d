import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { IndustryChainEntity } from './industry-chain.entity';

@Entity('chain_link')
@Index(['chainId', 'seq'], { unique: true })
export class ChainLinkEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id!: number;
  @Column({ type: 'integer', name: 'chain_id' }) chainId!: number;
  @ManyToOne(() => IndustryChainEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'chain_id' })
  chain?: Relation<IndustryChainEntity>;
  @Column({ type: 'integer' }) seq!: number;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', name: 'name_en' }) nameEn!: string;
}
