import { useEffect, useRef } from 'react';

// Names operating systems give headphone outputs, in the languages a Danish terminal may run in.
const HEADPHONE_NAMES = /head ?(phone|set)|ear ?(phone|bud)|hovedtelefon|høretelefon|kopfhörer|airpods/i;

/** True when an audio output's name says it is headphones (the platform names it; we only read it). */
export function looksLikeHeadphones(label: string): boolean {
  return HEADPHONE_NAMES.test(label);
}

async function headphonesPresent(devices: MediaDevices): Promise<boolean> {
  const outputs = (await devices.enumerateDevices()).filter((d) => d.kind === 'audiooutput');
  return outputs.some((d) => looksLikeHeadphones(d.label));
}

/**
 * Calls `onConnected` when headphones are plugged in, where the platform reports it: the browser
 * announces a device change, and the audio outputs' names show headphones that were not there
 * before. Where names are hidden (a browser without permission) nothing happens, rather than a guess.
 * In Electron the kiosk page may read device names, never capture audio (window/lockdown.ts).
 */
export function useHeadphones(onConnected: () => void) {
  const latest = useRef(onConnected);
  useEffect(() => {
    latest.current = onConnected;
  });

  useEffect(() => {
    const devices = navigator.mediaDevices as MediaDevices | undefined;
    if (!devices) return;
    let present: boolean | null = null;
    let live = true;
    const check = () =>
      headphonesPresent(devices).then(
        (now) => {
          if (!live) return;
          if (now && present === false) latest.current();
          present = now;
        },
        () => undefined,
      );
    void check();
    devices.addEventListener('devicechange', check);
    return () => {
      live = false;
      devices.removeEventListener('devicechange', check);
    };
  }, []);
}
