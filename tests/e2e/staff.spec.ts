import { expect, expectNoAxeViolations, openKiosk, startIn, test, TEST_ADMIN } from './kioskTest';
import { chooseLargeTextAndHighContrast, logInAsStaff, staffWords, typePin } from './staffSteps';

const da = staffWords('da');
const en = staffWords('en');
const auditActions = (kiosk: { services: { audit: { entries(): { action: string }[] } } }) =>
  kiosk.services.audit.entries().map((e) => e.action);

test.describe('first start', () => {
  test.use({ staffSetUp: false });

  test('with no staff, the setup screen makes the first administrator; no default PIN', async ({ page, kiosk }) => {
    await page.goto(kiosk.url);
    const main = page.locator('main[data-screen="setup"]');
    await expect(main.locator('h1')).toHaveText(da('setup.heading'));
    await expect(main.locator('.staff-area')).toHaveAttribute('lang', 'da');
    await expectNoAxeViolations(page, 'setup (da)');

    await page.getByRole('button', { name: 'English' }).click();
    await expect(main.locator('h1')).toHaveText(en('setup.heading'));
    await page.getByLabel(en('setup.name')).fill('Birgit Holm');
    await expect(page.locator('.osk')).toBeVisible();
    await typePin(page, '135790', main.locator('.pin-field').nth(0));
    await typePin(page, '135791', main.locator('.pin-field').nth(1));
    await page.getByRole('button', { name: en('setup.create') }).click();
    await expect(page.getByRole('alert')).toHaveText(en('errors.pinsDiffer'));
    expect(kiosk.services.staff.list()).toEqual([]);

    await typePin(page, '135790', main.locator('.pin-field').nth(1));
    await page.getByRole('button', { name: en('setup.create') }).click();
    await expect(page.locator('main[data-screen="staffHome"] h1')).toHaveText(en('home.heading'));
    expect(kiosk.services.staff.list()).toEqual([{ id: 1, name: 'Birgit Holm', role: 'admin', disabled: false }]);
    expect(auditActions(kiosk)).toEqual(['staff.firstAdmin']);

    // Leaving staff mode opens the kiosk to citizens; the setup screen does not come back.
    await page.getByRole('button', { name: en('bar.leave') }).click();
    await expect(page.locator('main[data-screen="welcome"]')).toBeVisible();
    await page.reload();
    await expect(page.locator('main[data-screen="welcome"] h1')).toBeVisible();
  });
});

test.describe('staff login', () => {
  test('five wrong PINs lock the account; the lock expires after five minutes', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    await startIn(page, 'ar');
    await page.locator('.top-bar .button--staff').click();
    const login = page.locator('main[data-screen="staffLogin"]');
    // Staff screens speak Danish inside the Arabic citizen's page.
    await expect(login.locator('.staff-area')).toHaveAttribute('lang', 'da');
    await expect(login.locator('h1')).toHaveText(da('login.heading'));
    await expectNoAxeViolations(page, 'staff login (da in ar)');
    await login.getByRole('button', { name: TEST_ADMIN.name }).click();

    const submit = login.locator('.staff-form button[type="submit"]');
    for (let attempt = 1; attempt <= 4; attempt++) {
      await typePin(page, '111111');
      await submit.click();
      await expect(page.getByRole('alert')).toHaveText('Forkert PIN-kode. Prøv igen.');
    }
    await typePin(page, '111111');
    await submit.click();
    await expect(page.getByRole('alert')).toHaveText('For mange forkerte PIN-koder. Prøv igen om 5 min.');

    // The right PIN does not open a locked account, and the lock is in the database. The alert
    // already says so from the last attempt, so wait for the services to have refused this one:
    // a refusal still on its way when the clock moves on would arrive after the lock expired.
    await typePin(page, TEST_ADMIN.pin);
    await submit.click();
    await expect.poll(() => auditActions(kiosk)).toContain('staff.loginWhileLocked');
    await expect(page.getByRole('alert')).toContainText('For mange forkerte PIN-koder.');
    expect(kiosk.services.db.prepare('SELECT locked_until IS NOT NULL AS locked FROM staff').get()).toEqual({
      locked: 1,
    });

    kiosk.advanceClock(5 * 60_000 + 1_000);
    await typePin(page, TEST_ADMIN.pin);
    await submit.click();
    await expect(page.locator('main[data-screen="staffHome"] h1')).toHaveText(da('home.heading'));
    expect(auditActions(kiosk)).toEqual([
      'staff.firstAdmin',
      ...Array<string>(4).fill('staff.loginFailed'),
      'staff.lockedOut',
      'staff.loginWhileLocked',
      'staff.login',
    ]);
    expect(kiosk.services.audit.verify().ok).toBe(true);
  });

  test.describe('staff idle', () => {
    test.use({ kioskConfig: { staff: { idleMinutes: 3 } } });

    test('staff mode outlasts the citizen idle time, then ends and resets the kiosk', async ({ page, kiosk }) => {
      await page.clock.install();
      await openKiosk(page, kiosk);
      await logInAsStaff(page);
      await page.clock.fastForward('02:15');
      await expect(page.locator('main[data-screen="staffHome"]')).toBeVisible();
      await page.clock.fastForward('01:00');
      await expect(page.locator('main[data-screen="welcome"]')).toBeVisible();
      await expect(page.locator('.staff-bar')).toHaveCount(0);
      await expect.poll(() => auditActions(kiosk).at(-1)).toBe('staff.logout');
      expect(kiosk.services.audit.entries().at(-1)!.details).toEqual({ reason: 'reset' });
    });
  });
});

test.describe('assisted sessions', () => {
  // Minutes pass in this test; the terminal must not reset itself meanwhile.
  test.use({ kioskConfig: { idle: { timeoutSeconds: 900, warningSeconds: 30 } } });

  test('a call for help is answered by an assisted session, timed and recorded', async ({ page, kiosk }) => {
    await page.clock.install();
    await openKiosk(page, kiosk);
    await startIn(page, 'en');
    await page.locator('.tile[data-task="change-address"]').click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Get help from staff' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();

    // Three minutes later a member of staff comes to the terminal.
    await page.clock.fastForward('03:00');
    kiosk.advanceClock(3 * 60_000);
    await logInAsStaff(page);
    const request = page.locator('.staff-help__request');
    await expect(request).toHaveCount(1);
    await expect(request).toContainText('kiosk-1: Flytning — What you need');
    await expect(request).toContainText('Har ventet 3 minutter');
    await expectNoAxeViolations(page, 'staff home with a help request');
    await request.getByRole('button', { name: da('help.helpNow') }).click();

    // Back on the citizen's step, in English, with the session's clock in the Danish staff bar.
    await expect(page.locator('main[data-screen="flow"] h1')).toHaveText('What you need');
    await expect(page.locator('[lang="da"] > .staff-bar')).toBeVisible();
    await expectNoAxeViolations(page, 'citizen screen with the staff bar');
    kiosk.advanceClock(4 * 60_000);
    await page.getByRole('button', { name: da('bar.finishAssisted') }).click();

    const form = page.locator('main[data-screen="staffRecord"]');
    await expect(form.getByLabel(da('record.language'))).toHaveValue('en');
    await form.getByLabel(da('tasks.change-address')).check();
    await form.getByLabel(da('outcomes.solved'), { exact: true }).check();
    await form.getByLabel(da('effort.2')).check();
    await form.getByLabel(da('record.note')).fill('Hjalp med flytning, cpr 010203-1234');
    await expect(page.locator('.osk')).toBeVisible();
    await expectNoAxeViolations(page, 'record an assisted session');
    await form.getByRole('button', { name: da('record.save') }).click();
    await expect(page.getByRole('alert')).toHaveText(da('errors.noteCpr'));
    // Nothing is lost: the note is still there to correct.
    await expect(form.getByLabel(da('record.note'))).toHaveValue('Hjalp med flytning, cpr 010203-1234');
    await form.getByLabel(da('record.note')).fill('Hjalp med flytning; borgeren havde ikke MitID med');
    await form.getByRole('button', { name: da('record.save') }).click();
    await expect(form.locator('h1')).toContainText('Registreret.');

    const db = kiosk.services.db;
    const row = db
      .prepare<[], Record<string, number | string>>(
        `SELECT a.*, a.ended_at - a.started_at AS lasted, h.acknowledged_at - h.requested_at AS waited,
                f.session_id AS flow_session
         FROM assisted_sessions a JOIN help_requests h ON h.id = a.help_request_id
         JOIN flow_runs f ON f.session_id = a.citizen_session_id`,
      )
      .get()!;
    expect(row).toMatchObject({ language: 'en', outcome: 'solved', effort: 2, terminal_id: 'kiosk-1' });
    expect(row.note).toBe('Hjalp med flytning; borgeren havde ikke MitID med');
    expect(row.lasted).toBeGreaterThanOrEqual(4 * 60_000);
    expect(row.lasted).toBeLessThan(5 * 60_000);
    expect(row.waited).toBeGreaterThanOrEqual(3 * 60_000);
    const topics = db.prepare('SELECT topic FROM assisted_session_topics').pluck().all();
    expect(topics).toEqual(['change-address']);
    expect(auditActions(kiosk)).toEqual(['staff.firstAdmin', 'staff.login', 'assisted.started', 'assisted.finished']);
  });
});

test.describe('staff accounts', () => {
  test('an administrator adds staff, gives a new PIN and switches one off; each is audited', async ({
    page,
    kiosk,
  }) => {
    await openKiosk(page, kiosk);
    // A partially sighted clerk's choice: high contrast and large text carry into the staff screens.
    await chooseLargeTextAndHighContrast(page);
    await logInAsStaff(page);
    await expectNoAxeViolations(page, 'staff home, high contrast, 200%');
    await page.getByRole('button', { name: da('home.accounts') }).click();
    const screen = page.locator('main[data-screen="staffAccounts"]');
    await expect(screen.locator('h1')).toHaveText(da('accounts.heading'));

    // A touch terminal may have no keyboard: the kiosk's own types into staff fields, in Danish letters.
    await screen.getByLabel(da('accounts.name'), { exact: true }).fill('Bo Lun');
    const keyboard = page.locator('.osk');
    await expect(keyboard.locator('[data-skbtn="ø"]')).toBeVisible();
    // Held down longer than a tap (as a slow finger would), the key still types once.
    await keyboard.locator('[data-skbtn="d"]').click({ delay: 1200 });
    await expect(screen.getByLabel(da('accounts.name'), { exact: true })).toHaveValue('Bo Lund');
    await typePin(page, '135790', screen.locator('.pin-field'));
    await screen.getByRole('button', { name: da('accounts.add'), exact: true }).click();
    await expect(page.getByRole('status')).toHaveText('Bo Lund er oprettet.');
    await expectNoAxeViolations(page, 'staff accounts, high contrast, 200%');

    await screen.getByRole('button', { name: 'Ny PIN-kode til Bo Lund' }).click();
    await typePin(page, '975310', screen.locator('.pin-field'));
    await screen.getByRole('button', { name: da('accounts.savePin') }).click();
    await expect(page.getByRole('status')).toHaveText('Bo Lund har fået en ny PIN-kode.');
    await screen.getByRole('button', { name: 'Slå Bo Lund fra' }).click();
    await expect(page.getByRole('status')).toHaveText('Bo Lund er slået fra.');
    await expect(screen.getByRole('row', { name: /Bo Lund/ })).toContainText(da('accounts.disabled'));

    expect(kiosk.services.staff.list()).toEqual([
      { id: 1, name: TEST_ADMIN.name, role: 'admin', disabled: false },
      { id: 2, name: 'Bo Lund', role: 'staff', disabled: true },
    ]);
    expect(auditActions(kiosk)).toEqual([
      'staff.firstAdmin',
      'staff.login',
      'staff.added',
      'staff.pinReset',
      'staff.disabled',
    ]);
    // A member of staff who is switched off is no longer offered at login.
    await page.getByRole('button', { name: da('bar.leave') }).click();
    await page.locator('.top-bar .button--staff').click();
    await expect(page.locator('.staff-names button')).toHaveText([TEST_ADMIN.name]);
  });
});
