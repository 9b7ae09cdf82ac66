import { useTranslation } from 'react-i18next';
import { useCitizenSession } from '../citizenSession/CitizenSession';
import { ScreenHeading } from '../components/ScreenHeading';
import type { Kind } from './exemptionAnswers';

/**
 * What exemption means, and the easier ways first (help with Digital Post, read access for a
 * relative), offered and never pushed. Also the way back: asking to receive Digital Post again.
 */
export function IntroStep({ onChoose }: { onChoose(kind: Kind): void }) {
  const { t } = useTranslation('exemption');
  const session = useCitizenSession();
  const available = (flowId: 'read-digital-post' | 'read-access') => session.flows.some((f) => f.id === flowId);
  return (
    <>
      <ScreenHeading>{t('intro.heading')}</ScreenHeading>
      <p className="lead">{t('intro.what')}</p>
      <p>{t('intro.permanent')}</p>
      <h2>{t('intro.alternatives')}</h2>
      <ul className="exemption__alternatives">
        {available('read-digital-post') && (
          <li>
            <button
              type="button"
              className="button"
              onClick={() => session.go({ name: 'flow', flowId: 'read-digital-post' })}
            >
              {t('intro.help')}
            </button>
          </li>
        )}
        {available('read-access') && (
          <li>
            <button
              type="button"
              className="button"
              onClick={() => session.go({ name: 'flow', flowId: 'read-access' })}
            >
              {t('intro.readAccess')}
            </button>
          </li>
        )}
      </ul>
      <div className="flow__actions">
        <button type="button" className="button" onClick={() => onChoose('resume')}>
          {t('intro.resume')}
        </button>
        <button type="button" className="button button--primary" onClick={() => onChoose('exemption')}>
          {t('intro.continue')}
        </button>
      </div>
    </>
  );
}
