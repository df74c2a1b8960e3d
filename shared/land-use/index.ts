export {
  EMPTY_INDICATORS,
  INDICATOR_KEYS,
  checkIndicators,
  checkPlotIndicators,
  indicatorLimits,
  type IndicatorContext,
  type IndicatorFinding,
  type IndicatorKey,
  type IndicatorLimits,
  type PlotLandUse,
} from './indicators';
