import { useTranslation } from 'react-i18next';
import { useCitizenSession } from '../citizenSession/CitizenSession';

/**
 * Messages for staff about the kiosk itself (a config file with a mistake, a damaged database
 * that was moved aside). Shown on the welcome screen until staff mode arrives to hold them.
 */
export function StaffNotices() {
  const { t } = useTranslation();
  const { staffNotices } = useCitizenSession();
  if (staffNotices.length === 0) return null;
  return (
    <section className="staff-notices" aria-labelledby="staff-notices-heading">
      <h2 id="staff-notices-heading">{t('notices.heading')}</h2>
      <ul>
        {staffNotices.map((notice, i) => (
          <li key={i} data-notice={notice.code}>
            {t(notice.messageKey, {
              ...notice.params,
              reason: notice.reason ? t(notice.reason.messageKey, notice.reason.params) : '',
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
