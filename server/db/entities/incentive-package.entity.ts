import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ProjectEntity } from './project.entity';
import { json } from './columns';
import type { IncentiveComponents } from '../../../shared/incentives/types';

@Entity('incentive_package')
export class IncentivePackageEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id!: number;
  @Column({ type: 'integer', name: 'project_id', nullable: true }) projectId!: number | null;
  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<ProjectEntity>;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', name: 'name_en' }) nameEn!: string;
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'integer', name: 'is_template' }) isTemplate!: number;
  /** Components as JSON: their shape is the zod schema in shared/schemas/incentive-package.ts. */
  @Column({ type: 'text', transformer: json }) components!: IncentiveComponents;
  @Column({ type: 'integer', default: 1 }) version!: number;
}
