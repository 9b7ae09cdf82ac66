import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCitizenSession } from '../citizenSession/CitizenSession';

/** Requests not entered in the national register after 7 days, flagged where staff look first. */
export function OverdueExemptions() {
  const { t } = useTranslation();
  const { kiosk, go } = useCitizenSession();
  const [count, setCount] = useState(0);
  useEffect(() => {
    void kiosk.exemption.list({ status: 'requested' }).then((result) => {
      if (result.ok) setCount(result.value.requests.filter((r) => r.overdue).length);
    });
  }, [kiosk]);
  if (count === 0) return null;
  return (
    <div className="staff-notice" role="status">
      <p>{t('exemptions.overdueNotice', { count })}</p>
      <button type="button" className="button" onClick={() => go({ name: 'staffExemptions' })}>
        {t('home.exemptions')}
      </button>
    </div>
  );
}
