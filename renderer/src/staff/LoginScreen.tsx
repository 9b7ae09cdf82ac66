import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskFailure } from '../../../electron/api/result';
import { useCitizenSession } from '../citizenSession/CitizenSession';
import { ScreenHeading } from '../components/ScreenHeading';
import { LanguageSwitch } from './LanguageSwitch';
import { PinField } from './PinField';
import { StaffError } from './StaffError';
import { useStaffMode } from './StaffMode';

type Name = { id: number; name: string };

/** Staff choose their name, then type their PIN. Five wrong PINs lock the account for a while. */
export function LoginScreen() {
  const { t } = useTranslation();
  const { kiosk, replace } = useCitizenSession();
  const staffMode = useStaffMode();
  const [names, setNames] = useState<Name[] | null>(null);
  const [chosen, setChosen] = useState<Name | null>(null);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<KioskFailure | null>(null);

  useEffect(() => {
    void kiosk.staff.names({}).then((result) => {
      if (result.ok) setNames(result.value.staff);
      else setError(result.error);
    });
  }, [kiosk]);

  const logIn = async () => {
    if (!chosen) return;
    const result = await kiosk.staff.logIn({ staffId: chosen.id, pin });
    setPin('');
    if (!result.ok) return setError(result.error);
    staffMode.enter(result.value.staff);
    replace({ name: 'staffHome' });
  };

  return (
    <div className="staff-screen">
      <div className="staff-screen__tools">
        <LanguageSwitch />
      </div>
      <ScreenHeading>{t('login.heading')}</ScreenHeading>
      <StaffError error={error} />
      {!chosen && (
        <>
          <p className="lead">{t('login.chooseName')}</p>
          <ul className="staff-names">
            {names?.map((n) => (
              <li key={n.id}>
                <button type="button" className="button" onClick={() => (setChosen(n), setError(null))}>
                  {n.name}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {chosen && (
        <form
          className="staff-form"
          onSubmit={(event) => {
            event.preventDefault();
            void logIn();
          }}
        >
          <p className="lead">{t('login.pinFor', { name: chosen.name })}</p>
          <PinField label={t('login.pin')} value={pin} onChange={setPin} />
          <div className="flow__actions">
            <button type="button" className="button" onClick={() => (setChosen(null), setPin(''), setError(null))}>
              {t('login.otherName')}
            </button>
            <button type="submit" className="button button--primary">
              {t('login.logIn')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
