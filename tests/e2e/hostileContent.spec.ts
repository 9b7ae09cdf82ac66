import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import { languageCodes } from '../../electron/api/languages';
import { requiredWordKeys } from '../../electron/services/flows/flowSchema';
import { allHostile, everyStepKindFlow, hostile, injectedMarkup, shortHostile } from '../helpers/hostileContent';
import { freshDataDir, repoRoot, resourcesDir } from '../helpers/kioskFixture';
import { exemptionWords, verifyAsStaff } from './exemptionSteps';
import { keyboardSettled } from './flowSteps';
import { expect, openKiosk, startIn, test, TEST_ADMIN } from './kioskTest';
import { logInAsStaff, staffWords, typePin } from './staffSteps';

/**
 * Hostile content (issue 7): flow files and their words, config values, a file's name, staff
 * names and what citizens type, each holding markup, i18next syntax and a right-to-left
 * override. Every place that shows them shows the text as it is: the text is there, literally;
 * no element of the payload exists; none of its script ran (window.__pwned). The fixture fails any
 * test with a Content-Security-Policy violation, which an injected handler would also cause.
 * The renderer's own words are bundled at build time, so those are checked through i18next and
 * React in tests/unit/hostileContent.test.ts, with the receipt HTML, the CSV cells and more.
 */

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
const kioskDa = readJson(path.join(repoRoot, 'locales', 'da', 'kiosk.json')) as Record<string, Record<string, string>>;
const staffDa = staffWords('da');
const exemptionDa = exemptionWords('da');

/** Nothing the payloads hold became an element, and none of their script ran. */
async function expectNothingInjected(page: Page) {
  expect(await page.evaluate(injectedMarkup)).toEqual({ elements: [], pwned: undefined });
}

async function textOf(locator: Locator): Promise<string> {
  return locator.evaluate((el) => el.textContent ?? '');
}

const hostileFlow = everyStepKindFlow;

/** The flow's word at a key: the key itself, then every payload, so each place is told apart. */
const word = (key: string) => `${key} ${allHostile}`;

function hostileFlowWords(): Record<string, unknown> {
  const words: Record<string, unknown> = {};
  // Bodies are optional on these kinds of step, and a hint on any field; every one is given.
  const optional = ['things', 'ask', 'details', 'check'].map((step) => `steps.${step}.body`);
  const keys = [...requiredWordKeys(hostileFlow), ...optional, 'steps.details.fields.name.hint'];
  for (const key of keys) {
    const parts = key.split('.');
    let at = words;
    for (const part of parts.slice(0, -1)) at = (at[part] ??= {}) as Record<string, unknown>;
    // A body's second paragraph, after a blank line, is a paragraph of its own.
    at[parts.at(-1)!] = key.endsWith('.body') ? `${word(key)}\n\n${word(`${key}.second`)}` : word(key);
  }
  return words;
}

let content: { resourcesDir: string; localesDir: string } | null = null;

/**
 * Copies of resources/ and locales/ as a careless or hostile centre might leave them: the hostile
 * flow and its words in every language, a flow file whose name is markup (not JSON, so staff are
 * told its name), and a flow file with a key that is markup (so staff are told the key).
 */
function hostileContentDirs() {
  if (content) return content;
  const dir = freshDataDir('kiosk-hostile-content-');
  const resources = path.join(dir, 'resources');
  const locales = path.join(dir, 'locales');
  fs.cpSync(resourcesDir, resources, { recursive: true });
  fs.cpSync(path.join(repoRoot, 'locales'), locales, { recursive: true });
  const flows = path.join(resources, 'flows');
  fs.writeFileSync(path.join(flows, 'change-address.json'), JSON.stringify(hostileFlow));
  for (const language of languageCodes) {
    fs.writeFileSync(path.join(locales, language, 'change-address.json'), JSON.stringify(hostileFlowWords()));
  }
  fs.writeFileSync(path.join(flows, `${hostile.img}.json`), hostile.script);
  const taxFile = path.join(flows, 'tax-assessment.json');
  fs.writeFileSync(taxFile, JSON.stringify({ ...readJson(taxFile), [hostile.script]: hostile.template }));
  content = { resourcesDir: resources, localesDir: locales };
  return content;
}

test.describe('a hostile flow file and words', () => {
  test.use({ contentDirs: hostileContentDirs() });

  test('every kind of step shows its words, the help and the answers as text', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    await startIn(page, 'da');
    await page.locator('.tile[data-task="change-address"]').click();
    const guide = page.locator('.flow__guide');
    const next = async (from: string) => {
      await keyboardSettled(page);
      await page.locator('.flow__actions .button--primary').click();
      await expect(page.locator('[data-step]')).not.toHaveAttribute('data-step', from);
    };
    const shows = async (...keys: string[]) => {
      const text = await textOf(guide);
      for (const key of keys) expect(text, key).toContain(word(key));
      await expectNothingInjected(page);
    };

    await expect(page.locator('[data-step="intro"] h1')).toHaveText(word('steps.intro.title'));
    await shows('steps.intro.title', 'steps.intro.body', 'steps.intro.body.second');
    expect(await guide.locator('p').filter({ hasText: 'steps.intro.body' }).count()).toBe(2);
    // The help key quotes the step's heading, through an interface text with a {{step}} placeholder.
    await page.keyboard.press('F1');
    const help = page.locator('dialog[aria-labelledby="screen-help-heading"]');
    await expect(help).toBeVisible();
    expect(await textOf(help)).toContain(word('steps.intro.title'));
    await expectNothingInjected(page);
    await help.getByRole('button', { name: kioskDa.screenHelp!.close!, exact: true }).click();
    await next('intro');

    await shows('steps.things.title', 'steps.things.body', 'steps.things.items.first', 'steps.things.items.second');
    await next('things');

    await shows('steps.ask.title', 'steps.ask.body', 'steps.ask.options.yes', 'steps.ask.options.no');
    await page.locator('.radios label').filter({ hasText: 'steps.ask.options.no' }).click();
    await next('ask');

    await shows(
      'steps.details.title',
      'steps.details.fields.name.label',
      'steps.details.fields.name.hint',
      'steps.details.fields.kind.label',
      'steps.details.fields.kind.options.two',
      'steps.details.fields.again.label',
    );
    // What a citizen types is hostile too.
    await page.locator('#answer-name').fill(`typed ${allHostile}`);
    await expect(page.locator('.osk')).toBeVisible();
    await page.locator('input[name="details-kind"][value="two"]').check();
    await next('details');

    await shows('steps.check.title', 'steps.ask.options.no', 'steps.details.fields.kind.options.two');
    expect(await textOf(guide)).toContain(`typed ${allHostile}`);
    await next('check');

    await shows('steps.site.title', 'steps.site.body');
    const frame = page.frameLocator('.site-panel iframe');
    await expect(frame.locator('h1')).toBeVisible();
    // A link on the site to another site, its address written to break out: only the host is named.
    await frame
      .locator('body')
      .evaluate((_, href) => void (window.location.href = href), `/official-site/evil.example/${hostile.svg}`);
    const refusal = page.locator('.site-panel__blocked');
    await expect(refusal).toContainText('evil.example');
    expect(await textOf(refusal)).not.toContain('svg');
    await expectNothingInjected(page);
    await refusal.getByRole('button').click();
    await next('site');

    await shows('steps.done.title', 'steps.done.body', 'steps.done.body.second');
  });

  test("a flow file's name and a key in it are shown to staff as text", async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    const notJson = page.locator('[data-notice="flow_not_json"]');
    await expect(notJson).toContainText(`${hostile.img}.json`);
    const invalid = page.locator('[data-notice="flow_invalid_field"]');
    await expect(invalid).toContainText('tax-assessment.json');
    expect(await textOf(invalid)).toContain(hostile.script);
    await expectNothingInjected(page);
  });
});

test.describe('a config file with hostile keys', () => {
  test.use({
    kioskConfig: { [hostile.svg]: 1, [hostile.template]: 2, idle: { [`{{file}} ${hostile.rtl}`]: 3 } },
  });

  test('names them to staff as text, and {{placeholders}} in them stay as typed', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    const notices = page.locator('[data-notice="config_invalid_field"]');
    await expect(notices).toHaveCount(2);
    const text = (await notices.allTextContents()).join('\n');
    expect(text).toContain(hostile.svg);
    expect(text).toContain(hostile.template);
    expect(text).toContain(`{{file}} ${hostile.rtl}`);
    // Neither the nested key nor the placeholder was filled in.
    expect(text).not.toContain(kioskDa.welcome!.intro!);
    await expectNothingInjected(page);
  });
});

test.describe('a hostile centre name and printer name in the config', () => {
  const centreName = shortHostile;
  const printer = allHostile;
  test.use({ kioskConfig: { centreName, receipts: { printer } } });

  test('the welcome heading shows the name as it is', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    expect(await textOf(page.locator('main h1'))).toBe(
      kioskDa.welcome!.heading!.replace('{{centreName}}', () => centreName),
    );
    await expectNothingInjected(page);
  });

  test('the configuration screen shows both values in their fields', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    await logInAsStaff(page);
    await page
      .locator('main')
      .getByRole('button', { name: staffDa('home.config'), exact: true })
      .click();
    const screen = page.locator('main[data-screen="staffConfig"]');
    await expect(screen.locator('.config-form')).toBeVisible();
    const field = (name: string) => screen.getByLabel(staffDa(`config.fields.${name}.label`), { exact: true });
    await expect(field('centreName')).toHaveValue(centreName);
    await expect(field('receipts.printer')).toHaveValue(printer);
    await expectNothingInjected(page);
  });
});

test.describe('hostile staff names and exemption requests', () => {
  const admin = { name: shortHostile, pin: TEST_ADMIN.pin };
  const centreName = `${hostile.svg}${hostile.rtl}`;
  const citizen = {
    name: `${hostile.img} {{name}}`,
    cpr: '0503461234',
    address: `=HYPERLINK("http://evil.example","klik")\n${hostile.script} ${hostile.template}`,
  };
  const representative = { name: `${hostile.svg} ${hostile.rtl}`, relation: `${hostile.img}` };
  test.use({ staffSetUp: false, kioskConfig: { centreName } });

  test('the login, the staff bar, the accounts, the request, its receipt and both exports', async ({ page, kiosk }) => {
    const adminId = kiosk.services.staff.createFirstAdmin(admin.name, admin.pin);
    const { reference } = kiosk.services.exemptions.submit({
      kind: 'exemption',
      language: 'da',
      applicant: 'representative',
      representative,
      citizen,
      grounds: [3],
      signaturePng: null,
      verification: {
        staffId: adminId,
        pin: admin.pin,
        idDocument: 'other',
        idDocumentOther: `${hostile.script}=HYPERLINK("http://evil.example")`,
        powerOfAttorneySeen: true,
      },
    });
    await openKiosk(page, kiosk);

    // The login: the name on its button, then in "the PIN for {{name}}", then in the staff bar.
    await page.locator('.top-bar .button--staff').click();
    const names = page.locator('.staff-names');
    await expect(names.getByRole('button')).toHaveCount(1);
    expect(await textOf(names)).toBe(admin.name);
    await expectNothingInjected(page);
    await names.getByRole('button').click();
    expect(await textOf(page.locator('main .staff-form .lead'))).toBe(
      staffDa('login.pinFor').replace('{{name}}', () => admin.name),
    );
    await expectNothingInjected(page);
    await typePin(page, admin.pin);
    await page.locator('main .staff-form button[type="submit"]').click();
    await expect(page.locator('main[data-screen="staffHome"] h1')).toBeVisible();
    expect(await textOf(page.locator('.staff-bar__who'))).toBe(
      staffDa('bar.loggedIn').replace('{{name}}', () => admin.name),
    );
    await expectNothingInjected(page);

    await page
      .locator('main')
      .getByRole('button', { name: staffDa('home.accounts'), exact: true })
      .click();
    await expect(page.locator('main[data-screen="staffAccounts"] table')).toBeVisible();
    expect(await textOf(page.locator('main table'))).toContain(admin.name);
    await expectNothingInjected(page);

    await page
      .locator('.staff-bar')
      .getByRole('button', { name: staffDa('bar.menu'), exact: true })
      .click();
    await page
      .locator('main')
      .getByRole('button', { name: staffDa('home.exemptions'), exact: true })
      .click();
    const screen = page.locator('main[data-screen="staffExemptions"]');
    await screen.getByRole('button', { name: `Åbn ${reference}` }).click();
    const details = screen.locator('.staff-details');
    await expect(details).toBeVisible();
    const shown = await textOf(details);
    for (const text of [citizen.name, ...citizen.address.split('\n'), representative.name, representative.relation]) {
      expect(shown).toContain(text);
    }
    expect(shown).toContain(`${hostile.script}=HYPERLINK`);
    await expectNothingInjected(page);

    // The caseworker's exports: the PDF (the receipt's HTML, laid out by Chromium) and the CSV.
    await screen
      .getByRole('row', { name: new RegExp(reference) })
      .getByRole('checkbox')
      .check();
    await screen.getByRole('button', { name: 'Eksportér 1 anmodning som PDF' }).click();
    await expect(screen.getByRole('status')).toContainText('.pdf');
    await screen.getByRole('button', { name: 'Eksportér 1 anmodning som CSV' }).click();
    await expect(screen.getByRole('status')).toContainText('.csv');
    await expectNothingInjected(page);
    const exported = (ending: string) =>
      path.join(
        kiosk.services.exportsDir,
        fs.readdirSync(kiosk.services.exportsDir).find((f) => f.endsWith(ending))!,
      );

    const pdfText = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', exported('.pdf'), '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    // On paper the markup is printed as the characters it is made of.
    for (const text of [hostile.img, hostile.script, hostile.svg, '{{name}}', hostile.template]) {
      expect(pdfText, text).toContain(text);
    }

    // Read as a spreadsheet reads it (RFC 4180 quoting), past the byte-order mark the export starts with.
    const [header, row] = parseCsv(fs.readFileSync(exported('.csv'), 'utf8'), { bom: true }) as string[][];
    const cell = (column: string) => row![header!.indexOf(column)];
    expect(cell('name')).toBe(citizen.name);
    // A cell that would start a formula is made text with an apostrophe; the rest is as typed.
    expect(cell('address')).toBe(`'${citizen.address}`);
    expect(cell('representative')).toBe(`${representative.name} (${representative.relation})`);
  });

  test("a citizen's hostile answers on their own screens, at the staff check and on the receipt", async ({
    page,
    kiosk,
  }) => {
    kiosk.services.staff.createFirstAdmin(TEST_ADMIN.name, TEST_ADMIN.pin);
    await openKiosk(page, kiosk);
    await startIn(page, 'da');
    await page.locator('.tile[data-task="digital-post-exemption"]').click();
    await page.getByRole('button', { name: exemptionDa('intro.continue') }).click();
    const nextStep = async () => {
      await keyboardSettled(page);
      await page.getByRole('button', { name: exemptionDa('next'), exact: true }).click();
    };
    await page.getByLabel(exemptionDa('applicant.representative')).check();
    await page.getByLabel(exemptionDa('applicant.name')).fill(representative.name);
    await page.getByLabel(exemptionDa('applicant.relation')).fill(representative.relation);
    await nextStep();
    await page.getByLabel(exemptionDa('grounds.notStated')).check();
    await nextStep();
    await page.getByLabel(exemptionDa('details.name')).fill(citizen.name);
    await page.getByLabel(exemptionDa('details.cpr')).fill('050346-1234');
    await page.getByLabel(exemptionDa('details.address')).fill(citizen.address);
    await nextStep();

    await expect(page.locator('main h1')).toHaveText(exemptionDa('check.heading'));
    const check = await textOf(page.locator('main'));
    for (const text of [citizen.name, hostile.script, hostile.template, representative.name, representative.relation]) {
      expect(check, text).toContain(text);
    }
    await expectNothingInjected(page);
    await nextStep();
    await page.getByLabel(exemptionDa('sign.onPaper')).check();
    await nextStep();

    const staffCheck = page.locator('.exemption__staff-check');
    await expect(staffCheck).toBeVisible();
    await expectNothingInjected(page);
    await verifyAsStaff(page, { powerOfAttorney: true });

    await expect(page.locator('main h1')).toHaveText(exemptionDa('done.heading'));
    const link = page.getByRole('link', { name: exemptionDa('done.pdf') });
    await expect(link).toBeVisible({ timeout: 20_000 });
    await expectNothingInjected(page);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const file = path.join(freshDataDir('hostile-receipt-'), 'receipt.pdf');
    await download.saveAs(file);
    const receipt = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    for (const text of [hostile.img, hostile.script, hostile.svg, hostile.template, '{{name}}']) {
      expect(receipt, text).toContain(text);
    }
  });
});
