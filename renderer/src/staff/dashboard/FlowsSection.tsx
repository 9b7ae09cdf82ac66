import { useTranslation } from 'react-i18next';
import { BarChart } from './BarChart';
import { DataTable } from './DataTable';
import { StatSection } from './StatSection';
import { useFormatters } from './useFormatters';
import type { Dashboard } from './useDashboard';

/** Per guided flow: how many runs were completed, abandoned, or are still open, of those started. */
export function FlowsSection({ flows }: { flows: Dashboard['flows'] }) {
  const { t } = useTranslation('dashboard');
  const format = useFormatters();
  const rows = flows.map((flow) => ({
    ...flow,
    name: t(`taskNames.${flow.flowId}`, { defaultValue: flow.flowId }),
    // A run neither completed nor abandoned is still open (the citizen may be using it right now).
    open: Math.max(0, flow.started - flow.completed - flow.abandoned),
  }));
  const top = rows.reduce<(typeof rows)[number] | null>(
    (best, row) => (best && best.started >= row.started ? best : row),
    null,
  );
  const heading = t('flows.heading');
  const withShare = (count: number, started: number) =>
    t('flows.withShare', { number: format.number(count), share: format.share(count, started) });

  return (
    <StatSection heading={heading} intro={t('flows.intro')} empty={!top || top.started === 0}>
      <BarChart
        spec={{
          locale: format.language,
          labels: rows.map((row) => row.name),
          series: [
            { label: t('flows.completed'), values: rows.map((row) => row.completed), fill: 'solid' },
            { label: t('flows.abandoned'), values: rows.map((row) => row.abandoned), fill: 'hatched' },
            { label: t('flows.open'), values: rows.map((row) => row.open), fill: 'outline' },
          ],
          horizontal: true,
          stacked: true,
        }}
        summary={t('flows.summary', { top: top?.name, value: format.number(top?.started ?? 0) })}
      />
      <DataTable
        caption={heading}
        columns={[t('flows.name'), t('flows.started'), t('flows.completed'), t('flows.abandoned'), t('flows.open')]}
        rows={rows.map((row) => ({
          key: row.flowId,
          name: row.name,
          cells: [
            format.number(row.started),
            withShare(row.completed, row.started),
            withShare(row.abandoned, row.started),
            withShare(row.open, row.started),
          ],
        }))}
      />
    </StatSection>
  );
}
