import { useTranslation } from 'react-i18next';
import { BarChart } from './BarChart';
import { DataTable } from './DataTable';
import { StatSection } from './StatSection';
import { useFormatters, type Formatters } from './useFormatters';
import type { Dashboard } from './useDashboard';

/** Beyond two months, days become too many bars and table rows to read: they are added up by month. */
const MOST_DAYS_SHOWN_ONE_BY_ONE = 62;

interface Bucket {
  key: string;
  axisLabel: string;
  name: string;
  selfService: number;
  assisted: number;
}

function buckets(perDay: Dashboard['perDay'], format: Formatters): Bucket[] {
  if (perDay.length <= MOST_DAYS_SHOWN_ONE_BY_ONE) {
    return perDay.map((day) => ({
      key: day.date,
      axisLabel: format.shortDay(day.date),
      name: format.day(day.date),
      selfService: day.selfService,
      assisted: day.assisted,
    }));
  }
  const months = new Map<string, Bucket>();
  for (const day of perDay) {
    const key = day.date.slice(0, 7);
    const month = months.get(key) ?? {
      key,
      axisLabel: format.month(key),
      name: format.month(key),
      selfService: 0,
      assisted: 0,
    };
    month.selfService += day.selfService;
    month.assisted += day.assisted;
    months.set(key, month);
  }
  return [...months.values()];
}

/** Sessions over time, self-service and assisted stacked, so each bar's height is the day's total. */
export function SessionsSection({ perDay }: { perDay: Dashboard['perDay'] }) {
  const { t } = useTranslation('dashboard');
  const format = useFormatters();
  const byMonth = perDay.length > MOST_DAYS_SHOWN_ONE_BY_ONE;
  const rows = buckets(perDay, format);
  const sum = (pick: (bucket: Bucket) => number) => rows.reduce((total, bucket) => total + pick(bucket), 0);
  const selfService = sum((bucket) => bucket.selfService);
  const assisted = sum((bucket) => bucket.assisted);
  const busiest = rows.reduce<Bucket | null>(
    (best, bucket) =>
      best && best.selfService + best.assisted >= bucket.selfService + bucket.assisted ? best : bucket,
    null,
  );
  const heading = t(byMonth ? 'sessions.headingMonth' : 'sessions.headingDay');
  const words = [t('sessions.selfService'), t('sessions.assisted'), t('sessions.total')];
  const intro = byMonth ? `${t('sessions.intro')} ${t('sessions.byMonth')}` : t('sessions.intro');

  return (
    <StatSection heading={heading} intro={intro} empty={selfService + assisted === 0}>
      <BarChart
        spec={{
          locale: format.language,
          labels: rows.map((bucket) => bucket.axisLabel),
          series: [
            { label: words[0]!, values: rows.map((bucket) => bucket.selfService), fill: 'solid' },
            { label: words[1]!, values: rows.map((bucket) => bucket.assisted), fill: 'hatched' },
          ],
          horizontal: false,
          stacked: true,
        }}
        summary={t('sessions.summary', {
          title: heading,
          count: selfService + assisted,
          total: format.number(selfService + assisted),
          busiest: busiest?.name,
          busiestCount: format.number(busiest ? busiest.selfService + busiest.assisted : 0),
        })}
      />
      <DataTable
        caption={heading}
        columns={[t(byMonth ? 'sessions.month' : 'sessions.day'), ...words]}
        rows={rows.map((bucket) => ({
          key: bucket.key,
          name: bucket.name,
          cells: [bucket.selfService, bucket.assisted, bucket.selfService + bucket.assisted].map(format.number),
        }))}
        total={{
          key: 'total',
          name: t('sessions.total'),
          cells: [selfService, assisted, selfService + assisted].map(format.number),
        }}
      />
    </StatSection>
  );
}
