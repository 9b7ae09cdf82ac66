import { useTranslation } from 'react-i18next';
import { BarChart } from './BarChart';
import { DataTable } from './DataTable';
import { StatSection } from './StatSection';
import { useFormatters } from './useFormatters';
import type { Dashboard } from './useDashboard';

/** Calls for help from the screen, how long citizens waited, and how long staff then helped. */
export function HelpSection({ totals }: { totals: Dashboard['totals'] }) {
  const { t } = useTranslation('dashboard');
  const format = useFormatters();
  const notAnswered = Math.max(0, totals.helpRequests - totals.helpAnswered);
  const heading = t('help.heading');
  const measures = [
    { key: 'requests', value: format.number(totals.helpRequests) },
    { key: 'answered', value: format.number(totals.helpAnswered) },
    { key: 'notAnswered', value: format.number(notAnswered) },
    { key: 'medianWait', value: format.duration(totals.medianWaitSeconds) },
    { key: 'assistedSessions', value: format.number(totals.assistedSessions) },
    { key: 'medianAssisted', value: format.duration(totals.medianAssistedSeconds) },
  ];

  return (
    <StatSection
      heading={heading}
      intro={t('help.intro')}
      empty={totals.helpRequests === 0 && totals.assistedSessions === 0}
    >
      {totals.helpRequests > 0 && (
        <BarChart
          spec={{
            locale: format.language,
            labels: [t('help.answered'), t('help.notAnswered')],
            series: [{ label: t('help.requests'), values: [totals.helpAnswered, notAnswered], fill: 'solid' }],
            horizontal: true,
            stacked: false,
          }}
          summary={t(totals.medianWaitSeconds === null ? 'help.summaryNoWait' : 'help.summary', {
            answered: format.number(totals.helpAnswered),
            notAnswered: format.number(notAnswered),
            wait: format.duration(totals.medianWaitSeconds),
          })}
        />
      )}
      <DataTable
        caption={heading}
        columns={[t('help.measure'), t('help.value')]}
        rows={measures.map((measure) => ({ key: measure.key, name: t(`help.${measure.key}`), cells: [measure.value] }))}
      />
    </StatSection>
  );
}
