import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserEntity } from './user.entity';

/** A login session. The id is the SHA-256 of the cookie token, so a leaked database cannot log anyone in. */
@Entity('session')
export class SessionEntity {
  @PrimaryColumn({ type: 'text' }) id!: string;
  @Column({ type: 'integer', name: 'user_id' }) userId!: number;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;
  @Column({ type: 'text', name: 'csrf_token' }) csrfToken!: string;
  @Column({ type: 'text', name: 'created_at' }) createdAt!: string;
  @Column({ type: 'text', name: 'expires_at' }) expiresAt!: string;
}
