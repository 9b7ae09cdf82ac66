import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../electron/api/contract';
import { taskIds, type TaskId } from '../../../electron/api/tasks';
import { useCitizenSession } from '../citizenSession/CitizenSession';
import { ScreenHeading } from '../components/ScreenHeading';
import { useFlowWords } from '../flows/useFlowWords';

type HelpRequest = ChannelOutput<'help.open'>['requests'][number];

/** Often enough that a new request shows while staff look at the list. */
const REFRESH_MS = 5_000;

const isTask = (id: string | null): id is TaskId => id !== null && (taskIds as readonly string[]).includes(id);

/** "3 minutes" in the screen's language, plural rules and all, from the browser's own Intl data. */
function useMinutes() {
  const { i18n } = useTranslation();
  return (seconds: number) =>
    new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(
      Math.floor(seconds / 60),
    );
}

/** Where the citizen was: the guide and its step by their titles. */
function PlaceInGuide({ flowId, stepId }: { flowId: TaskId; stepId: string | null }) {
  const { t } = useTranslation();
  const { kiosk, language } = useCitizenSession();
  const words = useFlowWords(kiosk, flowId, language).words;
  const step = stepId && words ? words(`steps.${stepId}.title`) : null;
  return (
    <>
      {t(`tasks.${flowId}.title`)}
      {step && ` — ${step}`}
    </>
  );
}

/**
 * For staff: citizens waiting for help at this terminal, oldest first. "I am helping now" marks
 * a request as answered, which records how long the citizen waited (no personal data). Minimal
 * for now; the staff issue puts it behind the staff PIN and builds it out.
 */
export function HelpRequestsScreen() {
  const { t } = useTranslation();
  const { kiosk } = useCitizenSession();
  const minutes = useMinutes();
  const [requests, setRequests] = useState<HelpRequest[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [answered, setAnswered] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());

  const refresh = useCallback(() => {
    void kiosk.help.open({}).then((result) => {
      setFailed(!result.ok);
      if (result.ok) setRequests(result.value.requests);
      setNow(Date.now());
    });
  }, [kiosk]);

  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  const acknowledge = (id: number) => {
    void kiosk.help.acknowledge({ requestId: id }).then((result) => {
      setFailed(!result.ok);
      if (result.ok) setAnswered(result.value.waitedSeconds);
      refresh();
    });
  };

  return (
    <div className="staff-help">
      <ScreenHeading>{t('staff.help.heading')}</ScreenHeading>
      <p className="lead">{t('staff.help.intro')}</p>
      <div role="status">
        {answered !== null && (
          <p className="staff-help__answered">{t('staff.help.answered', { wait: minutes(answered) })}</p>
        )}
      </div>
      {failed && <p role="alert">{t('staff.help.failed')}</p>}
      {requests?.length === 0 && <p>{t('staff.help.noneWaiting')}</p>}
      {requests && requests.length > 0 && (
        <ul className="staff-help__list">
          {requests.map((request) => (
            <li key={request.id} className="staff-help__request">
              <p>
                <strong>{request.terminalId}</strong>:{' '}
                {isTask(request.flowId) ? (
                  <PlaceInGuide flowId={request.flowId} stepId={request.stepId} />
                ) : (
                  t('staff.help.notInGuide')
                )}
              </p>
              <p>{t('staff.help.waiting', { wait: minutes(Math.max(0, (now - request.requestedAt) / 1000)) })}</p>
              <button type="button" className="button button--primary" onClick={() => acknowledge(request.id)}>
                {t('staff.help.acknowledge')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
