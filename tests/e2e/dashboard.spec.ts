import fs from 'node:fs';
import { expect, expectNoAxeViolations, openKiosk, test, type RunningKiosk } from './kioskTest';
import { logInAsStaff, staffWords } from './staffSteps';

const da = staffWords('da');
const words = staffWords('da', 'dashboard.json');

/** Local noon, some days ago: well inside "the last 30 days" whatever the time of the test. */
function noonDaysAgo(days: number): number {
  const d = new Date();
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - days, 12).getTime();
}

/**
 * Records a known past through the real services, on the services' clock: four sessions in the
 * last 30 days (two helped by staff) and one from two months ago that must not count.
 */
function recordKnownPast(kiosk: RunningKiosk) {
  const { citizenSessions: sessions, flowRuns, helpRequests, assisted } = kiosk.services;
  const settings = { textSize: 100, highContrast: false, reducedMotion: false, speech: false } as const;
  const run = (session: number, flow: 'mitid' | 'change-address', outcome: 'completed' | 'abandoned') =>
    flowRuns.end(flowRuns.start(session, flow, 'da'), outcome);

  kiosk.setClock(noonDaysAgo(60));
  const old = sessions.start('da');
  run(old, 'mitid', 'completed');
  sessions.end(old, 'finished');

  kiosk.setClock(noonDaysAgo(5));
  const s4 = sessions.start('ar');
  sessions.useSettings(s4, { ...settings, textSize: 150 });
  helpRequests.request({ sessionId: s4 });
  kiosk.advanceClock(300_000);
  const helpedS4 = assisted.start(1, { sessionId: s4 }).assistedId;
  kiosk.advanceClock(1_200_000);
  assisted.finish(1, helpedS4, { topics: ['other', 'mitid'], language: 'ar', outcome: 'referred', effort: 3 });
  sessions.end(s4, 'finished');

  kiosk.setClock(noonDaysAgo(3));
  const s1 = sessions.start('da');
  run(s1, 'change-address', 'completed');
  sessions.end(s1, 'finished');
  const s2 = sessions.start('da');
  sessions.useLanguage(s2, 'ar');
  run(s2, 'change-address', 'abandoned');
  helpRequests.request({ sessionId: s2 });
  kiosk.advanceClock(120_000);
  const helpedS2 = assisted.start(1, { sessionId: s2 }).assistedId;
  kiosk.advanceClock(600_000);
  assisted.finish(1, helpedS2, { topics: ['change-address'], language: 'da', outcome: 'solved', effort: 2 });
  sessions.end(s2, 'idle');
  const s3 = sessions.start('uk');
  sessions.useSettings(s3, { ...settings, highContrast: true, speech: true });
  run(s3, 'mitid', 'completed');
  helpRequests.request({ sessionId: s3 });
  sessions.end(s3, 'finished');
  kiosk.setClock(Date.now());
}

test('the dashboard shows the figures of the rows recorded, as charts with tables, printable and exportable', async ({
  page,
  kiosk,
}) => {
  recordKnownPast(kiosk);
  await openKiosk(page, kiosk);
  await logInAsStaff(page);
  await page.getByRole('button', { name: da('home.statistics') }).click();
  const screen = page.locator('main[data-screen="staffDashboard"]');
  await expect(screen.locator('h1')).toHaveText(words('heading'));

  const figure = (key: string) => screen.locator('.dashboard-figure').filter({ hasText: words(`totals.${key}`) });
  // The four recorded, and the one open now: the staff member's touch on the kiosk began it.
  await expect(figure('sessions').locator('dd')).toHaveText('5');
  await expect(figure('selfService').locator('dd')).toHaveText('3');
  await expect(figure('assisted').locator('dd')).toHaveText('2');
  await expect(figure('flowRuns').locator('dd')).toHaveText('3');
  await expect(figure('helpRequests').locator('dd')).toHaveText('3');
  // Waits of 2 and 5 minutes; help of 10 and 20 minutes.
  await expect(figure('medianWait').locator('dd')).toHaveText('3 min. 30 sek.');
  await expect(figure('medianAssisted').locator('dd')).toHaveText('15 min.');

  const row = (section: string, name: string) =>
    screen
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: words(`${section}.heading`), exact: true }) })
      .getByRole('row', { name: new RegExp(`^${name}`) });
  await expect(row('languages', 'Dansk')).toContainText('3');
  await expect(row('languages', 'Arabisk')).toContainText('2');
  await expect(row('languages', 'Ukrainsk')).toContainText('1');
  await expect(row('outcomes', 'Løst')).toContainText('1');
  await expect(row('outcomes', 'Henvist videre')).toContainText('1');
  // Every chart has its table, and a name for those who cannot see it.
  const charts = screen.locator('canvas[role="img"]');
  expect(await charts.count()).toBeGreaterThanOrEqual(5);
  for (const chart of await charts.all()) await expect(chart).toHaveAttribute('aria-label', /.+/);
  expect(await screen.locator('table caption').count()).toBeGreaterThanOrEqual(await charts.count());
  await expectNoAxeViolations(page, 'statistics dashboard');

  // Print: recorded, then the browser's own print (stubbed here: there is no printer).
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await screen.getByRole('button', { name: words('actions.print') }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');

  await screen.getByRole('button', { name: words('actions.export') }).click();
  const saved = screen.getByRole('status').filter({ hasText: 'CSV' });
  await expect(saved).toContainText(kiosk.services.exportsDir);
  const file = fs.readdirSync(kiosk.services.exportsDir);
  expect(file).toHaveLength(1);
  const csv = fs.readFileSync(`${kiosk.services.exportsDir}/${file[0]}`, 'utf8');
  expect(csv).toMatch(/^totals,sessions,5$/m);
  expect(csv).toMatch(/^languages,ar,2$/m);

  const actions = kiosk.services.audit.entries().map((e) => e.action);
  expect(actions.slice(-3)).toEqual(['stats.opened', 'stats.printed', 'stats.exported']);
});
