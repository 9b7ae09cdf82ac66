import { flowSchema } from '../../electron/services/flows/flowSchema';

/**
 * Text written to break out of being text: markup that would run script if it became markup,
 * placeholders and nesting that i18next would expand if it read a value as a template, and a
 * right-to-left override. Each payload that runs sets window.__pwned, which must stay undefined.
 * Used by the unit and end-to-end tests of hostile content (hostileContent.test.ts/.spec.ts).
 */
export const hostile = {
  img: '<img src=x onerror="window.__pwned=1">',
  script: '<script>window.__pwned=1</script>',
  svg: '"><svg onload="window.__pwned=1">',
  /** i18next's own syntax: a placeholder and a nested translation, which must stay as typed. */
  template: '{{centreName}} $t(welcome.intro)',
  /** RIGHT-TO-LEFT OVERRIDE ... POP DIRECTIONAL FORMATTING: reverses what follows when it is not isolated. */
  rtl: '\u202Eexe.txt\u202C',
} as const;

/** Every payload in one string, for a place that takes a long text. */
export const allHostile = Object.values(hostile).join(' ');

/** Short enough for fields limited to 80 characters (a staff name, the centre's name). */
export const shortHostile = `${hostile.img}${hostile.template}${hostile.rtl}`;

/**
 * Run in a page (page.evaluate(injectedMarkup)): elements the payloads would have made had they
 * become markup, and whether any of their script ran. Inline event handlers are never part of the
 * kiosk's own markup (its Content-Security-Policy refuses them), so an element with one was
 * injected. Self-contained, because Playwright sends its source to the page.
 */
export function injectedMarkup(): { elements: string[]; pwned: unknown } {
  const elements = [...document.querySelectorAll('*')]
    .filter(
      (el) =>
        [...el.attributes].some((a) => /^on/i.test(a.name)) ||
        (el.tagName.toLowerCase() === 'img' && el.getAttribute('src') === 'x') ||
        (el.tagName.toLowerCase() === 'script' && (el.textContent ?? '').includes('__pwned')),
    )
    .map((el) => el.outerHTML.slice(0, 120));
  return { elements, pwned: (window as unknown as Record<string, unknown>).__pwned };
}

/**
 * A centre's own flow, in place of "change-address", with every kind of step and of form field:
 * the hostile-content tests give each of its words a payload.
 */
export const everyStepKindFlow = flowSchema.parse({
  id: 'change-address',
  steps: [
    { id: 'intro', kind: 'information' },
    { id: 'things', kind: 'checklist', items: ['first', 'second'] },
    { id: 'ask', kind: 'choice', options: [{ id: 'yes' }, { id: 'no' }] },
    {
      id: 'details',
      kind: 'form',
      fields: [
        { id: 'name', type: 'text', required: true },
        { id: 'kind', type: 'choice', required: true, options: ['one', 'two'] },
        { id: 'again', type: 'yesNo', required: false },
      ],
    },
    { id: 'check', kind: 'check' },
    { id: 'site', kind: 'site', url: 'https://www.borger.dk/' },
    { id: 'done', kind: 'confirmation' },
  ],
});
