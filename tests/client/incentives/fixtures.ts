import { financeSettings, packageTemplates } from '@shared/incentives';

/** A land project of the demo city's size, and a park with known rules: shared by the client-logic tests. */
export const project = {
  id: 7,
  investmentWan: 60_000,
  landNeedMu: 120,
  floorNeedM2: null,
  taxWan: 3_000,
  vatShare: 0.6,
  jobs: 600,
  rampUpYears: 2,
};
export const park = {
  landGrade: 11,
  listedLandPriceWanPerMu: 18,
  minFar: 1.0,
  minInvestmentIntensityWanPerMu: 300,
  minTaxPerMuWan: 15,
};
export const settings = financeSettings({ retainedShareVat: 0.6, retainedShareCit: 0.6 });
export const drafts = packageTemplates(project, park);
export const savedPackage = (id: number, i = 0) => ({
  ...drafts[i],
  id,
  version: 3,
  projectId: project.id,
  isTemplate: false,
});
