import fs from 'node:fs';
import path from 'node:path';
import { startKioskBridge } from '../../electron/bridge/kioskBridge';
import { setLogSink } from '../../electron/services/log';
import { createKioskServices } from '../../electron/services/kioskServices';
import { freshDataDir, repoRoot, resourcesDir } from '../helpers/kioskFixture';
import { bundleSizes } from './bundleSize';
import { measureDashboard, printDashboardFigures } from './dashboard';
import { measureExemptionWrite } from './exemptionWrite';
import { launchBrowser, measureReset, measureStartup, serveStaticWelcome, welcomeScreen } from './startupAndReset';
import { launchQuietChromium } from './quietChromium';
import { soak } from './soak';
import { measureStepTransitions } from './stepTransition';

/**
 * npm run bench: measures the figures the issues set targets for, prints them as a table, and
 * writes bench-results.json at the repository root. Run after `vite build` (the script does).
 */
interface Baseline {
  /** What the same machine does with the bare tool: a static page, a raw better-sqlite3 call. */
  what: string;
  value: number;
}

interface Result {
  id: string;
  value: number;
  unit: string;
  target: string;
  met: boolean;
  baseline?: Baseline & { ratio: number };
}

const round = (n: number) => Math.round(n * 100) / 100;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
const result = (
  id: string,
  value: number,
  unit: string,
  op: '<' | '<=',
  limit: number,
  baseline?: Baseline,
): Result => ({
  id,
  value: round(value),
  unit,
  target: `${op} ${limit}`,
  met: op === '<' ? value < limit : value <= limit,
  ...(baseline && {
    baseline: { what: baseline.what, value: round(baseline.value), ratio: round(value / baseline.value) },
  }),
});

const BENCH_ADMIN = { name: 'Bench Admin', pin: '135790' };

async function main() {
  setLogSink(() => {});
  // First, while nothing else runs: it is all CPU and disk, and the browser would compete.
  const dashboard = measureDashboard();
  printDashboardFigures(dashboard);
  const rendererDir = path.join(repoRoot, 'dist', 'renderer');
  const services = createKioskServices({ dataDir: freshDataDir('kiosk-bench-'), resourcesDir, env: {} });
  // A kiosk in use has its staff; without them the first screen would be the setup screen.
  services.staff.createFirstAdmin(BENCH_ADMIN.name, BENCH_ADMIN.pin);
  const bridge = await startKioskBridge(services, { rendererDir });
  const browser = await launchBrowser();
  const runs = Number(process.env.BENCH_RUNS ?? 15);
  try {
    // Page loads are timed in a Chromium of their own that runs nothing in the page (quietChromium.ts).
    const quiet = await launchQuietChromium();
    const staticWelcome = await serveStaticWelcome(rendererDir, await welcomeScreen(browser, bridge.url));
    const staticPages = { text: staticWelcome.textUrl, markup: staticWelcome.markupUrl };
    await measureStartup(quiet, bridge.url, staticPages, 2); // warm up the servers and the browser
    const start = await measureStartup(quiet, bridge.url, staticPages, runs);
    const { kiosk: startup, staticText: staticPage } = start;
    await staticWelcome.close();
    await quiet.close();
    const reset = await measureReset(browser, bridge.url, runs);
    const sizes = bundleSizes(rendererDir);
    const stepTransition = await measureStepTransitions(browser, bridge.url, 'change-address', runs * 6);

    // Last, and longest: a day at the centre.
    // SOAK_JS_FLAGS runs the soak in a browser of its own with those V8 flags: with V8's compiling
    // tiers off (--no-opt --no-maglev --no-sparkplug) the heap holds only what the kiosk keeps,
    // which tells a leak from compiled code. The figures are then that run's, not the target's.
    const soakFlags = process.env.SOAK_JS_FLAGS;
    const soakBrowser = soakFlags ? await launchBrowser(soakFlags) : browser;
    const day = await soak(soakBrowser, bridge.url, services, BENCH_ADMIN);
    if (soakFlags) {
      await soakBrowser.close();
      console.log(`soak run with --js-flags=${soakFlags}`);
    }
    console.log(
      `soak: ${day.sessions} sessions in ${day.minutes.toFixed(1)} min (${day.assisted} assisted, ${day.helpRequests} help requests); ` +
        `heap ${mb(day.heapAt50)} after 50, ${mb(day.heapHalfway)} halfway, ${mb(day.heapAtEnd)} at the end; ` +
        `of it, compiled code ${mb(day.partsAt50.code)}, ${mb(day.partsHalfway.code)}, ${mb(day.partsAtEnd.code)} ` +
        `and objects ${mb(day.partsAt50.objects)}, ${mb(day.partsHalfway.objects)}, ${mb(day.partsAtEnd.objects)}; ` +
        `DOM nodes ${day.nodesAt50} -> ${day.nodesAtEnd}; listeners ${day.listenersAt50} -> ${day.listenersAtEnd}`,
    );
    const staticBaseline = {
      what: 'static HTML page, same text and style sheet, loaded and painted',
      value: staticPage,
    };
    const exemption = measureExemptionWrite();
    const results = [
      result('startup_ms', startup, 'ms', '<', 400, staticBaseline),
      result('startup_ratio_vs_static', startup / staticPage, 'ratio', '<=', 2),
      result('reset_ms', reset.shown, 'ms', '<', 200),
      result('initial_js_kb_gz', sizes.initialJsKbGz, 'KB', '<=', 150),
      result('locale_kb_gz_max', sizes.localeKbGzMax, 'KB', '<=', 20),
      result('step_transition_p95_ms', stepTransition, 'ms', '<', 50),
      result('dashboard_year_ms', dashboard.dashboardYearMedianMs, 'ms', '<', 300, {
        what: "raw count(*) of the same year's sessions",
        value: dashboard.rawYearCountMedianMs,
      }),
      // Recording a citizen session (start and end) on the ten-year database, indexes and all.
      result('session_write_median_ms', dashboard.sessionWriteMedianMs, 'ms', '<', 1, {
        what: 'raw better-sqlite3 insert of one row, same file',
        value: dashboard.rawInsertMedianMs,
      }),
      // A complete exemption request, sealed and written with full durability.
      result('exemption_write_median_ms', exemption.medianMs, 'ms', '<', 5, {
        what: 'raw better-sqlite3 insert of the same size, synchronous=FULL',
        value: exemption.rawInsertMedianMs,
      }),
      // The soak: JS heap, DOM nodes and listeners at the end against after session 50, and every
      // session in the database.
      result('heap_growth_ratio', day.heapAtEnd / day.heapAt50, 'ratio', '<=', 1.1),
      // The same over the second half of the day, once V8 has compiled what the kiosk uses.
      result('heap_growth_ratio_second_half', day.heapAtEnd / day.heapHalfway, 'ratio', '<=', 1.1),
      // The objects the kiosk keeps, without the code V8 compiles for it (heapParts.ts): a leak
      // shows here, where the growth of compiled code as more of the kiosk gets hot does not.
      result('heap_objects_growth_ratio', day.partsAtEnd.objects / day.partsAt50.objects, 'ratio', '<=', 1.1),
      result('dom_node_growth', day.nodesAtEnd - day.nodesAt50, 'nodes', '<=', 0),
      result('event_listener_growth', day.listenersAtEnd - day.listenersAt50, 'listeners', '<=', 0),
      // One recorded session per citizen, no more and no fewer.
      result('soak_sessions_unrecorded', Math.abs(day.sessions - day.recorded), 'sessions', '<=', 0),
    ];
    console.log(
      `start-up, medians of ${runs} (ms): the kiosk's welcome screen committed with its handlers ${round(start.kioskHandlers)}, ` +
        `on show ${round(startup)}; static pages loaded and on show: the same text ${round(staticPage)}, ` +
        `the welcome screen's own markup without its scripts ${round(start.staticMarkup)} ` +
        `(the kiosk takes x${round(startup / start.staticMarkup)} of what its screen alone costs the browser); ` +
        `reset, medians of ${runs}: the welcome screen committed with its handlers ${round(reset.handlers)}, on show ${round(reset.shown)}`,
    );
    console.table(
      results.map((r) => ({
        id: r.id,
        value: r.value,
        unit: r.unit,
        target: r.target,
        met: r.met,
        baseline: r.baseline ? `${r.baseline.value} ${r.unit}: ${r.baseline.what}` : '',
        'x baseline': r.baseline?.ratio ?? '',
      })),
    );
    // A diagnostic soak's heap figures are not the kiosk's as it runs; they go to the console only.
    if (soakFlags) return;
    fs.writeFileSync(
      path.join(repoRoot, 'bench-results.json'),
      JSON.stringify(
        results.map(({ id, value, unit, target, baseline }) => ({
          id,
          value,
          unit,
          target,
          ...(baseline && { baseline }),
        })),
        null,
        2,
      ) + '\n',
    );
  } finally {
    await browser.close();
    await bridge.close();
    services.close();
  }
}

void main();
