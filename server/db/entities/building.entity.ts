import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ParkEntity } from './park.entity';
import { PlotEntity } from './plot.entity';
import { json } from './columns';
import type { GeoPolygon } from '../../../shared/types/common';

@Entity('building')
export class BuildingEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id!: number;
  @Column({ type: 'integer', name: 'park_id' }) parkId!: number;
  @ManyToOne(() => ParkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'park_id' })
  park?: Relation<ParkEntity>;
  @Column({ type: 'integer', name: 'plot_id', nullable: true }) plotId!: number | null;
  @ManyToOne(() => PlotEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'plot_id' })
  plot?: Relation<PlotEntity>;
  @Column({ type: 'text' }) code!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', transformer: json }) footprint!: GeoPolygon;
  @Column({ type: 'integer' }) floors!: number;
  @Column({ type: 'real', name: 'floor_area_m2' }) floorAreaM2!: number;
  @Column({ type: 'real', name: 'ceiling_height_m' }) ceilingHeightM!: number;
  @Column({ type: 'real', name: 'floor_load_kn_per_m2' }) floorLoadKnPerM2!: number;
  @Column({ type: 'real', name: 'rent_yuan_per_m2_month' }) rentYuanPerM2Month!: number;
  @Column({ type: 'integer', default: 1 }) version!: number;
}
