import { JurisdictionEntity } from './jurisdiction.entity';
import { LeaderQuotaEntity } from './leader-quota.entity';
import { IndustryChainEntity } from './industry-chain.entity';
import { ChainLinkEntity } from './chain-link.entity';
import { IndustryEntity } from './industry.entity';
import { ParkEntity } from './park.entity';
import { PlotEntity } from './plot.entity';
import { BuildingEntity } from './building.entity';
import { UnitEntity } from './unit.entity';
import { EnterpriseEntity } from './enterprise.entity';
import { EnterpriseYearEntity } from './enterprise-year.entity';
import { ProjectEntity } from './project.entity';
import { IncentivePackageEntity } from './incentive-package.entity';
import { ScenarioEntity } from './scenario.entity';
import { ScenarioAllocationEntity } from './scenario-allocation.entity';
import { UserEntity } from './user.entity';
import { SessionEntity } from './session.entity';
import { AuditEventEntity } from './audit-event.entity';
import { AgreementEntity } from './agreement.entity';
import { LeaseEntity } from './lease.entity';
import { EfficiencyReviewEntity } from './efficiency-review.entity';
import { PolicyTiersEntity } from './policy-tiers.entity';
import { LoginAttemptEntity } from './login-attempt.entity';
import { SolveJobEntity } from './solve-job.entity';

export {
  JurisdictionEntity,
  LeaderQuotaEntity,
  IndustryChainEntity,
  ChainLinkEntity,
  IndustryEntity,
  ParkEntity,
  PlotEntity,
  BuildingEntity,
  UnitEntity,
  EnterpriseEntity,
  EnterpriseYearEntity,
  ProjectEntity,
  IncentivePackageEntity,
  ScenarioEntity,
  ScenarioAllocationEntity,
  UserEntity,
  SessionEntity,
  AuditEventEntity,
  AgreementEntity,
  LeaseEntity,
  EfficiencyReviewEntity,
  PolicyTiersEntity,
  LoginAttemptEntity,
  SolveJobEntity,
};

export const entities = [
  JurisdictionEntity,
  LeaderQuotaEntity,
  IndustryChainEntity,
  ChainLinkEntity,
  IndustryEntity,
  ParkEntity,
  PlotEntity,
  BuildingEntity,
  UnitEntity,
  EnterpriseEntity,
  EnterpriseYearEntity,
  ProjectEntity,
  IncentivePackageEntity,
  ScenarioEntity,
  ScenarioAllocationEntity,
  UserEntity,
  SessionEntity,
  AuditEventEntity,
  AgreementEntity,
  LeaseEntity,
  EfficiencyReviewEntity,
  PolicyTiersEntity,
  LoginAttemptEntity,
  SolveJobEntity,
];
