import { useTranslation } from 'react-i18next';
import { useCitizenSession } from '../citizenSession/CitizenSession';
import { ScreenHeading } from '../components/ScreenHeading';
import { LanguageSwitch } from './LanguageSwitch';
import { NameAndPin } from './NameAndPin';
import { useStaffMode } from './StaffMode';

/** Staff choose their name, then type their PIN. Five wrong PINs lock the account for a while. */
export function LoginScreen() {
  const { t } = useTranslation();
  const { kiosk, replace } = useCitizenSession();
  const staffMode = useStaffMode();
  return (
    <div className="staff-screen">
      <div className="staff-screen__tools">
        <LanguageSwitch />
      </div>
      <ScreenHeading>{t('login.heading')}</ScreenHeading>
      <NameAndPin
        submitLabel={t('login.logIn')}
        confirm={async (staffId, pin) => {
          const result = await kiosk.staff.logIn({ staffId, pin });
          if (!result.ok) return result.error;
          staffMode.enter(result.value.staff);
          replace({ name: 'staffHome' });
          return null;
        }}
      />
    </div>
  );
}
