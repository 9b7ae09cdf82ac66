import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
  type ChartDataset,
  type ChartOptions,
} from 'chart.js';
import type { BarChartSpec, SeriesFill } from './chartSpec';

// Only what bar charts need, so the bundler leaves the rest of Chart.js out.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

interface Palette {
  text: string;
  accent: string;
  background: string;
  grid: string;
  fontFamily: string;
  fontSize: number;
}

/**
 * The page's colours and type, read when drawing: the high-contrast theme and the text-size
 * setting change the CSS custom properties, and a canvas would not follow them by itself.
 */
function readPalette(canvas: HTMLCanvasElement): Palette {
  const own = getComputedStyle(canvas);
  const custom = (name: string, fallback: string) => own.getPropertyValue(name).trim() || fallback;
  return {
    text: custom('--text', '#161616'),
    accent: custom('--accent', '#00407a'),
    background: custom('--background', '#ffffff'),
    grid: custom('--text-muted', '#3d3d3d'),
    fontFamily: own.fontFamily,
    fontSize: parseFloat(getComputedStyle(document.documentElement).fontSize) || 16,
  };
}

/**
 * Black on white for paper. Printing starts in screen colours (the high-contrast theme's yellow on
 * black would print as yellow and white on white paper), so charts switch just before printing.
 */
function paperPalette(screen: Palette): Palette {
  return { ...screen, text: '#000000', accent: '#000000', background: '#ffffff', grid: '#595959' };
}

/** Diagonal stripes in the accent colour, drawn on a small tile the canvas repeats. */
function stripes(palette: Palette): CanvasPattern | string {
  const size = 12;
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const context = tile.getContext('2d');
  if (!context) return palette.accent;
  context.fillStyle = palette.background;
  context.fillRect(0, 0, size, size);
  context.strokeStyle = palette.accent;
  context.lineWidth = 3;
  context.beginPath();
  // The middle diagonal plus the two corner pieces, so stripes run on across tile edges.
  context.moveTo(0, size);
  context.lineTo(size, 0);
  context.moveTo(-size / 2, size / 2);
  context.lineTo(size / 2, -size / 2);
  context.moveTo(size / 2, size * 1.5);
  context.lineTo(size * 1.5, size / 2);
  context.stroke();
  return context.createPattern(tile, 'repeat') ?? palette.accent;
}

function fillFor(fill: SeriesFill, palette: Palette): Partial<ChartDataset<'bar', number[]>> {
  const edge = { borderColor: palette.accent, borderWidth: 2 };
  if (fill === 'solid') return { ...edge, backgroundColor: palette.accent };
  if (fill === 'hatched') return { ...edge, backgroundColor: stripes(palette) };
  return { ...edge, borderWidth: 3, backgroundColor: palette.background };
}

function optionsFor(spec: BarChartSpec, palette: Palette): ChartOptions<'bar'> {
  const font = { family: palette.fontFamily, size: palette.fontSize };
  const ticks = { color: palette.text, font };
  const valueAxis = {
    type: 'linear' as const,
    beginAtZero: true,
    stacked: spec.stacked,
    // Counts are whole numbers: no 0.5 sessions on the axis.
    ticks: { ...ticks, precision: 0 },
    grid: { color: palette.grid, lineWidth: 0.5 },
    border: { color: palette.text },
  };
  const categoryAxis = {
    type: 'category' as const,
    stacked: spec.stacked,
    ticks,
    grid: { display: false },
    border: { color: palette.text },
  };
  return {
    indexAxis: spec.horizontal ? 'y' : 'x',
    locale: spec.locale,
    // Staff read and print these: no movement, and the chart is complete the moment it appears.
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    // At least twice the screen's resolution, so a printed chart is not blurred.
    devicePixelRatio: Math.max(window.devicePixelRatio, 2),
    scales: spec.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
    plugins: {
      legend: {
        display: spec.series.length > 1,
        position: 'bottom',
        labels: { color: palette.text, font, boxWidth: font.size * 2, boxHeight: font.size },
        // Clicking a legend entry would hide a series with no word to screen readers; the table is the way to detail.
        onClick: () => undefined,
      },
      tooltip: { titleFont: font, bodyFont: font },
    },
  };
}

/**
 * Draws a bar chart on the canvas, and redraws it in black and white while the page prints.
 * The caller destroys it when the chart leaves the page.
 */
export function drawBarChart(canvas: HTMLCanvasElement, spec: BarChartSpec): { destroy(): void } {
  const screen = readPalette(canvas);
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.series.map((series) => ({
        label: series.label,
        data: series.values,
        ...fillFor(series.fill, screen),
      })),
    },
    options: optionsFor(spec, screen),
  });
  // beforeprint runs before the browser lays out the printed page, and update('none') draws at
  // once, so the printed copy already has the paper colours.
  const repaint = (palette: Palette) => () => {
    chart.data.datasets.forEach((dataset, index) => {
      const series = spec.series[index];
      if (series) Object.assign(dataset, fillFor(series.fill, palette));
    });
    chart.options = optionsFor(spec, palette);
    chart.update('none');
  };
  const toPaper = repaint(paperPalette(screen));
  const toScreen = repaint(screen);
  window.addEventListener('beforeprint', toPaper);
  window.addEventListener('afterprint', toScreen);
  return {
    destroy() {
      window.removeEventListener('beforeprint', toPaper);
      window.removeEventListener('afterprint', toScreen);
      chart.destroy();
    },
  };
}
