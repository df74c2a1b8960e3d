import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ScenarioEntity } from './scenario.entity';
import { ProjectEntity } from './project.entity';
import { PlotEntity } from './plot.entity';
import { BuildingEntity } from './building.entity';
import { IncentivePackageEntity } from './incentive-package.entity';

/** One placement of a solved scenario: a project at a plot or in a building, with a package. */
@Entity('scenario_allocation')
@Index(['scenarioId'])
export class ScenarioAllocationEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id!: number;
  @Column({ type: 'integer', name: 'scenario_id' }) scenarioId!: number;
  @ManyToOne(() => ScenarioEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scenario_id' })
  scenario?: Relation<ScenarioEntity>;
  @Column({ type: 'integer', name: 'project_id' }) projectId!: number;
  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<ProjectEntity>;
  @Column({ type: 'text', name: 'site_kind' }) siteKind!: string;
  @Column({ type: 'integer', name: 'plot_id', nullable: true }) plotId!: number | null;
  @ManyToOne(() => PlotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plot_id' })
  plot?: Relation<PlotEntity>;
  @Column({ type: 'integer', name: 'building_id', nullable: true }) buildingId!: number | null;
  @ManyToOne(() => BuildingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'building_id' })
  building?: Relation<BuildingEntity>;
  @Column({ type: 'integer', name: 'package_id', nullable: true }) packageId!: number | null;
  @ManyToOne(() => IncentivePackageEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'package_id' })
  package?: Relation<IncentivePackageEntity>;
  @Column({ type: 'real', name: 'area_mu', nullable: true }) areaMu!: number | null;
  @Column({ type: 'real', name: 'floor_m2', nullable: true }) floorM2!: number | null;
  @Column({ type: 'real', name: 'value_wan' }) valueWan!: number;
}
