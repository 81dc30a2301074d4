export { IndicatorTrend, type IIndicatorTrendProps, type IndicatorTrendLabels } from './IndicatorTrend';
