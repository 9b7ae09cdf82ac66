import { useTranslation } from 'react-i18next';
import { useCitizenSession } from '../citizenSession/CitizenSession';
import { ScreenHeading } from '../components/ScreenHeading';
import { wordsOf } from '../i18n/languageNames';
import { Icon } from '../components/Icon';

/** Every enabled language, each named in its own language and script. */
export function LanguageScreen() {
  const { t } = useTranslation();
  const session = useCitizenSession();
  return (
    <div className="language">
      <ScreenHeading>{t('language.heading')}</ScreenHeading>
      <ul className="language__list">
        {session.config.languages.enabled.map((code) => {
          const own = wordsOf(code);
          const current = code === session.language;
          return (
            <li key={code}>
              <button
                type="button"
                className="button language__option"
                lang={code}
                dir={own.dir}
                data-language={code}
                aria-current={current ? 'true' : undefined}
                onClick={() => {
                  session.chooseLanguage(code);
                  session.back();
                }}
              >
                {own.name}
                {current && <Icon name="check" />}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
