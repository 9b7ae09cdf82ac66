import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { KioskApi } from '../../../electron/api/client';
import type { ChannelOutput, Settings } from '../../../electron/api/contract';
import type { LanguageCode } from '../../../electron/api/languages';
import { changeLanguage } from '../i18n/i18n';
import { playWarningTone, unlockWarningTone } from '../sound/warningTone';
import { applySettingsToDocument, defaultSettings } from './defaultSettings';
import { isStaffScreen, type Screen } from './screens';
import { forgetInBrowser } from '../lockdown/forgetInBrowser';
import { timingMark } from './timingMark';
import { useIdleReset } from './useIdleReset';

type StartData = ChannelOutput<'kiosk.start'>;
export type EndReason = 'idle' | 'finished';

/** Where a citizen is in one flow, kept while they visit other screens; gone at reset. */
export interface FlowMemory {
  runId: Promise<number | null>;
  history: string[];
  current: string;
  answers: Record<string, Record<string, string>>;
  completed: boolean;
}

interface CitizenSessionValue {
  kiosk: KioskApi;
  config: StartData['config'];
  staffNotices: StartData['staffNotices'];
  flows: StartData['flows'];
  language: LanguageCode;
  settings: Settings;
  screen: Screen;
  canGoBack: boolean;
  /** Seconds left before the idle reset, once the warning shows; otherwise null. */
  idleSecondsLeft: number | null;
  chooseLanguage(language: LanguageCode): void;
  changeSettings(change: Partial<Settings>): void;
  go(screen: Screen): void;
  /** Shows a screen in place of the current one (after logging in, the login screen goes). */
  replace(screen: Screen): void;
  back(): void;
  /** Back to where the citizen was before staff opened their screens. */
  leaveStaffScreens(): void;
  /** No staff account yet: only the setup screen shows. */
  needsStaffSetup: boolean;
  staffSetUp(): void;
  /** While staff are in staff mode, the kiosk waits the staff idle time before resetting. */
  setStaffMode(on: boolean): void;
  moreTime(): void;
  reset(reason: EndReason): void;
  /** The citizen session's id once recorded (starting one if needed); null if the database failed. */
  sessionId(): Promise<number | null>;
  flowMemory(flowId: string): FlowMemory | undefined;
  rememberFlow(flowId: string, memory: FlowMemory): void;
}

const CitizenSessionContext = createContext<CitizenSessionValue | null>(null);

export function useCitizenSession(): CitizenSessionValue {
  const value = useContext(CitizenSessionContext);
  if (!value) throw new Error('useCitizenSession outside CitizenSessionProvider');
  return value;
}

function logFailure(what: string, result: { ok: boolean; error?: { code: string } }) {
  if (!result.ok) console.warn(`${what} failed: ${result.error?.code ?? 'unknown'}`);
}

/**
 * One citizen's use of the kiosk, from the first touch to the reset: language, settings, where
 * they are, and the anonymous session record. A reset drops all of it; `generation` changes the
 * key of everything below, so no component keeps anything a citizen entered.
 */
export function CitizenSessionProvider(props: {
  kiosk: KioskApi;
  start: StartData;
  /** The wipe of whoever used the terminal before this page started; settles when it is done. */
  earlierUseForgotten: Promise<unknown>;
  children: (generation: number) => ReactNode;
}) {
  const { kiosk, start } = props;
  const { config } = start;
  const defaultLanguage = config.languages.default;
  const [generation, setGeneration] = useState(0);
  const [active, setActive] = useState(false);
  const [language, setLanguage] = useState<LanguageCode>(defaultLanguage);
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [screens, setScreens] = useState<Screen[]>([{ name: 'welcome' }]);
  const [needsStaffSetup, setNeedsStaffSetup] = useState(start.needsStaffSetup);
  const [staffMode, setStaffMode] = useState(false);
  // The session row's id, once the database has answered; null after a reset.
  const sessionId = useRef<Promise<number | null> | null>(null);
  // The wipe after the citizen before; a new session is recorded only once it has settled.
  const previousWiped = useRef(props.earlierUseForgotten);
  const flows = useRef(new Map<string, FlowMemory>());

  const beginSession = useCallback(() => {
    if (sessionId.current) return;
    unlockWarningTone();
    setActive(true);
    const record = () => kiosk.session.start({ language });
    sessionId.current = previousWiped.current.then(record, record).then((result) => {
      logFailure('session.start', result);
      return result.ok ? result.value.sessionId : null;
    });
  }, [kiosk, language]);

  // The first touch or key press anywhere starts the citizen's session.
  useEffect(() => {
    window.addEventListener('pointerdown', beginSession, { capture: true });
    window.addEventListener('keydown', beginSession, { capture: true });
    return () => {
      window.removeEventListener('pointerdown', beginSession, { capture: true });
      window.removeEventListener('keydown', beginSession, { capture: true });
    };
  }, [beginSession]);

  useEffect(() => applySettingsToDocument(settings), [settings]);

  const withSession = useCallback((call: (id: number) => Promise<{ ok: boolean }>, what: string) => {
    void sessionId.current?.then((id) => (id === null ? undefined : call(id).then((r) => logFailure(what, r))));
  }, []);

  const chooseLanguage = useCallback(
    (next: LanguageCode) => {
      setLanguage(next);
      void changeLanguage(next);
      withSession((id) => kiosk.session.useLanguage({ sessionId: id, language: next }), 'session.useLanguage');
    },
    [kiosk, withSession],
  );

  const changeSettings = useCallback(
    (change: Partial<Settings>) => {
      // Plugging in headphones changes a setting before any touch; it starts the session all the same.
      beginSession();
      const next = { ...settings, ...change };
      setSettings(next);
      withSession((id) => kiosk.session.useSettings({ sessionId: id, settings: next }), 'session.useSettings');
    },
    [kiosk, withSession, settings, beginSession],
  );

  const reset = useCallback(
    (reason: EndReason) => {
      timingMark('kiosk:reset-start');
      // The services close the session's record and wipe everything the citizen left; a session
      // whose record never got saved (a full disk) is wiped all the same.
      const ending = sessionId.current;
      if (ending) {
        previousWiped.current = ending.then((id) =>
          (id === null ? kiosk.session.forget({}) : kiosk.session.end({ sessionId: id, reason })).then((r) =>
            logFailure('session.end', r),
          ),
        );
      }
      forgetInBrowser();
      sessionId.current = null;
      flows.current = new Map();
      setActive(false);
      setSettings(defaultSettings());
      setScreens([{ name: 'welcome' }]);
      setLanguage(defaultLanguage);
      void changeLanguage(defaultLanguage);
      setGeneration((g) => g + 1);
    },
    [kiosk, defaultLanguage],
  );

  const idle = useIdleReset({
    active,
    timeoutSeconds: staffMode ? config.staff.idleMinutes * 60 : config.idle.timeoutSeconds,
    warningSeconds: config.idle.warningSeconds,
    onWarning: playWarningTone,
    onTimeout: () => reset('idle'),
  });

  const value = useMemo<CitizenSessionValue>(
    () => ({
      kiosk,
      config,
      staffNotices: start.staffNotices,
      flows: start.flows,
      language,
      settings,
      screen: screens.at(-1) ?? { name: 'welcome' },
      canGoBack: screens.length > 1,
      idleSecondsLeft: idle.secondsLeft,
      chooseLanguage,
      changeSettings,
      go: (screen) => setScreens((stack) => [...stack, screen]),
      replace: (screen) => setScreens((stack) => [...stack.slice(0, -1), screen]),
      back: () => setScreens((stack) => (stack.length > 1 ? stack.slice(0, -1) : stack)),
      leaveStaffScreens: () =>
        setScreens((stack) => {
          const citizens = stack.filter((screen) => !isStaffScreen(screen));
          return citizens.length > 0 ? citizens : [{ name: 'welcome' }];
        }),
      needsStaffSetup,
      staffSetUp: () => setNeedsStaffSetup(false),
      setStaffMode,
      moreTime: idle.moreTime,
      reset,
      sessionId: () => {
        beginSession();
        return sessionId.current ?? Promise.resolve(null);
      },
      flowMemory: (flowId) => flows.current.get(flowId),
      rememberFlow: (flowId, memory) => void flows.current.set(flowId, memory),
    }),
    [
      kiosk,
      beginSession,
      start.flows,
      config,
      start.staffNotices,
      language,
      settings,
      screens,
      idle.secondsLeft,
      idle.moreTime,
      chooseLanguage,
      changeSettings,
      reset,
      needsStaffSetup,
    ],
  );

  return <CitizenSessionContext.Provider value={value}>{props.children(generation)}</CitizenSessionContext.Provider>;
}
