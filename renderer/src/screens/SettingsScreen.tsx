import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../electron/api/contract';
import { useCitizenSession } from '../citizenSession/CitizenSession';
import { textSizes } from '../citizenSession/defaultSettings';
import { ScreenHeading } from '../components/ScreenHeading';

type Toggle = 'highContrast' | 'reducedMotion' | 'speech' | 'touchToHear';
const toggles: Toggle[] = ['highContrast', 'reducedMotion', 'speech', 'touchToHear'];

/** Text size, contrast, motion and reading aloud: all reachable without needing any of them first. */
export function SettingsScreen() {
  const { t } = useTranslation();
  const session = useCitizenSession();
  const { settings } = session;
  return (
    <div className="settings">
      <ScreenHeading>{t('settings.heading')}</ScreenHeading>
      <p className="lead">{t('settings.intro')}</p>

      <fieldset className="settings__group">
        <legend>{t('settings.textSize')}</legend>
        <div className="text-sizes">
          {textSizes.map((size) => (
            <label key={size} className="choice" data-size={size}>
              <input
                type="radio"
                name="text-size"
                value={size}
                checked={settings.textSize === size}
                onChange={() => session.changeSettings({ textSize: size as Settings['textSize'] })}
              />
              <span>{t('settings.textSizeOption', { percent: size })}</span>
            </label>
          ))}
        </div>
        <p className="settings__sample">{t('settings.textSizeSample')}</p>
      </fieldset>

      <ul className="settings__toggles">
        {toggles.map((name) => (
          <li key={name}>
            <button
              type="button"
              className="button toggle"
              aria-pressed={settings[name]}
              aria-describedby={`setting-${name}-hint`}
              data-setting={name}
              onClick={() => session.changeSettings({ [name]: !settings[name] })}
            >
              <span className="toggle__label">{t(`settings.${name}`)}</span>
              <span className="toggle__state" aria-hidden="true">
                {settings[name] ? t('settings.on') : t('settings.off')}
              </span>
            </button>
            <p id={`setting-${name}-hint`} className="hint">
              {t(`settings.${name}Hint`)}
            </p>
          </li>
        ))}
      </ul>

      <button type="button" className="button button--primary" onClick={session.back}>
        {t('settings.done')}
      </button>
    </div>
  );
}
