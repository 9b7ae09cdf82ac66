import { describe, expect, it } from 'vitest';
import { KioskError } from '../../electron/services/kioskError';
import { setLogSink } from '../../electron/services/log';
import { freshServices } from '../helpers/kioskFixture';

setLogSink(() => {});

describe('citizen sessions', () => {
  it('records a use of the kiosk from first touch to reset, anonymously', () => {
    const services = freshServices();
    const sessions = services.citizenSessions;
    const id = sessions.start('da');
    sessions.useLanguage(id, 'ar');
    sessions.useLanguage(id, 'ar');
    sessions.useSettings(id, { textSize: 175, highContrast: true, reducedMotion: false, speech: false });
    sessions.useSettings(id, { textSize: 125, highContrast: false, reducedMotion: false, speech: true });
    sessions.end(id, 'idle');

    const row = sessions.get(id)!;
    expect(row).toMatchObject({
      terminalId: 'kiosk-1',
      endReason: 'idle',
      textSizeMax: 175,
      highContrastUsed: true,
      reducedMotionUsed: false,
      speechUsed: true,
      languages: ['ar', 'da'],
    });
    expect(row.endedAt).toBeGreaterThanOrEqual(row.startedAt);
  });

  it('refuses to change a session that has ended or never existed, and writes nothing', () => {
    const { citizenSessions: sessions, db } = freshServices();
    const id = sessions.start('en');
    sessions.end(id, 'finished');
    const before = db.prepare('SELECT count(*) FROM citizen_session_languages').pluck().get();
    expect(() => sessions.useLanguage(id, 'de')).toThrow(KioskError);
    expect(() => sessions.end(id, 'idle')).toThrow(expect.objectContaining({ code: 'session_closed' }));
    expect(() => sessions.end(9999, 'idle')).toThrow(expect.objectContaining({ code: 'session_not_found' }));
    expect(db.prepare('SELECT count(*) FROM citizen_session_languages').pluck().get()).toBe(before);
    expect(sessions.get(id)!.endReason).toBe('finished');
  });

  it('ends sessions left open by a crash as interrupted when the kiosk starts again', () => {
    const first = freshServices();
    const open = first.citizenSessions.start('uk');
    first.close();
    const again = freshServices({}, first.dataDir);
    expect(again.citizenSessions.get(open)).toMatchObject({ endReason: 'interrupted', languages: ['uk'] });
  });

  it('has no column that could hold personal data', () => {
    const { db } = freshServices();
    const columns = db.prepare("SELECT name FROM pragma_table_info('citizen_sessions')").pluck().all();
    expect(columns).toEqual([
      'id',
      'terminal_id',
      'started_at',
      'ended_at',
      'end_reason',
      'text_size_max',
      'high_contrast_used',
      'reduced_motion_used',
      'speech_used',
    ]);
  });
});
