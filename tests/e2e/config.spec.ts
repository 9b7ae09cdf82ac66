import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, openKiosk, test, type RunningKiosk } from './kioskTest';
import { chooseLargeTextAndHighContrast, logInAsStaff, staffWords } from './staffSteps';

const da = staffWords('da');
const en = staffWords('en');
const label = (words: typeof da, field: string) => words(`config.fields.${field}.label`);

/** From the staff menu to the configuration screen, as an administrator touches it. */
async function openConfiguration(page: Page) {
  await page
    .locator('main')
    .getByRole('button', { name: da('home.config'), exact: true })
    .click();
  const screen = page.locator('main[data-screen="staffConfig"]');
  await expect(screen.locator('h1')).toHaveText(da('config.heading'));
  await expect(screen.locator('.config-form')).toBeVisible();
  return screen;
}

/** The audit trail as it is on disk, read beside the services (after a restart they are new ones). */
function auditOnDisk(kiosk: RunningKiosk) {
  const db = new Database(path.join(kiosk.dataDir, 'kiosk.db'), { readonly: true });
  try {
    return db
      .prepare<[], { action: string }>('SELECT action FROM audit_log ORDER BY id')
      .all()
      .map((r) => r.action);
  } finally {
    db.close();
  }
}

test.describe('the configuration screen', () => {
  test('an administrator is stopped by an invalid value, saves a new centre name and restarts the kiosk', async ({
    page,
    kiosk,
  }) => {
    const file = path.join(kiosk.dataDir, 'config.json');
    await openKiosk(page, kiosk);
    await logInAsStaff(page);
    const screen = await openConfiguration(page);
    await expect(screen.locator('.config-source')).toContainText(file);
    await expectNoAxeViolations(page, 'configuration (da)');

    // The warning must be shorter than the time before reset (120 seconds by default).
    const warning = screen.getByLabel(label(da, 'idle.warningSeconds'), { exact: true });
    await warning.fill('120');
    await screen.getByRole('button', { name: da('config.save'), exact: true }).click();
    const reason = 'advarslen skal være kortere end tiden før nulstilling';
    await expect(screen.locator('#config-idle-warningSeconds-error')).toHaveText(`Fejl: ${reason}`);
    await expect(warning).toBeFocused();
    await expect(warning).toHaveAttribute('aria-invalid', 'true');
    await expect(warning).toHaveAttribute(
      'aria-describedby',
      'config-idle-warningSeconds-hint config-idle-warningSeconds-error',
    );
    await expect(screen.locator('.error-summary li')).toHaveText([`${label(da, 'idle.warningSeconds')}: ${reason}`]);
    await expectNoAxeViolations(page, 'configuration with a problem');
    expect(fs.existsSync(file)).toBe(false);
    expect(kiosk.services.audit.entries().map((e) => e.action)).toEqual(['staff.firstAdmin', 'staff.login']);

    await warning.fill('45');
    await screen.getByLabel(label(da, 'centreName'), { exact: true }).fill('Vejle Bibliotek');
    await screen.getByRole('button', { name: da('config.save'), exact: true }).click();
    const saved = screen.locator('.config-saved');
    await expect(saved.locator('h2')).toHaveText(da('config.savedHeading'));
    await expect(saved.locator('li')).toHaveText([label(da, 'centreName'), label(da, 'idle.warningSeconds')]);
    await expect(screen.locator('.error-summary')).toHaveCount(0);
    await expect(warning).not.toHaveAttribute('aria-invalid');
    // Only what differs from the defaults is written; the audit names the fields, never the values.
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({
      centreName: 'Vejle Bibliotek',
      idle: { warningSeconds: 45 },
    });
    expect(kiosk.services.audit.entries().at(-1)).toMatchObject({
      staffId: 1,
      action: 'config.changed',
      details: { fields: 'centreName idle.warningSeconds', source: file },
    });
    // The running kiosk keeps its config until it restarts.
    await expect(page.locator('.top-bar__centre')).toHaveText('Borgerservice');
    await expectNoAxeViolations(page, 'configuration saved');

    await screen.getByRole('button', { name: da('config.restart'), exact: true }).click();
    await expect(page.locator('main[data-screen="welcome"] h1')).toHaveText('Velkommen til Vejle Bibliotek');
    await expect(page.locator('.top-bar__centre')).toHaveText('Vejle Bibliotek');
    await expect(page.locator('.staff-bar')).toHaveCount(0);
    // The start after the save saw the config it had recorded: the change is audited once.
    expect(auditOnDisk(kiosk)).toEqual([
      'staff.firstAdmin',
      'staff.login',
      'config.changed',
      'staff.logout',
      'kiosk.restarted',
    ]);
  });

  test('in English, high contrast and 200% text: a wrong domain is named beside its field', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    await chooseLargeTextAndHighContrast(page);
    await logInAsStaff(page);
    const screen = await openConfiguration(page);
    await page.locator('.staff-bar').getByRole('button', { name: 'English' }).click();
    await expect(screen.locator('h1')).toHaveText(en('config.heading'));
    await expectNoAxeViolations(page, 'configuration (en, high contrast, 200%)');

    const domains = screen.getByLabel(label(en, 'officialSites.allowedDomains'), { exact: true });
    await domains.fill('borger.dk\nhttps://vejle.dk');
    await screen.getByRole('button', { name: en('config.save'), exact: true }).click();
    await expect(screen.locator('#config-officialSites-allowedDomains-error')).toHaveText(
      'Error in “https://vejle.dk”: it must be a domain name such as borger.dk, without https:// or a slash',
    );
    await expect(domains).toBeFocused();
    // Done puts the keyboard away: the page itself must fit at 200% without it.
    await page.locator('.osk [data-skbtn="{enter}"]').click();
    await expect(page.locator('.osk')).toHaveCount(0);
    await expectNoAxeViolations(page, 'configuration with a problem (en, high contrast, 200%)');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, 'horizontal scrolling on the configuration screen at 200%').toBeLessThanOrEqual(1280);
    expect(fs.existsSync(path.join(kiosk.dataDir, 'config.json'))).toBe(false);
  });

  test('is for administrators only: a member of staff is not offered it', async ({ page, kiosk }) => {
    kiosk.services.staff.add(1, 'Bo Lund', 'staff', '135790');
    await openKiosk(page, kiosk);
    await logInAsStaff(page, { name: 'Bo Lund', pin: '135790' });
    await expect(page.locator('main').getByRole('button', { name: da('home.statistics'), exact: true })).toBeVisible();
    await expect(page.locator('main').getByRole('button', { name: da('home.config'), exact: true })).toHaveCount(0);
  });
});
