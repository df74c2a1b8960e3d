import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ProjectEntity } from './project.entity';
import { EnterpriseEntity } from './enterprise.entity';
import { IncentivePackageEntity } from './incentive-package.entity';
import { JurisdictionEntity } from './jurisdiction.entity';
import { json } from './columns';
import type { LandGrant, YearCommitment } from '../../../shared/types/agreement';

@Entity('agreement')
@Index(['jurisdictionId'])
export class AgreementEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id!: number;
  @Column({ type: 'integer', name: 'project_id' }) projectId!: number;
  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<ProjectEntity>;
  @Column({ type: 'integer', name: 'enterprise_id', nullable: true }) enterpriseId!: number | null;
  @ManyToOne(() => EnterpriseEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'enterprise_id' })
  enterprise?: Relation<EnterpriseEntity>;
  @Column({ type: 'integer', name: 'package_id', nullable: true }) packageId!: number | null;
  @ManyToOne(() => IncentivePackageEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'package_id' })
  package?: Relation<IncentivePackageEntity>;
  @Column({ type: 'integer', name: 'jurisdiction_id' }) jurisdictionId!: number;
  @ManyToOne(() => JurisdictionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'jurisdiction_id' })
  jurisdiction?: Relation<JurisdictionEntity>;
  @Column({ type: 'text', name: 'signed_on' }) signedOn!: string;
  @Column({ type: 'text', name: 'construction_start_by' }) constructionStartBy!: string;
  @Column({ type: 'text', name: 'completion_by' }) completionBy!: string;
  /** Commitments by calendar year as JSON (shared/types/agreement.ts YearCommitment[]). */
  @Column({ type: 'text', transformer: json }) commitments!: YearCommitment[];
  @Column({ type: 'text', name: 'land_grant', nullable: true, transformer: json }) landGrant!: LandGrant | null;
  @Column({ type: 'integer', default: 1 }) version!: number;
}
