import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../electron/api/contract';
import type { KioskFailure } from '../../../electron/api/result';
import { useCitizenSession } from '../citizenSession/CitizenSession';
import { ScreenHeading } from '../components/ScreenHeading';
import { PinField } from './PinField';
import { StaffError } from './StaffError';
import { StaffTextField } from './StaffTextField';

type Account = ChannelOutput<'staff.accounts'>['staff'][number];
type Role = Account['role'];

/** For administrators: the staff accounts, adding one, switching one off, giving one a new PIN. */
export function AccountsScreen() {
  const { t } = useTranslation();
  const { kiosk } = useCitizenSession();
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [error, setError] = useState<KioskFailure | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('staff');
  const [pin, setPin] = useState('');
  const [resetting, setResetting] = useState<Account | null>(null);

  const refresh = useCallback(() => {
    void kiosk.staff.accounts({}).then((result) => {
      if (result.ok) setAccounts(result.value.staff);
      else setError(result.error);
    });
  }, [kiosk]);
  useEffect(refresh, [refresh]);

  /** Runs a change; on success says so, clears the PIN and reloads the list. */
  const change = async (call: Promise<{ ok: boolean; error?: KioskFailure }>, message: string) => {
    const result = await call;
    setPin('');
    if (!result.ok) return setError(result.error ?? null);
    setError(null);
    setDone(message);
    setResetting(null);
    refresh();
  };

  const submit = () => {
    if (resetting) {
      void change(kiosk.staff.resetPin({ staffId: resetting.id, pin }), t('accounts.pinReset', resetting));
    } else {
      void change(kiosk.staff.add({ name, role, pin }), t('accounts.added', { name }));
      setName('');
    }
  };

  return (
    <div className="staff-screen">
      <ScreenHeading>{t('accounts.heading')}</ScreenHeading>
      <div role="status">{done && <p>{done}</p>}</div>
      <StaffError error={error} />
      <table className="staff-table">
        <caption>{t('accounts.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('accounts.name')}</th>
            <th scope="col">{t('accounts.role')}</th>
            <th scope="col">{t('accounts.state')}</th>
            <th scope="col">{t('accounts.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.name}</th>
              <td>{t(`roles.${a.role}`)}</td>
              <td>{t(a.disabled ? 'accounts.disabled' : 'accounts.active')}</td>
              <td>
                {!a.disabled && (
                  <>
                    <button type="button" className="button" onClick={() => (setResetting(a), setPin(''))}>
                      {t('accounts.resetPin', a)}
                    </button>{' '}
                    <button
                      type="button"
                      className="button"
                      onClick={() => void change(kiosk.staff.disable({ staffId: a.id }), t('accounts.wasDisabled', a))}
                    >
                      {t('accounts.disable', a)}
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="staff-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <h2>{resetting ? t('accounts.newPinFor', resetting) : t('accounts.addHeading')}</h2>
        {!resetting && (
          <>
            <StaffTextField
              id="account-name"
              label={t('accounts.name')}
              maxLength={80}
              value={name}
              onChange={setName}
            />
            <fieldset className="question">
              <legend className="question__label">{t('accounts.role')}</legend>
              <div className="radios">
                {(['staff', 'admin'] as const).map((r) => (
                  <label key={r} className="choice">
                    <input type="radio" name="role" checked={role === r} onChange={() => setRole(r)} />
                    <span>{t(`roles.${r}`)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          </>
        )}
        <PinField id="account-pin" label={t('accounts.pin')} value={pin} onChange={setPin} />
        <div className="flow__actions">
          {resetting && (
            <button type="button" className="button" onClick={() => (setResetting(null), setPin(''))}>
              {t('accounts.cancel')}
            </button>
          )}
          <button type="submit" className="button button--primary">
            {resetting ? t('accounts.savePin') : t('accounts.add')}
          </button>
        </div>
      </form>
    </div>
  );
}
