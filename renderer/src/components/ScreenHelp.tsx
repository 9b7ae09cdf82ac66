import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCitizenSession } from '../citizenSession/CitizenSession';
import { CallStaff } from './CallStaff';
import { isStaffScreen } from '../citizenSession/screens';
import { useModalDialog } from './useModalDialog';

/** The keypad's help key; F1 on a keyboard. */
const HELP_KEYS = ['Help', 'F1'];

/**
 * The help key on every screen (EZ Access): explains where the citizen is and what to do, in the
 * screen's language, how the keys work, and offers to call staff.
 */
export function ScreenHelp() {
  const { t } = useTranslation();
  const { screen } = useCitizenSession();
  const [open, setOpen] = useState(false);
  const dialog = useModalDialog(open);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!HELP_KEYS.includes(event.key)) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // In a flow, the step and how far along it is, as the screen shows them.
  const explanation =
    screen.name === 'flow'
      ? t('screenHelp.flow', {
          progress: document.querySelector('.flow__progress span')?.textContent ?? '',
          step: document.querySelector('main h1')?.textContent ?? '',
        })
      : screen.name === 'exemption'
        ? t('exemption:screenHelp')
        : t(isStaffScreen(screen) ? 'screenHelp.staffHelp' : `screenHelp.${screen.name}`);

  return (
    <dialog
      ref={dialog}
      className="help-dialog"
      aria-labelledby="screen-help-heading"
      onCancel={(event) => {
        event.preventDefault();
        setOpen(false);
      }}
    >
      {open && (
        <>
          <h2 id="screen-help-heading">{t('screenHelp.heading')}</h2>
          <p>{explanation}</p>
          <p>{t('screenHelp.keys')}</p>
          <div className="dialog-actions">
            <CallStaff />
            <button type="button" className="button button--primary" onClick={() => setOpen(false)}>
              {t('screenHelp.close')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
