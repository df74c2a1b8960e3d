import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { BuildingEntity } from './building.entity';
import { EnterpriseEntity } from './enterprise.entity';
import { ProjectEntity } from './project.entity';

@Entity('unit')
export class UnitEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id!: number;
  @Column({ type: 'integer', name: 'building_id' }) buildingId!: number;
  @ManyToOne(() => BuildingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'building_id' })
  building?: Relation<BuildingEntity>;
  @Column({ type: 'text' }) code!: string;
  @Column({ type: 'integer' }) floor!: number;
  @Column({ type: 'real', name: 'area_m2' }) areaM2!: number;
  @Column({ type: 'text' }) status!: string;
  @Column({ type: 'integer', name: 'enterprise_id', nullable: true }) enterpriseId!: number | null;
  @ManyToOne(() => EnterpriseEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'enterprise_id' })
  enterprise?: Relation<EnterpriseEntity>;
  @Column({ type: 'integer', name: 'project_id', nullable: true }) projectId!: number | null;
  @ManyToOne(() => ProjectEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<ProjectEntity>;
  @Column({ type: 'integer', default: 1 }) version!: number;
}
