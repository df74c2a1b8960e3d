import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { json } from './columns';
import { UserEntity } from './user.entity';

/** 方案推演. Levers, pins and the solved result are JSON documents validated by shared schemas. */
@Entity('scenario')
export class ScenarioEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id!: number;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', name: 'jurisdiction_ids', transformer: json }) jurisdictionIds!: number[];
  @Column({ type: 'text', transformer: json }) levers!: unknown;
  @Column({ type: 'text', transformer: json }) pins!: unknown;
  @Column({ type: 'text', transformer: json }) exclusions!: unknown;
  @Column({ type: 'text' }) status!: string;
  @Column({ type: 'text', transformer: json, nullable: true }) result!: unknown;
  /** Versions of every plot, unit and project the solve read: a commit checks them (409 when changed). */
  @Column({ type: 'text', transformer: json, nullable: true }) basis!: unknown;
  @Column({ type: 'integer', name: 'created_by', nullable: true }) createdBy!: number | null;
  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  creator?: Relation<UserEntity>;
  @Column({ type: 'text', name: 'created_at' }) createdAt!: string;
  @Column({ type: 'text', name: 'updated_at' }) updatedAt!: string;
  @Column({ type: 'text', name: 'solved_at', nullable: true }) solvedAt!: string | null;
  @Column({ type: 'text', name: 'committed_at', nullable: true }) committedAt!: string | null;
  @Column({ type: 'integer', default: 1 }) version!: number;
}
