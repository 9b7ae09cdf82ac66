/** A period of whole days, both included, as the stats channels take it (YYYY-MM-DD). */
export interface Period {
  from: string;
  to: string;
}

export const periodPresets = ['last30Days', 'thisMonth', 'lastMonth', 'thisYear', 'lastYear'] as const;
export type PeriodPreset = (typeof periodPresets)[number];

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** The local calendar day: the services count days in the kiosk's own time zone, not in UTC. */
export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`;
}

/** Midnight local time on that day (new Date('YYYY-MM-DD') would be UTC and may show the day before). */
export function dateOfIsoDay(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, date ?? 1);
}

/** The days a preset stands for, ending today at the latest. Date() rolls day 0 and negative days back. */
export function presetPeriod(preset: PeriodPreset, today = new Date()): Period {
  const year = today.getFullYear();
  const month = today.getMonth();
  switch (preset) {
    case 'last30Days':
      return { from: isoDay(new Date(year, month, today.getDate() - 29)), to: isoDay(today) };
    case 'thisMonth':
      return { from: isoDay(new Date(year, month, 1)), to: isoDay(today) };
    case 'lastMonth':
      return { from: isoDay(new Date(year, month - 1, 1)), to: isoDay(new Date(year, month, 0)) };
    case 'thisYear':
      return { from: isoDay(new Date(year, 0, 1)), to: isoDay(today) };
    case 'lastYear':
      return { from: isoDay(new Date(year - 1, 0, 1)), to: isoDay(new Date(year - 1, 11, 31)) };
  }
}

export const samePeriod = (a: Period, b: Period) => a.from === b.from && a.to === b.to;

/** Why a typed-in period cannot be shown, or null. ISO days compare correctly as plain strings. */
export function periodProblem(period: Period): 'missing' | 'order' | null {
  if (!period.from || !period.to) return 'missing';
  return period.from > period.to ? 'order' : null;
}
