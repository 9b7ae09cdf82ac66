import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCitizenSession } from '../citizenSession/CitizenSession';
import { wordsOf } from '../i18n/languageNames';
import { canSpeak, readableBlocks, readBlocks, stopReading } from './readAloud';
import { useTouchToHear } from './useTouchToHear';
import { Icon } from '../components/Icon';

type Status = 'idle' | 'reading' | 'paused' | 'done' | 'failed';
const SLOWER = 0.7;

/**
 * Shown while reading aloud is on: the screen is read when it appears and again on request, with
 * pause and a slower speed. Reading stops when the screen or the step changes. Where this machine
 * has no voice for the screen's language, it says so and offers Danish or English.
 */
export function ReadAloudBar() {
  const { t } = useTranslation();
  const session = useCitizenSession();
  const { language } = session;
  const [status, setStatus] = useState<Status>('idle');
  const [rate, setRate] = useState(1);
  const [voiceReady, setVoiceReady] = useState(() => canSpeak(language));
  useTouchToHear(session.settings.touchToHear && voiceReady, language);

  // Voices arrive after the page loads, and can change (a headset plugged in).
  useEffect(() => {
    const update = () => setVoiceReady(canSpeak(language));
    update();
    window.speechSynthesis?.addEventListener('voiceschanged', update);
    return () => window.speechSynthesis?.removeEventListener('voiceschanged', update);
  }, [language]);

  const read = useCallback(
    (speed: number) => {
      const main = document.querySelector('main');
      if (!main || !canSpeak(language)) return;
      const started = readBlocks(readableBlocks(main), language, speed, {
        onStart: () => setStatus('reading'),
        onEnd: () => setStatus('done'),
        onError: () => setStatus('failed'),
      });
      if (!started) setStatus('failed');
    },
    [language],
  );

  // Read each new screen and each new step of a flow; stop when it goes away.
  useEffect(() => {
    const main = document.querySelector('main');
    if (!main) return;
    let shown = '';
    const readIfNew = () => {
      const now = `${main.dataset.screen}/${main.querySelector('[data-step]')?.getAttribute('data-step') ?? ''}`;
      if (now === shown || main.querySelector('[aria-busy="true"]')) return;
      shown = now;
      stopReading();
      read(rate);
    };
    readIfNew();
    const observer = new MutationObserver(readIfNew);
    observer.observe(main, {
      attributes: true,
      subtree: true,
      childList: true,
      attributeFilter: ['data-screen', 'data-step', 'aria-busy'],
    });
    return () => {
      observer.disconnect();
      stopReading();
    };
  }, [read, rate]);

  const pause = () => {
    if (status === 'paused') {
      window.speechSynthesis.resume();
      setStatus('reading');
    } else {
      window.speechSynthesis.pause();
      setStatus('paused');
    }
  };

  const own = wordsOf(language);
  return (
    <section className="read-aloud" aria-label={t('speech.controls')}>
      {voiceReady ? (
        <div className="read-aloud__buttons">
          <button type="button" className="button" onClick={() => read(rate)}>
            <Icon name="speaker" />
            {status === 'idle' ? t('speech.read') : t('speech.repeat')}
          </button>
          <button
            type="button"
            className="button"
            onClick={pause}
            disabled={status !== 'reading' && status !== 'paused'}
          >
            {status === 'paused' ? t('speech.resume') : t('speech.pause')}
          </button>
          <button
            type="button"
            className="button"
            aria-pressed={rate !== 1}
            onClick={() => setRate(rate === 1 ? SLOWER : 1)}
          >
            {rate === 1 ? t('speech.slower') : t('speech.normal')}
          </button>
        </div>
      ) : (
        <div className="read-aloud__no-voice">
          <p>{t('speech.noVoice', { language: own.name })}</p>
          <button type="button" className="button" onClick={() => session.chooseLanguage('da')}>
            {t('speech.inDanish')}
          </button>
          <button type="button" className="button" onClick={() => session.chooseLanguage('en')}>
            {t('speech.inEnglish')}
          </button>
        </div>
      )}
      <p className="read-aloud__status" role="status">
        {status === 'reading' && t('speech.reading')}
        {status === 'paused' && t('speech.paused')}
        {status === 'done' && t('speech.done')}
        {status === 'failed' && t('speech.failed')}
      </p>
    </section>
  );
}
