export {
  quotaBoard,
  type QuotaBoard,
  type QuotaProject,
  type QuotaItem,
  type QuotaRowProgress,
  type JurisdictionProgress,
} from './quota';
export {
  pipelineFunnel,
  type Funnel,
  type FunnelCounty,
  type FunnelPark,
  type FunnelProject,
  type StageCell,
} from './funnel';
export { suppressFunnel, suppressCells, MIN_CELL_PROJECTS } from './suppress';
export { dominantChainsByJurisdiction, chainOf } from './dominant';
export { landFits, plotFitsNeed, PLOT_FIT } from './fit';
export type { PreDealGrade, Candidate, PlotProspect } from './pre-deal';
export { projectExportRows, type ExportLookups } from './export-rows';
