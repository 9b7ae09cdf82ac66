import { useTranslation } from 'react-i18next';
import { BarChart } from './BarChart';
import { DataTable } from './DataTable';
import { StatSection } from './StatSection';
import { useFormatters } from './useFormatters';

export interface NamedCount {
  key: string;
  name: string;
  count: number;
}

interface CountSectionProps {
  /** The section's words in dashboard.json: heading, intro, name, count, share. */
  wordsKey: string;
  items: NamedCount[];
  /** What each share is a share of (all sessions, all assisted sessions, …). */
  whole: number;
}

/** A ranked list (tasks, languages, outcomes, …): one bar per item and a table with count and share. */
export function CountSection({ wordsKey, items, whole }: CountSectionProps) {
  const { t } = useTranslation('dashboard');
  const format = useFormatters();
  const heading = t(`${wordsKey}.heading`);
  const countLabel = t(`${wordsKey}.count`);
  const top = items.reduce<NamedCount | null>((best, item) => (best && best.count >= item.count ? best : item), null);
  return (
    <StatSection heading={heading} intro={t(`${wordsKey}.intro`)} empty={!top || top.count === 0}>
      <BarChart
        spec={{
          locale: format.language,
          labels: items.map((item) => item.name),
          series: [{ label: countLabel, values: items.map((item) => item.count), fill: 'solid' }],
          horizontal: true,
          stacked: false,
        }}
        summary={t('rankedSummary', { title: heading, top: top?.name, value: format.number(top?.count ?? 0) })}
      />
      <DataTable
        caption={heading}
        columns={[t(`${wordsKey}.name`), countLabel, t(`${wordsKey}.share`)]}
        rows={items.map((item) => ({
          key: item.key,
          name: item.name,
          cells: [format.number(item.count), format.share(item.count, whole)],
        }))}
      />
    </StatSection>
  );
}
