import type { Id } from './common';

/** What the investor promised for one calendar year of the agreement (投资协议 履约指标). */
export interface YearCommitment {
  year: number;
  /** Cumulative fixed-asset investment in place by the end of the year. */
  investmentWan: number;
  outputWan: number;
  taxWan: number;
  jobs: number;
}

/** 土地出让: the grant the project's plot was given, with its start-construction deadline. */
export interface LandGrant {
  plotId: Id;
  startDate: string;
  /** 出让年限: at most 50 years for industrial land (国务院令第55号 第十二条). */
  termYears: number;
  /** 约定开工日期 in the grant contract. */
  startConstructionBy: string;
  /** Date construction actually started, null while not started. */
  constructionStartedOn: string | null;
  completedOn: string | null;
}

/** 投资协议: a signed project, the package it was signed with, its commitments by year. */
export interface Agreement {
  id: Id;
  projectId: Id;
  /** The enterprise whose yearly filings are compared with the commitments. */
  enterpriseId: Id | null;
  packageId: Id | null;
  jurisdictionId: Id;
  signedOn: string;
  constructionStartBy: string;
  completionBy: string;
  commitments: YearCommitment[];
  landGrant: LandGrant | null;
  version: number;
}

export const COMMITMENT_STATUSES = ['on_track', 'behind', 'breached', 'not_due'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** One commitment year against what the enterprise filed. Figures are null for viewers. */
export interface YearStatus {
  year: number;
  status: CommitmentStatus;
  deliveredShare: number | null;
  filed: { investmentWan: number | null; outputWan: number; taxWan: number; jobs: number } | null;
}

export interface AgreementView extends Agreement {
  projectName: string;
  enterpriseName: string | null;
  packageName: string | null;
  yearly: YearStatus[];
  /** Overall: the worst status of the years already due. */
  status: CommitmentStatus;
  /** Latest delivered share of the commitments due so far (0..1), null before anything is due. */
  deliveredShare: number | null;
  /** Clawback the package's own terms give for that share (shared/incentives underDelivery); null when hidden. */
  clawbackDueWan: number | null;
}

/** A standard-factory unit's lease (标准厂房租赁). */
export interface Lease {
  id: Id;
  unitId: Id;
  enterpriseId: Id | null;
  startDate: string;
  endDate: string;
  rentYuanPerM2Month: number | null;
}

export interface LeaseView extends Lease {
  unitCode: string;
  buildingId: Id;
  parkId: Id;
  parkName: string;
  jurisdictionId: Id;
  enterpriseName: string | null;
  areaM2: number;
  monthsLeft: number;
}
