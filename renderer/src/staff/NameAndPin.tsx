import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskFailure } from '../../../electron/api/result';
import { useCitizenSession } from '../citizenSession/CitizenSession';
import { PinField } from './PinField';
import { StaffError } from './StaffError';

type Name = { id: number; name: string };

/**
 * Choose your name, then type your PIN: how staff log in, and how an administrator confirms the
 * staff exit. `confirm` answers with a failure to show, or null when it went through.
 */
export function NameAndPin(props: {
  submitLabel: string;
  confirm(staffId: number, pin: string): Promise<KioskFailure | null>;
}) {
  const { t } = useTranslation();
  const { kiosk } = useCitizenSession();
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

  const submit = async () => {
    if (!chosen) return;
    const failure = await props.confirm(chosen.id, pin);
    setPin('');
    setError(failure);
  };

  return (
    <>
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
            void submit();
          }}
        >
          <p className="lead">{t('login.pinFor', { name: chosen.name })}</p>
          <PinField label={t('login.pin')} value={pin} onChange={setPin} />
          <div className="flow__actions">
            <button type="button" className="button" onClick={() => (setChosen(null), setPin(''), setError(null))}>
              {t('login.otherName')}
            </button>
            <button type="submit" className="button button--primary">
              {props.submitLabel}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
