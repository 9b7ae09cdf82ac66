import back from '../icons/back.svg?raw';
import check from '../icons/check.svg?raw';
import eye from '../icons/eye.svg?raw';
import finish from '../icons/finish.svg?raw';
import globe from '../icons/globe.svg?raw';
import help from '../icons/help.svg?raw';
import speaker from '../icons/speaker.svg?raw';

/**
 * The icons are drawn inline, filled with the text's own colour. They were CSS mask images painted
 * with `background: currentColor`, and forced colours (Windows' own high contrast) replace
 * backgrounds with the system's, so every icon vanished there; an SVG fill of currentColor follows
 * the forced text colour. Inline, they also cost no separate SVG document each, which the browser
 * had to fetch and parse on the main thread (1 to 10 ms each in a trace of the first screen).
 */
const drawings = { back, check, eye, finish, globe, help, speaker };

export type IconName = keyof typeof drawings;

/** Each file is one 24 x 24 path; only its outline is needed here. */
const outlines = Object.fromEntries(
  Object.entries(drawings).map(([name, svg]) => [name, /\sd="([^"]+)"/.exec(svg)![1]!]),
) as Record<IconName, string>;

/** A decorative icon: the button beside it carries the words, so assistive technology skips it. */
export function Icon({ name }: { name: IconName }) {
  return (
    <svg className={`icon icon--${name}`} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={outlines[name]} />
    </svg>
  );
}
