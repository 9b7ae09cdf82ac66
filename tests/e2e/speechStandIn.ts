import type { Page } from '@playwright/test';

export interface SpokenUtterance {
  text: string;
  lang: string;
  rate: number;
}

/**
 * A recording stand-in for window.speechSynthesis, installed before the page loads: it keeps
 * every utterance handed to it (text, language, rate), starts them one at a time, and lets the
 * test finish the current one (`advance`) or make it fail. Voices exist for `voices` only.
 */
export async function installSpeechStandIn(page: Page, voices: string[]): Promise<void> {
  await page.addInitScript((languages: string[]) => {
    type Queued = SpeechSynthesisUtterance;
    const spoken: { text: string; lang: string; rate: number }[] = [];
    const calls: string[] = [];
    let queue: Queued[] = [];
    let current: Queued | null = null;
    const fire = (u: Queued, type: 'start' | 'end') =>
      (type === 'start' ? u.onstart : u.onend)?.call(u, new Event(type) as SpeechSynthesisEvent);
    const startNext = () => {
      current = queue.shift() ?? null;
      if (current) fire(current, 'start');
    };
    const fake = new EventTarget() as EventTarget & Record<string, unknown>;
    Object.assign(fake, {
      speaking: false,
      getVoices: () =>
        languages.map((lang) => ({ lang, name: `voice ${lang}`, default: false, localService: true, voiceURI: lang })),
      speak(u: Queued) {
        spoken.push({ text: u.text, lang: u.lang, rate: u.rate });
        queue.push(u);
        if (!current) startNext();
      },
      cancel() {
        calls.push('cancel');
        for (const u of [current, ...queue])
          if (u) u.onerror?.call(u, { error: 'canceled' } as SpeechSynthesisErrorEvent);
        queue = [];
        current = null;
      },
      pause: () => calls.push('pause'),
      resume: () => calls.push('resume'),
    });
    Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
    // The stand-in's voices are plain objects, so utterances must accept them.
    class Utterance {
      lang = '';
      rate = 1;
      voice: unknown = null;
      onstart: ((e: Event) => void) | null = null;
      onend: ((e: Event) => void) | null = null;
      onerror: ((e: Event) => void) | null = null;
      constructor(public text: string) {}
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    Object.assign(window, {
      speech: {
        spoken,
        calls,
        advance() {
          if (current) fire(current, 'end');
          startNext();
        },
        finishAll() {
          while (current) (this as { advance(): void }).advance();
        },
        fail() {
          current?.onerror?.call(current, { error: 'synthesis-failed' } as SpeechSynthesisErrorEvent);
          current = null;
          queue = [];
        },
      },
    });
  }, voices);
}

export const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { speech: { spoken: SpokenUtterance[] } }).speech.spoken);
export const speechCalls = (page: Page) =>
  page.evaluate(() => (window as unknown as { speech: { calls: string[] } }).speech.calls);
export const speech = (page: Page, action: 'advance' | 'finishAll' | 'fail') =>
  page.evaluate((a) => (window as unknown as { speech: Record<string, () => void> }).speech[a]!(), action);
