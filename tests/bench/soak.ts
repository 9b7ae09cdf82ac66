import fs from 'node:fs';
import path from 'node:path';
import type { Browser, CDPSession, Page } from '@playwright/test';
import type { KioskServices } from '../../electron/services/kioskServices';
import { repoRoot } from '../helpers/kioskFixture';
import { seededRandom } from '../helpers/seededRandom';
import { heapParts, type HeapParts } from './heapParts';

/**
 * A day at the centre: one page, as on the terminal, through a thousand citizen sessions. Every
 * language meets every task: with ten languages and five tasks, sessions 1 to 50 hold each pair
 * once. What each citizen does besides is drawn from a seeded generator, so calls for help,
 * walking away and staff are spread over every language and task, and each run is the same day.
 * The page's memory is read after session 50, halfway and at the end, each time on the welcome
 * screen after a forced garbage collection, as a whole and in its two parts (heapParts.ts): the
 * code V8 compiles for the kiosk, and the objects the kiosk keeps.
 */

type Words = Record<string, unknown>;
const read = (...parts: string[]) =>
  JSON.parse(fs.readFileSync(path.join(repoRoot, 'locales', ...parts), 'utf8')) as Words;
const word = (words: Words, key: string) =>
  key.split('.').reduce<unknown>((at, part) => (at as Words)[part], words) as string;

const staffDa = read('staff', 'da', 'staff.json');
const DAY_SEED = 2026;
const TASKS = ['change-address', 'read-digital-post', 'mitid', 'health-insurance-card', 'state-pension'];

export interface SoakFigures {
  sessions: number;
  recorded: number;
  assisted: number;
  helpRequests: number;
  minutes: number;
  heapAt50: number;
  /** Halfway: by then V8 has compiled and optimised what the day uses, so growth after it is kept memory. */
  heapHalfway: number;
  heapAtEnd: number;
  partsAt50: HeapParts;
  partsHalfway: HeapParts;
  partsAtEnd: HeapParts;
  nodesAt50: number;
  nodesAtEnd: number;
  listenersAt50: number;
  listenersAtEnd: number;
}

async function memory(page: Page, cdp: CDPSession) {
  await page.locator('main[data-screen="welcome"]').waitFor();
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)!.value;
  return {
    heap: metric('JSHeapUsedSize'),
    nodes: metric('Nodes'),
    listeners: metric('JSEventListeners'),
    parts: await heapParts(cdp),
  };
}

const finish = (page: Page) => page.locator('button:has(.icon--finish)').click();

/** What one citizen does besides their language and task; the shares are a busy day's guesses. */
interface Visit {
  takesAStep: boolean;
  asksForHelp: boolean;
  staffAssist: boolean;
  walksAway: boolean;
}

function visitFrom(random: () => number): Visit {
  const asksForHelp = random() < 0.1;
  return {
    takesAStep: random() < 1 / 3,
    asksForHelp,
    // Staff get to half of the calls for help; the others sort themselves out.
    staffAssist: asksForHelp && random() < 0.5,
    walksAway: random() < 0.25,
  };
}

/** A citizen: a language, a task, a step or two, maybe a call for help; then Finish or walking away. */
async function citizen(page: Page, language: string, task: string, visit: Visit, admin: { name: string; pin: string }) {
  const kiosk = read(language, 'kiosk.json');
  await page.locator(`main[data-screen="welcome"] button[data-language="${language}"]`).click();
  await page.locator('main[data-screen="home"]').waitFor();
  await page.locator(`.tile[data-task="${task}"]`).click();
  await page.locator('main[data-screen="flow"] h1').waitFor();
  const next = page.locator('.flow__actions .button--primary');
  if (visit.takesAStep && (await next.isVisible())) await next.click();

  if (visit.asksForHelp) {
    await page.getByRole('button', { name: word(kiosk, 'topBar.help') }).click();
    await page
      .locator('.help-dialog')
      .getByRole('button', { name: word(kiosk, 'help.close') })
      .click();
  }
  if (visit.staffAssist) {
    // Staff finish the session for the citizen once it is recorded.
    await assist(page, admin);
  } else if (visit.walksAway) {
    // Walks away: the warning, then the reset, on the page's own (fast-forwarded) clock.
    await page.clock.fastForward('10:00');
  } else {
    await finish(page);
  }
  await page.locator('main[data-screen="welcome"]').waitFor();
}

/** Staff answer the call for help, then finish and record the assisted session. */
async function assist(page: Page, admin: { name: string; pin: string }) {
  await page.locator('.top-bar .button--staff').click();
  await page.locator('.staff-names').getByRole('button', { name: admin.name }).click();
  for (const digit of admin.pin)
    await page.locator('.pin-pad').getByRole('button', { name: digit, exact: true }).click();
  await page.locator('main .staff-form button[type="submit"]').click();
  await page
    .locator('.staff-help__request')
    .first()
    .getByRole('button', { name: word(staffDa, 'help.helpNow') })
    .click();
  await page.getByRole('button', { name: word(staffDa, 'bar.finishAssisted') }).click();
  const form = page.locator('main[data-screen="staffRecord"]');
  await form.locator('input[type="checkbox"]').first().check();
  await form.getByLabel(word(staffDa, 'outcomes.solved'), { exact: true }).check();
  await form.getByLabel(word(staffDa, 'effort.2')).check();
  await form.getByRole('button', { name: word(staffDa, 'record.save') }).click();
  await form.locator('h1').filter({ hasText: '.' }).waitFor();
  await finish(page);
}

export async function soak(
  browser: Browser,
  url: string,
  services: KioskServices,
  admin: { name: string; pin: string },
  sessions = Number(process.env.SOAK_SESSIONS ?? 1000),
): Promise<SoakFigures> {
  const started = performance.now();
  const count = (sql: string) => services.db.prepare(sql).pluck().get() as number;
  // The rest of the bench records sessions too; only the soak's own are counted.
  const firstId = count('SELECT coalesce(max(id), 0) FROM citizen_sessions') + 1;
  const context = await browser.newContext({ viewport: { width: 1280, height: 1024 } });
  const page = await context.newPage();
  await page.clock.install();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  const languages = services.config.languages.enabled;
  let at50 = { heap: 0, nodes: 0, listeners: 0, parts: { code: 0, objects: 0 } };
  let halfway = at50;
  const random = seededRandom(DAY_SEED);
  for (let n = 1; n <= sessions; n++) {
    const language = languages[n % languages.length]!;
    const task = TASKS[Math.floor(n / languages.length) % TASKS.length]!;
    await citizen(page, language, task, visitFrom(random), admin);
    if (n === Math.min(50, sessions)) at50 = await memory(page, cdp);
    if (n === Math.ceil(sessions / 2)) halfway = await memory(page, cdp);
    if (n % 100 === 0) console.log(`soak: ${n} sessions, ${((performance.now() - started) / 60_000).toFixed(1)} min`);
  }
  const end = await memory(page, cdp);
  await context.close();
  return {
    sessions,
    recorded: count(`SELECT count(*) FROM citizen_sessions WHERE ended_at IS NOT NULL AND id >= ${firstId}`),
    assisted: count('SELECT count(*) FROM assisted_sessions WHERE ended_at IS NOT NULL'),
    helpRequests: count('SELECT count(*) FROM help_requests'),
    minutes: (performance.now() - started) / 60_000,
    heapAt50: at50.heap,
    heapHalfway: halfway.heap,
    heapAtEnd: end.heap,
    partsAt50: at50.parts,
    partsHalfway: halfway.parts,
    partsAtEnd: end.parts,
    nodesAt50: at50.nodes,
    nodesAtEnd: end.nodes,
    listenersAt50: at50.listeners,
    listenersAtEnd: end.listeners,
  };
}
