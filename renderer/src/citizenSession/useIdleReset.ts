import { useCallback, useEffect, useRef, useState } from 'react';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Counts down while a citizen session is active. `secondsLeft` becomes a number once the warning
 * time is reached (show the warning); at zero `onTimeout` runs. Any touch or key press, or
 * `moreTime`, starts the count again.
 */
export function useIdleReset(options: {
  active: boolean;
  timeoutSeconds: number;
  warningSeconds: number;
  onWarning: () => void;
  onTimeout: () => void;
}) {
  const { active, timeoutSeconds, warningSeconds } = options;
  const lastActivity = useRef(0);
  const warned = useRef(false);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const callbacks = useRef(options);
  useEffect(() => {
    callbacks.current = options;
  });

  const moreTime = useCallback(() => {
    lastActivity.current = Date.now();
    warned.current = false;
    setSecondsLeft(null);
  }, []);

  useEffect(() => {
    if (!active) return;
    lastActivity.current = Date.now();
    warned.current = false;
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, moreTime, { capture: true, passive: true });
    const timer = window.setInterval(() => {
      const left = Math.ceil(timeoutSeconds - (Date.now() - lastActivity.current) / 1000);
      if (left <= 0) {
        window.clearInterval(timer);
        setSecondsLeft(null);
        callbacks.current.onTimeout();
      } else if (left <= warningSeconds) {
        if (!warned.current) {
          warned.current = true;
          callbacks.current.onWarning();
        }
        setSecondsLeft(left);
      }
    }, 1000);
    return () => {
      window.clearInterval(timer);
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, moreTime, { capture: true });
    };
  }, [active, timeoutSeconds, warningSeconds, moreTime]);

  return { secondsLeft, moreTime };
}
