import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { dateOfIsoDay } from './period';

/** Numbers, shares, dates and durations written the staff language's way (Danish 1.234, 12 %). */
export function useFormatters() {
  const { t, i18n } = useTranslation('dashboard');
  const language = i18n.language;
  return useMemo(() => {
    const numbers = new Intl.NumberFormat(language);
    const percents = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
    const longDays = new Intl.DateTimeFormat(language, { dateStyle: 'long' });
    const shortDays = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short' });
    const months = new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric' });
    return {
      language,
      number: (value: number) => numbers.format(value),
      /** A share of a whole; with nothing to share, the words for "no measurement" rather than 0 %. */
      share: (part: number, whole: number) => (whole > 0 ? percents.format(part / whole) : t('notMeasured')),
      day: (isoDay: string) => longDays.format(dateOfIsoDay(isoDay)),
      shortDay: (isoDay: string) => shortDays.format(dateOfIsoDay(isoDay)),
      /** A month from any day in it (YYYY-MM-DD) or the month alone (YYYY-MM). */
      month: (isoMonth: string) => months.format(dateOfIsoDay(`${isoMonth.slice(0, 7)}-01`)),
      /** "4 min. 30 sek." from seconds; null when nothing was measured in the period. */
      duration: (seconds: number | null) => {
        if (seconds === null) return t('notMeasured');
        const whole = Math.round(seconds);
        const parts = { minutes: numbers.format(Math.floor(whole / 60)), seconds: numbers.format(whole % 60) };
        if (whole < 60) return t('duration.seconds', parts);
        return whole % 60 === 0 ? t('duration.minutes', parts) : t('duration.minutesSeconds', parts);
      },
    };
  }, [language, t]);
}

export type Formatters = ReturnType<typeof useFormatters>;
