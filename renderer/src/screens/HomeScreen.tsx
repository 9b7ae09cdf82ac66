import { useTranslation } from 'react-i18next';
import { useCitizenSession } from '../citizenSession/CitizenSession';
import { ScreenHeading } from '../components/ScreenHeading';

/** The tasks this centre offers, as large tiles. */
export function HomeScreen() {
  const { t } = useTranslation();
  const session = useCitizenSession();
  return (
    <div className="home">
      <ScreenHeading>{t('home.heading')}</ScreenHeading>
      <p className="lead">{t('home.intro')}</p>
      <ul className="tiles" aria-label={t('home.tasksLabel')}>
        {session.config.flows.enabled.map((task) => (
          <li key={task}>
            <button
              type="button"
              className="tile"
              data-task={task}
              onClick={() =>
                session.go(
                  // The exemption is not a guide but a request, with staff verifying it: its own screen.
                  task === 'digital-post-exemption'
                    ? { name: 'exemption' }
                    : session.flows.some((f) => f.id === task)
                      ? { name: 'flow', flowId: task }
                      : { name: 'notAvailable', task },
                )
              }
            >
              <span className="tile__title">{t(`tasks.${task}.title`)}</span>
              <span className="tile__description">{t(`tasks.${task}.description`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
