import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A screen's one heading. It takes focus when the screen appears, so keyboard and screen-reader
 * users start at the top of the new screen instead of on a button that no longer exists.
 */
export function ScreenHeading({ children, id }: { children: ReactNode; id?: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: false });
  }, []);
  return (
    <h1 ref={heading} id={id} tabIndex={-1} className="screen-heading">
      {children}
    </h1>
  );
}
