import { useTranslation } from 'react-i18next';

/** "4 min 05 s" style lengths in the staff language, from Intl's own unit names. */
export function useDuration() {
  const { i18n } = useTranslation();
  return (seconds: number) => {
    const whole = Math.floor(seconds);
    const unit = (value: number, name: 'minute' | 'second') =>
      new Intl.NumberFormat(i18n.language, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
    return `${unit(Math.floor(whole / 60), 'minute')} ${unit(whole % 60, 'second')}`;
  };
}
