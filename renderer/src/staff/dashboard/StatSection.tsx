import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface StatSectionProps {
  heading: string;
  intro?: string;
  /** Nothing happened in the period: a sentence says so instead of an empty chart and table. */
  empty: boolean;
  children: ReactNode;
}

/** One topic of the dashboard: its h2, a line on what the numbers mean, then chart and table. */
export function StatSection({ heading, intro, empty, children }: StatSectionProps) {
  const { t } = useTranslation('dashboard');
  const headingId = useId();
  return (
    <section className="dashboard-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {intro && <p>{intro}</p>}
      {empty ? <p>{t('noData')}</p> : children}
    </section>
  );
}
