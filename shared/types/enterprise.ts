import type { Id, Wan } from './common';

/** One year of an enterprise's figures, the input of the 亩均 evaluation. */
export interface EnterpriseYear {
  year: number;
  taxWan: Wan;
  valueAddedWan: Wan;
  revenueWan: Wan;
  /** Energy use in tonnes of standard coal equivalent (tce). */
  energyTce: number;
  /** Main pollutant emissions, equivalent tonnes. */
  emissionsT: number;
  rdSpendWan: Wan;
  employees: number;
  /** Electricity used, kWh, where filed; tax per kWh uses it (rule efficiency.electricity). */
  electricityKwh?: number | null;
}

export interface Enterprise {
  id: Id;
  name: string;
  nameEn: string;
  industryId: Id;
  chainLinkId: Id | null;
  jurisdictionId: Id;
  /** Small firms are scored on tax per mu and tax per kWh only. */
  isSmall: boolean;
  figures: EnterpriseYear[];
  version: number;
}
