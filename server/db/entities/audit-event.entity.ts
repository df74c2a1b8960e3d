import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { json } from './columns';

/** Who changed what, when, with before/after. No foreign key to the user: the record outlives accounts. */
@Entity('audit_event')
@Index(['entity', 'entityId'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id!: number;
  @Column({ type: 'text' }) at!: string;
  @Column({ type: 'integer', name: 'user_id', nullable: true }) userId!: number | null;
  @Column({ type: 'text', nullable: true }) username!: string | null;
  @Column({ type: 'text' }) action!: string;
  @Column({ type: 'text' }) entity!: string;
  @Column({ type: 'integer', name: 'entity_id', nullable: true }) entityId!: number | null;
  @Column({ type: 'text', transformer: json, nullable: true }) before!: unknown;
  @Column({ type: 'text', transformer: json, nullable: true }) after!: unknown;
}
