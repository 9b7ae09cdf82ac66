import { expect, expectNoAxeViolations, openKiosk, test } from './kioskTest';

const allLanguages = ['da', 'en', 'ar', 'uk', 'pl', 'tr', 'de', 'fa', 'ur', 'so'];

test.describe('welcome screen', () => {
  test('invites a touch in every language, each in its own script, and says how to turn on speech', async ({
    page,
    kiosk,
  }) => {
    await openKiosk(page, kiosk);
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await expect(page.locator('h1')).toHaveText('Velkommen til Borgerservice');
    const invitations = page.locator('main button[data-language]');
    await expect(invitations).toHaveCount(10);
    for (const code of allLanguages) {
      const button = page.locator(`main button[data-language="${code}"]`);
      await expect(button).toHaveAttribute('lang', code);
      await expect(button).toHaveAttribute('dir', ['ar', 'fa', 'ur'].includes(code) ? 'rtl' : 'ltr');
    }
    await expect(page.locator('main button[data-language="ar"]')).toContainText('العربية');
    await expect(page.locator('main button[data-language="uk"]')).toContainText('Українська');
    await expect(page.getByText('Vil du have skærmen læst højt?')).toBeVisible();
    await expectNoAxeViolations(page, 'welcome');
  });

  test('loads no file from outside the machine and breaks no content-security rule', async ({ page, kiosk }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.addInitScript(() => {
      (window as unknown as { cspViolations: string[] }).cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await openKiosk(page, kiosk);
    await page.locator('main button[data-language="ar"]').click();
    await expect(page.locator('main[data-screen="home"]')).toBeVisible();
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((url) => !url.startsWith(kiosk.url))).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  });

  test('asks for every font file it draws with before it is drawn, so it is laid out once', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    await page.evaluate(() => document.fonts.ready);
    const { drawn, fonts } = await page.evaluate(() => ({
      drawn: performance.getEntriesByName('kiosk:welcome-interactive')[0]!.startTime,
      fonts: performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('.woff2'))
        .map((entry) => ({ file: /\/([a-z0-9-]+?)-normal-/.exec(entry.name)?.[1], asked: entry.startTime })),
    }));
    // Latin, Latin Extended (Polish, Turkish), Cyrillic (Ukrainian) and Arabic script: the ten invitations.
    expect(fonts.map((font) => font.file).sort()).toEqual([
      'noto-sans-arabic-arabic-400',
      'noto-sans-arabic-arabic-700',
      'noto-sans-cyrillic-400',
      'noto-sans-cyrillic-700',
      'noto-sans-latin-400',
      'noto-sans-latin-700',
      'noto-sans-latin-ext-400',
    ]);
    expect(fonts.filter((font) => font.asked > drawn)).toEqual([]);
  });
});

test.describe('with a centre configuration', () => {
  test.use({ kioskConfig: { centreName: 'Vejle Bibliotek', languages: { enabled: ['da', 'en', 'ar'] } } });

  test('shows the centre name and only its languages', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    await expect(page.locator('h1')).toHaveText('Velkommen til Vejle Bibliotek');
    await expect(page.locator('main button[data-language]')).toHaveCount(3);
  });
});

test.describe('at a centre offering only languages in Latin script', () => {
  test.use({ kioskConfig: { languages: { enabled: ['da', 'en'] } } });

  test('fetches only the Latin font files: each bundled font claims only its own script', async ({ page, kiosk }) => {
    const fontFiles = new Set<string>();
    page.on('request', (request) => {
      const file = /\/([a-z0-9-]+?)-normal-[\w-]+\.woff2$/.exec(request.url())?.[1];
      if (file) fontFiles.add(file);
    });
    await openKiosk(page, kiosk);
    await page.locator('main button[data-language="da"]').click();
    await expect(page.locator('main[data-screen="home"]')).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    // A face without a unicode-range claims every character, so the browser fetches it for any
    // text: Danish once brought the Cyrillic and Latin Extended files as well.
    const claimsAll = await page.evaluate(() =>
      [...document.fonts].filter((face) => face.unicodeRange === 'U+0-10FFFF').map((face) => face.family),
    );
    expect(claimsAll).toEqual([]);
    expect([...fontFiles].sort()).toEqual(['noto-sans-latin-400', 'noto-sans-latin-700']);
  });
});

test.describe('with a configuration that has a mistake', () => {
  test.use({ kioskConfig: { centreName: 'Vejle Bibliotek', idle: { timeoutSeconds: 'two minutes' } } });

  test('starts on the defaults and tells staff which field is wrong and why', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    await expect(page.locator('h1')).toHaveText('Velkommen til Borgerservice');
    const notice = page.locator('[data-notice="config_invalid_field"]');
    await expect(notice).toContainText('“idle.timeoutSeconds”');
    await expect(notice).toContainText('den skal være et tal');
    await expectNoAxeViolations(page, 'welcome with staff notice');
  });
});
