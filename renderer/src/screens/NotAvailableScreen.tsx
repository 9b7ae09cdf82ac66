import { useTranslation } from 'react-i18next';
import type { TaskId } from '../../../electron/api/tasks';
import { useCitizenSession } from '../citizenSession/CitizenSession';
import { ScreenHeading } from '../components/ScreenHeading';

/** An honest page for a task whose guide is not built yet, pointing to the people who can help. */
export function NotAvailableScreen({ task }: { task: TaskId }) {
  const { t } = useTranslation();
  const session = useCitizenSession();
  return (
    <div className="not-available">
      <ScreenHeading>{t('notAvailable.heading')}</ScreenHeading>
      <p className="lead">{t('notAvailable.body', { task: t(`tasks.${task}.title`) })}</p>
      <p>{t('notAvailable.askStaff')}</p>
      <button type="button" className="button button--primary" onClick={session.back}>
        {t('notAvailable.back')}
      </button>
    </div>
  );
}
