import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCitizenSession } from '../citizenSession/CitizenSession';
import { useModalDialog } from './useModalDialog';
import { Icon } from './Icon';

/**
 * "Get help from staff", on every screen. It records when and where help was asked for (the
 * terminal, and the flow and step if any, never who) and tells the citizen help is coming.
 */
export function CallStaff() {
  const { t } = useTranslation();
  const session = useCitizenSession();
  const [answer, setAnswer] = useState<'coming' | 'failed' | null>(null);
  const dialog = useModalDialog(answer !== null);

  const call = async () => {
    const { screen } = session;
    const flowId = screen.name === 'flow' ? screen.flowId : undefined;
    const stepId = flowId ? session.flowMemory(flowId)?.current : undefined;
    const sessionId = (await session.sessionId()) ?? undefined;
    const result = await session.kiosk.help.request({ sessionId, flowId, stepId });
    setAnswer(result.ok ? 'coming' : 'failed');
  };

  const close = () => setAnswer(null);

  return (
    <>
      <button type="button" className="button button--quiet" onClick={() => void call()}>
        <Icon name="help" />
        {t('topBar.help')}
      </button>
      <dialog
        ref={dialog}
        className="help-dialog"
        aria-labelledby="help-dialog-heading"
        onCancel={(event) => {
          event.preventDefault();
          close();
        }}
      >
        {answer && (
          <>
            <h2 id="help-dialog-heading">{answer === 'coming' ? t('help.heading') : t('topBar.help')}</h2>
            <p>{answer === 'coming' ? t('help.body') : t('help.failed')}</p>
            <button type="button" className="button button--primary" onClick={close}>
              {t('help.close')}
            </button>
          </>
        )}
      </dialog>
    </>
  );
}
