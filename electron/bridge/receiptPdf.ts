import { chromiumArgs, findChromium } from './chromium';

/**
 * The browser bridge's receipt PDF: the same HTML Electron prints, laid out by headless Chromium
 * (which shapes Arabic script and handles bidi) and saved as an A4 PDF. The page may load nothing
 * from the network; its images and fonts are data: URLs.
 */
export async function renderReceiptPdf(html: string): Promise<Buffer> {
  // Loaded on first use: Playwright is only needed when a receipt is made.
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  try {
    const page = await browser.newPage();
    // Anything the HTML asks for outside itself is refused (the receipt's CSP says the same).
    await page.route('**/*', (route) =>
      route.request().url().startsWith('data:') ? route.continue() : route.abort('blockedbyclient'),
    );
    await page.setContent(html, { waitUntil: 'load' });
    // Embedded fonts decode asynchronously; printing before they are ready would use fallbacks.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return await page.pdf({ format: 'A4', printBackground: true });
  } finally {
    await browser.close();
  }
}
