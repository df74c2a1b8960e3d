import type { LegalBasisKind } from '../rules';
import type { Mu, SqM, Wan } from '../types/common';

/** 土地: land sold to the investor, possibly below the listed price. */
export interface LandComponent {
  areaMu: Mu;
  /** Price actually charged (万元/亩). */
  priceWanPerMu: Wan;
  /** The government's cost to prepare the land (征地, 七通一平), 万元/亩. */
  preparationCostWanPerMu: Wan;
  /**
   * The park's listed price (挂牌价) when the package was made, 万元/亩: the investor's saving and
   * the incentive are measured against it. Absent → no discount is counted (price = listed).
   */
  listedPriceWanPerMu?: Wan;
  /** Priority, land-intensive industrial project: may go down to 70% of the floor (rule land.floor.priority70). */
  priorityProject: boolean;
  /**
   * The basis of the priority (the provincial document that lists the industry, title and number):
   * required for the 70% floor, so a priority is never assumed (rule land.floor.priority70).
   */
  priorityBasis?: string | null;
}

/** 政府入股: a government equity stake with buy-back. */
export interface EquityComponent {
  amountWan: Wan;
  /** Stake as a share of the enterprise's equity, 0..1. */
  share: number;
  exitYear: number;
  /** Buy-back price = principal × (1 + rate)^years; benchmark rate per year. */
  buybackRate: number;
  /** Yearly dividend as a share of the stake's amount. */
  dividendRate: number;
  /** The government would be the largest shareholder. */
  largestShareholder: boolean;
  /** The terms guarantee a return to other investors (rule fund.noGuaranteedReturn). */
  guaranteedReturn: boolean;
  /** Financed through a new fund set up for investment attraction (rule fund.noNewAttractionFund). */
  newAttractionFund: boolean;
}

/** 厂房租赁: a lease in a standard factory, optionally lease-then-transfer (先租后让). */
export interface LeaseComponent {
  areaM2: SqM;
  /** Market rent the government would otherwise charge, 元/m²/月. */
  marketRentYuanPerM2Month: number;
  /** Rent charged outside the free and half-rent months, 元/m²/月. */
  rentYuanPerM2Month: number;
  freeMonths: number;
  halfRentMonths: number;
  leaseYears: number;
  /** Year the investor buys the building (先租后让), or null. */
  transferYear: number | null;
  transferPriceWan: Wan;
  /** What the building cost the government to build, for the transfer's book loss. */
  buildingCostWan: Wan;
}

/** 代建: the government builds to suit, the investor buys it back over time. */
export interface BuildToSuitComponent {
  costWan: Wan;
  /** Year in which buy-back instalments start. */
  buybackStartYear: number;
  buybackYears: number;
  /** Total buy-back price paid by the investor across the instalments. */
  buybackTotalWan: Wan;
}

export interface EquipmentSubsidyComponent {
  amountWan: Wan;
  year: number;
}

/** 地方留成税收返还: refund of a share of local retained taxes. Needs a legal basis (公平竞争审查条例). */
export interface TaxRefundComponent {
  share: number;
  years: number;
  legalBasis: string | null;
  /** Kind of basis (rule fcr.taxConcession); anything but these three leaves the refund an error. */
  legalBasisKind?: LegalBasisKind | null;
}

/** Performance commitments (对赌): what the investor promises, and the clawback if missed. */
export interface Commitments {
  investmentWan: Wan;
  taxPerYearWan: Wan;
  jobs: number;
  byYear: number;
  /** Pro-rata recovery of incentives when the delivered share falls short. */
  clawbackProRata: boolean;
  /** Year by which the clawback is enforced. */
  clawbackYear: number;
}

export interface IncentiveComponents {
  land?: LandComponent;
  equity?: EquityComponent;
  lease?: LeaseComponent;
  buildToSuit?: BuildToSuitComponent;
  equipmentSubsidy?: EquipmentSubsidyComponent;
  taxRefund?: TaxRefundComponent;
  commitments?: Commitments;
}
