import type { Browser } from '@playwright/test';

/**
 * Input to the next step painted, in a guided flow: from the pointerdown on Next or Back to the
 * animation frame in which the new step is first drawn. Alternates Next and Back on a flow's
 * first steps, `count` transitions in all, and returns the 95th percentile.
 */
export async function measureStepTransitions(browser: Browser, url: string, flowId: string, count: number) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('main button[data-language="en"]').click();
  await page.locator(`.tile[data-task="${flowId}"]`).click();
  await page.waitForSelector('[data-step]');
  await page.evaluate(() => {
    const record = window as unknown as { transitions: number[]; pressedAt: number };
    record.transitions = [];
    document.addEventListener('pointerdown', () => (record.pressedAt = performance.now()), { capture: true });
    let shown = document.querySelector('[data-step]')?.getAttribute('data-step');
    new MutationObserver(() => {
      const now = document.querySelector('[data-step]')?.getAttribute('data-step');
      if (now && now !== shown) {
        shown = now;
        requestAnimationFrame(() => record.transitions.push(performance.now() - record.pressedAt));
      }
    }).observe(document.querySelector('main')!, { subtree: true, childList: true, attributes: true });
  });
  for (let i = 0; i < count; i++) {
    const before = await page.locator('[data-step]').getAttribute('data-step');
    await page.locator(i % 2 === 0 ? '.flow__actions .button--primary' : '.flow__actions [data-back]').click();
    await page.waitForFunction((id) => document.querySelector('[data-step]')?.getAttribute('data-step') !== id, before);
    await page.waitForFunction((n) => (window as unknown as { transitions: number[] }).transitions.length >= n, i + 1);
  }
  const times = await page.evaluate(() => (window as unknown as { transitions: number[] }).transitions);
  await context.close();
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}
