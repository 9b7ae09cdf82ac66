import { describe, expect, it } from 'vitest';
import { isOpenAt, isRestartDue } from '../../electron/services/schedule';

// Local wall-clock times: the kiosk's day is the centre's day. 2026-11-23 is a Monday.
const at = (day: string, time: string) => new Date(`${day}T${time}:00`);
const hours = {
  monday: '08:00-18:00',
  tuesday: '08:00-18:00',
  wednesday: '08:00-18:00',
  thursday: '08:00-20:00',
  friday: '08:00-15:00',
  saturday: '10:00-14:00',
  sunday: '',
};

describe('opening hours', () => {
  it.each([
    ['2026-11-23', '07:59', false],
    ['2026-11-23', '08:00', true],
    ['2026-11-23', '17:59', true],
    ['2026-11-23', '18:00', false],
    ['2026-11-26', '19:30', true], // Thursday, open late
    ['2026-11-27', '15:30', false], // Friday, closes early
    ['2026-11-28', '11:00', true], // Saturday
    ['2026-11-29', '11:00', false], // Sunday, closed
  ])('on %s at %s the centre is open: %s', (day, time, open) => {
    expect(isOpenAt(at(day, time), hours)).toBe(open);
  });
});

describe('the daily restart', () => {
  it('never happens without a time', () => {
    expect(isRestartDue(at('2026-11-24', '12:00'), at('2026-11-01', '08:00'), '')).toBe(false);
  });

  it('is due once the time has come since the kiosk started, and not before', () => {
    const started = at('2026-11-23', '09:00');
    expect(isRestartDue(at('2026-11-24', '03:29'), started, '03:30')).toBe(false);
    expect(isRestartDue(at('2026-11-24', '03:30'), started, '03:30')).toBe(true);
    // Busy at 03:30 (someone in a session): still due when it is free at 03:45.
    expect(isRestartDue(at('2026-11-24', '03:45'), started, '03:30')).toBe(true);
  });

  it('is not due again the same day after it restarted', () => {
    const restarted = at('2026-11-24', '03:31');
    expect(isRestartDue(at('2026-11-24', '23:59'), restarted, '03:30')).toBe(false);
    expect(isRestartDue(at('2026-11-25', '03:30'), restarted, '03:30')).toBe(true);
  });

  it('waits for tomorrow when the kiosk started after today’s restart time', () => {
    expect(isRestartDue(at('2026-11-24', '10:00'), at('2026-11-24', '08:00'), '07:00')).toBe(false);
  });

  it('keeps the wall-clock time across a change to or from summer time', () => {
    // Denmark changes the clocks on the last Sundays of March and October.
    expect(isRestartDue(at('2026-03-29', '04:59'), at('2026-03-28', '05:01'), '05:00')).toBe(false);
    expect(isRestartDue(at('2026-03-29', '05:00'), at('2026-03-28', '05:01'), '05:00')).toBe(true);
    expect(isRestartDue(at('2026-10-25', '05:00'), at('2026-10-24', '05:01'), '05:00')).toBe(true);
  });
});
