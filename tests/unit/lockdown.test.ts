import { describe, expect, it } from 'vitest';
import { APP_URL } from '../../electron/window/appProtocol';
import {
  describeUrlForLog,
  isAppFrame,
  isAppSender,
  isAppUrl,
  mayReadAudioDeviceNames,
} from '../../electron/window/lockdown';
import { looksLikeHeadphones } from '../../renderer/src/speech/useHeadphones';

describe('isAppUrl', () => {
  it.each([APP_URL, 'kiosk://app/', 'kiosk://app/assets/x.js', 'kiosk://app/index.html#/home'])('accepts %s', (url) =>
    expect(isAppUrl(url)).toBe(true),
  );
  it.each([
    'kiosk://other/index.html',
    'kiosk://app.evil.example/',
    'kiosk://user@app/',
    'https://app/index.html',
    'http://127.0.0.1/',
    'file:///index.html',
    'about:blank',
    'data:text/html,hi',
    'javascript:alert(1)',
    '',
    'kiosk:app',
  ])('refuses %s', (url) => expect(isAppUrl(url)).toBe(false));
});

describe('isAppSender / isAppFrame', () => {
  it('accepts only the app page in the main frame', () => {
    expect(isAppSender(APP_URL, true)).toBe(true);
    expect(isAppSender(APP_URL, false)).toBe(false);
    expect(isAppSender('https://evil.example/', true)).toBe(false);
    expect(isAppFrame({ url: APP_URL, parent: null })).toBe(true);
    expect(isAppFrame({ url: APP_URL, parent: {} })).toBe(false);
    expect(isAppFrame(null)).toBe(false);
  });
});

describe('describeUrlForLog', () => {
  it('keeps scheme and host, never path or query', () => {
    expect(describeUrlForLog('https://evil.example/a/b?cpr=0101011234#x')).toBe('https://evil.example');
    expect(describeUrlForLog('data:text/html,secret')).toBe('data:');
    expect(describeUrlForLog('nonsense')).toBe('invalid');
    expect(describeUrlForLog(undefined)).toBe('none');
  });
});

describe('mayReadAudioDeviceNames', () => {
  it("lets only the kiosk's own page read audio device names, and nothing else", () => {
    const page = { mediaType: 'audio', requestingUrl: 'kiosk://app/index.html' };
    expect(mayReadAudioDeviceNames('media', page)).toBe(true);
    expect(mayReadAudioDeviceNames('media', { ...page, mediaType: 'video' })).toBe(false);
    expect(mayReadAudioDeviceNames('media', { ...page, requestingUrl: 'https://www.borger.dk/' })).toBe(false);
    expect(mayReadAudioDeviceNames('media', { mediaType: 'audio' })).toBe(false);
    expect(mayReadAudioDeviceNames('geolocation', page)).toBe(false);
    expect(mayReadAudioDeviceNames('notifications', page)).toBe(false);
  });
});

describe('looksLikeHeadphones', () => {
  it.each([
    'Built-in Audio Headphones',
    'Headset (Jabra EVOLVE 20)',
    'Kopfhörer (Realtek(R) Audio)',
    'Hovedtelefoner (Realtek High Definition Audio)',
    'AirPods Pro',
    'USB Earphones',
  ])('knows %s as headphones', (label) => expect(looksLikeHeadphones(label)).toBe(true));

  it.each(['Built-in Audio Analog Stereo', 'Speakers (Realtek)', 'HDMI / DisplayPort 1 Output', ''])(
    'does not take %j for headphones',
    (label) => expect(looksLikeHeadphones(label)).toBe(false),
  );
});
