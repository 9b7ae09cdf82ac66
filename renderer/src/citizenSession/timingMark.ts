/**
 * A named moment for the benchmark (npm run bench reads them). Each name keeps only its latest
 * mark: a terminal resets hundreds of times a day, and every mark kept would be kept all day.
 */
export function timingMark(name: 'kiosk:reset-start' | 'kiosk:welcome-interactive'): void {
  performance.clearMarks(name);
  performance.mark(name);
}
