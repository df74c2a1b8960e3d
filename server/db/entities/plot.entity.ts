import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ParkEntity } from './park.entity';
import { EnterpriseEntity } from './enterprise.entity';
import { ProjectEntity } from './project.entity';
import { json } from './columns';
import type { GeoPolygon } from '../../../shared/types/common';
import type { PlotIndicators } from '../../../shared/types/park';

@Entity('plot')
@Index(['parkId', 'code'], { unique: true })
@Index(['status'])
export class PlotEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id!: number;
  @Column({ type: 'integer', name: 'park_id' }) parkId!: number;
  @ManyToOne(() => ParkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'park_id' })
  park?: Relation<ParkEntity>;
  @Column({ type: 'text' }) code!: string;
  @Column({ type: 'text', transformer: json }) polygon!: GeoPolygon;
  @Column({ type: 'real', name: 'area_mu' }) areaMu!: number;
  @Column({ type: 'real', name: 'declared_area_mu', nullable: true }) declaredAreaMu!: number | null;
  @Column({ type: 'text', name: 'land_use' }) landUse!: string;
  @Column({ type: 'text' }) status!: string;
  @Column({ type: 'text' }) readiness!: string;
  @Column({ type: 'integer', name: 'enterprise_id', nullable: true }) enterpriseId!: number | null;
  @ManyToOne(() => EnterpriseEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'enterprise_id' })
  enterprise?: Relation<EnterpriseEntity>;
  @Column({ type: 'integer', name: 'project_id', nullable: true }) projectId!: number | null;
  @ManyToOne(() => ProjectEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<ProjectEntity>;
  @Column({ type: 'text', nullable: true, transformer: json }) indicators!: PlotIndicators | null;
  @Column({ type: 'integer', default: 1 }) version!: number;
}
