import { useStaffMode } from './StaffMode';

/** Dansk / English for the staff screens, the name of the other language in that language. */
export function LanguageSwitch() {
  const { language, setLanguage } = useStaffMode();
  const other = language === 'da' ? 'en' : 'da';
  return (
    <button type="button" className="button button--quiet" lang={other} onClick={() => setLanguage(other)}>
      {other === 'da' ? 'Dansk' : 'English'}
    </button>
  );
}
