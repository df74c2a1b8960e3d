import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { json } from './columns';

@Entity('app_user')
export class UserEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id!: number;
  @Column({ type: 'text', unique: true }) username!: string;
  @Column({ type: 'text', name: 'display_name' }) displayName!: string;
  @Column({ type: 'text' }) role!: string;
  /** scrypt$logN$r$p$salt$hash — parameters travel with the hash so they can be raised later. */
  @Column({ type: 'text', name: 'password_hash' }) passwordHash!: string;
  /** Jurisdictions a county editor may write in; kept as JSON, always read with the user. */
  @Column({ type: 'text', name: 'jurisdiction_ids', transformer: json }) jurisdictionIds!: number[];
  @Column({ type: 'text', name: 'created_at' }) createdAt!: string;
}
