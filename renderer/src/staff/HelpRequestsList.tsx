import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../electron/api/contract';
import { taskIds, type TaskId } from '../../../electron/api/tasks';
import { useCitizenSession } from '../citizenSession/CitizenSession';
import type { KioskFailure } from '../../../electron/api/result';
import { useFlowWords } from '../flows/useFlowWords';
import { StaffError } from './StaffError';
import { useStaffMode } from './StaffMode';

type HelpRequest = ChannelOutput<'help.open'>['requests'][number];

/** Often enough that a new request shows while staff look at the list. */
const REFRESH_MS = 5_000;

const isTask = (id: string | null): id is TaskId => id !== null && (taskIds as readonly string[]).includes(id);

/** "3 minutes" in the staff language, plural rules and all, from the browser's own Intl data. */
function useMinutes() {
  const { i18n } = useTranslation();
  return (seconds: number) =>
    new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(
      Math.floor(seconds / 60),
    );
}

/** Where the citizen was: the guide and its step by their titles, in the citizen's words. */
function PlaceInGuide({ flowId, stepId }: { flowId: TaskId; stepId: string | null }) {
  const { t } = useTranslation();
  const { kiosk, language } = useCitizenSession();
  const words = useFlowWords(kiosk, flowId, language).words;
  const step = stepId && words ? words(`steps.${stepId}.title`) : null;
  return (
    <>
      {t(`tasks.${flowId}`)}
      {step && (
        <>
          {' — '}
          <span lang={language}>{step}</span>
        </>
      )}
    </>
  );
}

/**
 * Citizens waiting for help, oldest first. "I am helping now" answers the call (which records
 * how long the citizen waited) and starts an assisted session linked to it, then returns to the
 * citizen's screen with the session's clock running in the staff bar.
 */
export function HelpRequestsList() {
  const { t } = useTranslation();
  const { kiosk, leaveStaffScreens } = useCitizenSession();
  const { setAssisted, assisted } = useStaffMode();
  const minutes = useMinutes();
  const [requests, setRequests] = useState<HelpRequest[] | null>(null);
  const [error, setError] = useState<KioskFailure | null>(null);
  const [now, setNow] = useState(() => Date.now());

  const refresh = useCallback(() => {
    void kiosk.help.open({}).then((result) => {
      setError(result.ok ? null : result.error);
      if (result.ok) setRequests(result.value.requests);
      setNow(Date.now());
    });
  }, [kiosk]);

  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  const helpNow = (id: number) => {
    void kiosk.assisted.start({ helpRequestId: id }).then((result) => {
      if (!result.ok) return setError(result.error);
      setAssisted({ id: result.value.assistedId, startedAt: Date.now() });
      leaveStaffScreens();
    });
  };

  return (
    <section className="staff-help" aria-labelledby="staff-help-heading">
      <h2 id="staff-help-heading">{t('help.heading')}</h2>
      <StaffError error={error} />
      {requests?.length === 0 && <p>{t('help.noneWaiting')}</p>}
      {requests && requests.length > 0 && (
        <ul className="staff-help__list">
          {requests.map((request) => (
            <li key={request.id} className="staff-help__request">
              <p>
                <strong>{request.terminalId}</strong>:{' '}
                {isTask(request.flowId) ? (
                  <PlaceInGuide flowId={request.flowId} stepId={request.stepId} />
                ) : (
                  t('help.notInGuide')
                )}
              </p>
              <p>{t('help.waiting', { wait: minutes(Math.max(0, (now - request.requestedAt) / 1000)) })}</p>
              {!assisted && (
                <button type="button" className="button button--primary" onClick={() => helpNow(request.id)}>
                  {t('help.helpNow')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
