import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskFailure } from '../../../electron/api/result';
import { useCitizenSession } from '../citizenSession/CitizenSession';
import { ScreenHeading } from '../components/ScreenHeading';
import { LanguageSwitch } from './LanguageSwitch';
import { PinField } from './PinField';
import { StaffError } from './StaffError';
import { StaffTextField } from './StaffTextField';
import { useStaffMode } from './StaffMode';

/**
 * First start, no staff yet: the person installing the kiosk becomes its first administrator.
 * There is no default PIN; citizens cannot use the kiosk until this is done.
 */
export function SetupScreen() {
  const { t } = useTranslation();
  const { kiosk, staffSetUp, go } = useCitizenSession();
  const staffMode = useStaffMode();
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<KioskFailure | null>(null);

  const create = async () => {
    if (pin !== repeat) {
      setRepeat('');
      return setError({ code: 'pins_differ', messageKey: 'staff:errors.pinsDiffer' });
    }
    const result = await kiosk.staff.setup({ name, pin });
    if (!result.ok) return setError(result.error);
    staffMode.enter(result.value.staff);
    staffSetUp();
    go({ name: 'staffHome' });
  };

  return (
    <div className="staff-screen">
      <div className="staff-screen__tools">
        <LanguageSwitch />
      </div>
      <ScreenHeading>{t('setup.heading')}</ScreenHeading>
      <p className="lead">{t('setup.intro')}</p>
      <StaffError error={error} />
      <form
        className="staff-form"
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <StaffTextField id="setup-name" label={t('setup.name')} maxLength={80} value={name} onChange={setName} />
        <PinField id="setup-pin" label={t('setup.pin')} value={pin} onChange={setPin} />
        <PinField id="setup-repeat" label={t('setup.repeatPin')} value={repeat} onChange={setRepeat} />
        <button type="submit" className="button button--primary">
          {t('setup.create')}
        </button>
      </form>
    </div>
  );
}
