import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('industry_chain')
export class IndustryChainEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id!: number;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', name: 'name_en' }) nameEn!: string;
}
