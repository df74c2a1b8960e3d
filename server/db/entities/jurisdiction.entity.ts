import { Column, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { LeaderQuotaEntity } from './leader-quota.entity';

@Entity('jurisdiction')
export class JurisdictionEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id!: number;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', name: 'name_en' }) nameEn!: string;
  @Column({ type: 'text' }) kind!: 'city' | 'county' | 'district';
  @Column({ type: 'integer', name: 'parent_id', nullable: true }) parentId!: number | null;
  @ManyToOne(() => JurisdictionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Relation<JurisdictionEntity>;
  @Column({ type: 'real', name: 'retained_share_vat' }) retainedShareVat!: number;
  @Column({ type: 'real', name: 'retained_share_cit' }) retainedShareCit!: number;
  @OneToMany(() => LeaderQuotaEntity, (q) => q.jurisdiction) quotas?: Relation<LeaderQuotaEntity[]>;
}
