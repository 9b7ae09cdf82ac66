import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A screen's one heading. It takes focus when the screen appears, so keyboard and screen-reader
 * users start at the top of the new screen instead of on a button that no longer exists.
 */
export function ScreenHeading({
  children,
  id,
  paintTiming,
}: {
  children: ReactNode;
  id?: string;
  paintTiming?: string;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: false });
  }, []);
  return (
    // `paintTiming` names the heading for the browser's Element Timing, which reports when it is
    // first painted (the benchmark's "on show"; React's types do not know the attribute).
    <h1
      ref={heading}
      id={id}
      tabIndex={-1}
      className="screen-heading"
      {...(paintTiming && { elementtiming: paintTiming })}
    >
      {children}
    </h1>
  );
}
