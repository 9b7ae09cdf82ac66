/*
 * What a chart shows, in plain data. The React side builds these without loading Chart.js; only
 * chartSetup.ts (imported lazily) turns them into a drawn chart.
 */

/** How a series' bars are filled. Series differ by pattern as well as colour, so colour is never the only clue. */
export type SeriesFill = 'solid' | 'hatched' | 'outline';

export interface BarSeries {
  label: string;
  values: number[];
  fill: SeriesFill;
}

export interface BarChartSpec {
  /** The staff language, for the numbers on the axis. */
  locale: string;
  labels: string[];
  series: BarSeries[];
  /** Bars lying down, one row per category: room for long names such as task titles. */
  horizontal: boolean;
  stacked: boolean;
}
