import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from './useFormatters';
import type { Dashboard } from './useDashboard';

/** The period's headline figures, large, before the detail; the shown period is named here. */
export function Totals({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation('dashboard');
  const format = useFormatters();
  const headingId = useId();
  const { totals, perDay } = dashboard;
  const selfService = perDay.reduce((sum, day) => sum + day.selfService, 0);
  const figures = [
    { key: 'sessions', value: format.number(totals.sessions) },
    { key: 'selfService', value: format.number(selfService) },
    { key: 'assisted', value: format.number(totals.assistedSessions) },
    { key: 'flowRuns', value: format.number(totals.flowRuns) },
    { key: 'helpRequests', value: format.number(totals.helpRequests) },
    { key: 'medianWait', value: format.duration(totals.medianWaitSeconds) },
    { key: 'medianAssisted', value: format.duration(totals.medianAssistedSeconds) },
  ];
  return (
    <section className="dashboard-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('totals.heading')}</h2>
      <p className="dashboard-shown-period">
        {t('period.shown', {
          from: format.day(dashboard.from),
          to: format.day(dashboard.to),
          count: perDay.length,
          days: format.number(perDay.length),
        })}
      </p>
      <dl className="dashboard-figures">
        {figures.map((figure) => (
          <div key={figure.key} className="dashboard-figure">
            <dt>{t(`totals.${figure.key}`)}</dt>
            <dd>{figure.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
