import type { Page } from '@playwright/test';
import { expect, openKiosk, test } from './kioskTest';
import { installSpeechStandIn } from './speechStandIn';

/**
 * Plugging in headphones turns reading aloud on. No test machine has a headphone socket, so a
 * stand-in for navigator.mediaDevices, installed before the page loads, lists the audio outputs
 * the test chooses and announces a change as the browser would.
 */
async function installAudioOutputs(page: Page) {
  await page.addInitScript(() => {
    let outputs: { label: string }[] = [{ label: 'Built-in Audio Analog Stereo' }];
    const devices = new EventTarget();
    Object.assign(devices, {
      enumerateDevices: () =>
        Promise.resolve(
          outputs.map((o, i) => ({ kind: 'audiooutput', label: o.label, deviceId: String(i), groupId: String(i) })),
        ),
    });
    Object.defineProperty(navigator, 'mediaDevices', { value: devices, configurable: true });
    Object.assign(window, {
      plugIn(labels: string[]) {
        outputs = labels.map((label) => ({ label }));
        devices.dispatchEvent(new Event('devicechange'));
      },
    });
  });
}

const plugIn = (page: Page, labels: string[]) =>
  page.evaluate((l) => (window as unknown as { plugIn(l: string[]): void }).plugIn(l), labels);

test.describe('headphones', () => {
  test.beforeEach(async ({ page }) => {
    await installSpeechStandIn(page, ['da', 'en']);
    await installAudioOutputs(page);
  });

  test('plugging them in turns on reading aloud, and the session records it', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    await expect(page.locator('.read-aloud')).toHaveCount(0);
    await plugIn(page, ['Built-in Audio Analog Stereo', 'Built-in Audio Headphones']);
    await expect(page.locator('.read-aloud')).toBeVisible();
    await expect
      .poll(() => kiosk.services.db.prepare('SELECT speech_used FROM citizen_sessions').pluck().all())
      .toEqual([1]);
  });

  test('another output, or outputs without names (no permission), change nothing', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    await plugIn(page, ['Built-in Audio Analog Stereo', 'HDMI / DisplayPort 1 Output']);
    await plugIn(page, ['', '']);
    // Give the page time to act on both changes before concluding it did nothing.
    await page.waitForTimeout(300);
    await expect(page.locator('.read-aloud')).toHaveCount(0);
    expect(kiosk.services.db.prepare('SELECT count(*) FROM citizen_sessions').pluck().get()).toBe(0);
  });
});
