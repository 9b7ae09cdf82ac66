/**
 * Reading the screen aloud with the Web Speech API (EN 301 549 5.1.3: speech output of what is
 * shown, in the screen's language, with pause, repeat and speed). The screen is read block by
 * block, each in the language of its own `lang` (so the welcome screen's invitations are each read
 * in their own language); the block being read is marked so the style sheet can highlight it.
 */
export const READING_CLASS = 'being-read';

/** What is read, in order: headings, paragraphs, list items, questions, answers and buttons. */
const BLOCKS = 'h1, h2, p, li, legend, label, dt, dd, button, a[href]';

export interface ReadingEvents {
  onStart(): void;
  onEnd(): void;
  onError(): void;
}

export function voiceFor(language: string): SpeechSynthesisVoice | undefined {
  const voices = window.speechSynthesis?.getVoices() ?? [];
  return voices.find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === language);
}

export function canSpeak(language: string): boolean {
  return voiceFor(language) !== undefined;
}

/** The readable blocks under root, outermost first, skipping blocks inside blocks and hidden ones. */
export function readableBlocks(root: ParentNode): HTMLElement[] {
  const all = [...root.querySelectorAll<HTMLElement>(BLOCKS)];
  return all.filter(
    (el) =>
      el.getClientRects().length > 0 &&
      !el.closest('[aria-hidden="true"]') &&
      (el.textContent ?? '').trim() !== '' &&
      !all.some((other) => other !== el && other.contains(el)),
  );
}

/** The block's own language: its `lang`, or that of the one element inside holding all its text. */
function blockLanguage(el: HTMLElement, fallback: string): string {
  const inner = el.querySelector<HTMLElement>('[lang]');
  if (inner && inner.innerText.trim() === el.innerText.trim()) return inner.lang;
  return el.closest<HTMLElement>('[lang]')?.lang || fallback;
}

let marked: HTMLElement | null = null;
function mark(el: HTMLElement | null) {
  marked?.classList.remove(READING_CLASS);
  marked = el;
  el?.classList.add(READING_CLASS);
}

/** Stops reading at once (a new screen, a reset, the speech setting turned off). */
export function stopReading(): void {
  window.speechSynthesis?.cancel();
  mark(null);
}

/**
 * Reads `blocks` one after another. `language` stands in for blocks whose language cannot speak
 * (see voiceFor); `rate` is 1 for normal speed. Returns false when speech is not available.
 */
export function readBlocks(blocks: HTMLElement[], language: string, rate: number, events: ReadingEvents): boolean {
  const synth = window.speechSynthesis;
  if (!synth || blocks.length === 0) return false;
  stopReading();
  try {
    queue(synth, blocks, language, rate, events);
    return true;
  } catch {
    // A speech engine that refuses an utterance must never take the screen down with it.
    stopReading();
    return false;
  }
}

function queue(synth: SpeechSynthesis, blocks: HTMLElement[], language: string, rate: number, events: ReadingEvents) {
  blocks.forEach((el, i) => {
    const own = blockLanguage(el, language);
    const lang = canSpeak(own) ? own : language;
    // innerText, not textContent: it keeps the breaks between a button's name and its text.
    const utterance = new SpeechSynthesisUtterance((el.getAttribute('aria-label') ?? el.innerText).trim());
    utterance.lang = lang;
    utterance.rate = rate;
    const voice = voiceFor(lang);
    if (voice) utterance.voice = voice;
    utterance.onstart = () => {
      mark(el);
      if (i === 0) events.onStart();
    };
    utterance.onend = () => {
      if (i === blocks.length - 1) {
        mark(null);
        events.onEnd();
      }
    };
    utterance.onerror = (event) => {
      mark(null);
      // Cancelling (a new screen) also ends utterances with an error; that is not a failure.
      if (event.error !== 'canceled' && event.error !== 'interrupted') events.onError();
    };
    synth.speak(utterance);
  });
}
