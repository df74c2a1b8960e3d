import type {
  BuildingEntity,
  ChainLinkEntity,
  EnterpriseEntity,
  EnterpriseYearEntity,
  IncentivePackageEntity,
  IndustryEntity,
  JurisdictionEntity,
  LeaderQuotaEntity,
  ParkEntity,
  PlotEntity,
  ProjectEntity,
  UnitEntity,
  UserEntity,
} from '../db/entities';
import type { Building, Park, Plot, PlotStatus, Readiness, Unit, UnitStatus } from '../../shared/types/park';
import type { LandUse } from '../../shared/types/common';
import type { Enterprise, EnterpriseYear } from '../../shared/types/enterprise';
import type { HeadKind, Project, ProjectStage } from '../../shared/types/project';
import type { Jurisdiction, LeaderQuota, LeaderRole } from '../../shared/types/jurisdiction';
import type { ChainLink, Industry } from '../../shared/types/industry';
import type { IncentivePackage, PackageTemplateKind } from '../../shared/types/incentive-package';
import type { Role, User } from '../../shared/types/user';

// Entities never leave the repositories: these turn rows into the plain shared types.

export const toPark = (e: ParkEntity): Park => ({
  id: e.id,
  jurisdictionId: e.jurisdictionId,
  name: e.name,
  nameEn: e.nameEn,
  boundary: e.boundary,
  dominantChainIds: e.dominantChainIds,
  minDominantShare: e.minDominantShare,
  landGrade: e.landGrade,
  listedLandPriceWanPerMu: e.listedLandPriceWanPerMu,
  minInvestmentIntensityWanPerMu: e.minInvestmentIntensityWanPerMu,
  minTaxPerMuWan: e.minTaxPerMuWan,
  minFar: e.minFar,
  version: e.version,
});

export const toPlot = (e: PlotEntity): Plot => ({
  id: e.id,
  parkId: e.parkId,
  code: e.code,
  polygon: e.polygon,
  areaMu: e.areaMu,
  declaredAreaMu: e.declaredAreaMu,
  landUse: e.landUse as LandUse,
  status: e.status as PlotStatus,
  readiness: e.readiness as Readiness,
  enterpriseId: e.enterpriseId,
  projectId: e.projectId,
  indicators: e.indicators ?? null,
  version: e.version,
});

export const toBuilding = (e: BuildingEntity): Building => ({
  id: e.id,
  parkId: e.parkId,
  plotId: e.plotId,
  code: e.code,
  name: e.name,
  footprint: e.footprint,
  floors: e.floors,
  floorAreaM2: e.floorAreaM2,
  ceilingHeightM: e.ceilingHeightM,
  floorLoadKnPerM2: e.floorLoadKnPerM2,
  rentYuanPerM2Month: e.rentYuanPerM2Month,
  version: e.version,
});

export const toUnit = (e: UnitEntity): Unit => ({
  id: e.id,
  buildingId: e.buildingId,
  code: e.code,
  floor: e.floor,
  areaM2: e.areaM2,
  status: e.status as UnitStatus,
  enterpriseId: e.enterpriseId,
  projectId: e.projectId,
  version: e.version,
});

export const toEnterpriseYear = (e: EnterpriseYearEntity): EnterpriseYear => ({
  year: e.year,
  taxWan: e.taxWan,
  valueAddedWan: e.valueAddedWan,
  revenueWan: e.revenueWan,
  energyTce: e.energyTce,
  emissionsT: e.emissionsT,
  rdSpendWan: e.rdSpendWan,
  employees: e.employees,
  electricityKwh: e.electricityKwh ?? null,
});

export const toEnterprise = (e: EnterpriseEntity, years: EnterpriseYearEntity[]): Enterprise => ({
  id: e.id,
  name: e.name,
  nameEn: e.nameEn,
  industryId: e.industryId,
  chainLinkId: e.chainLinkId,
  jurisdictionId: e.jurisdictionId,
  isSmall: e.isSmall === 1,
  figures: years.map(toEnterpriseYear).sort((a, b) => a.year - b.year),
  version: e.version,
});

export const toProject = (e: ProjectEntity): Project => ({
  id: e.id,
  name: e.name,
  investor: e.investor,
  industryId: e.industryId,
  chainLinkId: e.chainLinkId,
  investmentWan: e.investmentWan,
  landNeedMu: e.landNeedMu,
  floorNeedM2: e.floorNeedM2,
  outputWan: e.outputWan,
  taxWan: e.taxWan,
  vatShare: e.vatShare,
  rampUpYears: e.rampUpYears,
  jobs: e.jobs,
  reservationValueWan: e.reservationValueWan,
  pollutionClass: e.pollutionClass as LandUse,
  head: e.head as HeadKind,
  stage: e.stage as ProjectStage,
  dropReason: e.dropReason,
  jurisdictionId: e.jurisdictionId,
  leaderRole: e.leaderRole as LeaderRole,
  notes: e.notes,
  version: e.version,
});

export const toQuota = (e: LeaderQuotaEntity): LeaderQuota => ({
  role: e.role as LeaderRole,
  leaderName: e.leaderName,
  year: e.year,
  count: e.count,
  minInvestmentWan: e.minInvestmentWan,
  dominantOnly: e.dominantOnly === 1,
});

export const toJurisdiction = (e: JurisdictionEntity, quotas: LeaderQuotaEntity[]): Jurisdiction => ({
  id: e.id,
  name: e.name,
  nameEn: e.nameEn,
  kind: e.kind,
  parentId: e.parentId,
  retainedShareVat: e.retainedShareVat,
  retainedShareCit: e.retainedShareCit,
  quotas: quotas.map(toQuota),
});

export const toIndustry = (e: IndustryEntity): Industry => ({
  id: e.id,
  code: e.code,
  name: e.name,
  nameEn: e.nameEn,
  pollutionClass: e.pollutionClass as LandUse,
  gbtGroup: e.gbtGroup,
  chainId: e.chainId,
});

export const toChainLink = (e: ChainLinkEntity): ChainLink => ({
  id: e.id,
  chainId: e.chainId,
  seq: e.seq,
  name: e.name,
  nameEn: e.nameEn,
});

export const toPackage = (e: IncentivePackageEntity): IncentivePackage => ({
  id: e.id,
  projectId: e.projectId,
  name: e.name,
  nameEn: e.nameEn,
  kind: e.kind as PackageTemplateKind,
  isTemplate: e.isTemplate === 1,
  components: e.components,
  version: e.version,
});

export const toUser = (e: UserEntity): User => ({
  id: e.id,
  username: e.username,
  displayName: e.displayName,
  role: e.role as Role,
  jurisdictionIds: e.jurisdictionIds,
});
