import type { Settings } from '../../../electron/api/contract';

export const textSizes = [100, 125, 150, 175, 200] as const;

/** What every citizen starts with; reduced motion follows the machine's own setting. */
export function defaultSettings(): Settings {
  return {
    textSize: 100,
    highContrast: false,
    reducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
    speech: false,
    touchToHear: false,
  };
}

/** The settings are attributes on <html>, so the style sheet does the rest (no inline styles under our CSP). */
export function applySettingsToDocument(settings: Settings): void {
  const root = document.documentElement;
  root.dataset.theme = settings.highContrast ? 'high-contrast' : 'standard';
  root.dataset.textSize = String(settings.textSize);
  root.dataset.reducedMotion = String(settings.reducedMotion);
}
