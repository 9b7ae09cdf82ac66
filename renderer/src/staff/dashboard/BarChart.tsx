import { useEffect, useRef } from 'react';
import type { BarChartSpec } from './chartSpec';
import { useThemeSnapshot } from './useThemeSnapshot';

/** A height class by how many rows a lying-down chart has; CSP allows no style attribute to size it. */
function heightClass(spec: BarChartSpec): string {
  if (!spec.horizontal) return 'dashboard-chart--columns';
  if (spec.labels.length <= 3) return 'dashboard-chart--few-rows';
  if (spec.labels.length <= 7) return 'dashboard-chart--some-rows';
  return 'dashboard-chart--many-rows';
}

/**
 * A Chart.js bar chart. Chart.js is fetched on first use, so it is never part of the citizen's
 * start-up code. The canvas is one image to assistive technology, described by `summary`; the
 * table beside it carries every number. The chart is drawn again only when the numbers, words
 * or theme change, not on every render of the screen around it.
 */
export function BarChart({ spec, summary }: { spec: BarChartSpec; summary: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const theme = useThemeSnapshot();
  // Compared as text: callers build a fresh spec on each render, with the same content.
  const specText = JSON.stringify(spec);

  useEffect(() => {
    let chart: { destroy(): void } | null = null;
    let mounted = true;
    import('./chartSetup')
      .then(({ drawBarChart }) => {
        if (mounted && canvas.current) chart = drawBarChart(canvas.current, JSON.parse(specText) as BarChartSpec);
      })
      // If the chart code cannot load, the canvas stays empty; the table still has every number.
      .catch(() => undefined);
    return () => {
      mounted = false;
      chart?.destroy();
    };
  }, [specText, theme]);

  return (
    <div className={`dashboard-chart ${heightClass(spec)}`}>
      {/* The rule counts every canvas as interactive; this one only draws (legend clicks are off),
          and role="img" with a label is how Chart.js advises making a chart accessible. */}
      {/* eslint-disable-next-line jsx-a11y/no-interactive-element-to-noninteractive-role */}
      <canvas ref={canvas} role="img" aria-label={summary} />
    </div>
  );
}
