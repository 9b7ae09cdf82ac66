import { useTranslation } from 'react-i18next';
import type { KioskFailure } from '../../../electron/api/result';

/**
 * An API failure in the staff language. Staff-only messages are keyed `staff:errors.…`; the rest
 * (a wrong PIN, a locked account) are the kiosk's own errors, looked up in its words.
 */
export function StaffError({ error }: { error: KioskFailure | null }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="staff-error">
      {error && <p>{t(error.messageKey, { ns: 'kiosk', ...error.params })}</p>}
    </div>
  );
}
