import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskFailure } from '../../../electron/api/result';
import { useCitizenSession } from '../citizenSession/CitizenSession';
import type { ExemptionAnswers } from '../exemption/exemptionAnswers';
import { LanguageSwitch } from './LanguageSwitch';
import { PinField } from './PinField';
import { StaffError } from './StaffError';
import { StaffTextField } from './StaffTextField';
import { useStaffMode } from './StaffMode';

const DOCUMENTS = ['health-card', 'passport', 'driving-licence', 'other'] as const;
export type Verification = {
  staffId: number;
  pin: string;
  idDocument: (typeof DOCUMENTS)[number];
  idDocumentOther?: string;
  powerOfAttorneySeen: boolean;
};

/**
 * Staff verification, in the staff language: who checks (their PIN), which ID they saw (the
 * document's type only, never its number or a copy) and, for a representative, the power of
 * attorney. The request cannot be completed without it.
 */
export function ExemptionCheck(props: {
  answers: ExemptionAnswers;
  error: KioskFailure | null;
  onVerify(verification: Verification): void;
  /** The citizen's language and words, shown beside the staff's on request. */
  citizen: { language: string; say(key: string): string };
}) {
  const { t } = useTranslation();
  const [showCitizen, setShowCitizen] = useState(false);
  const beside = (key: string) =>
    showCitizen && props.citizen.language !== 'da' ? (
      <span className="exemption__beside" lang={props.citizen.language}>
        {props.citizen.say(key)}
      </span>
    ) : null;
  const { kiosk } = useCitizenSession();
  const { member } = useStaffMode();
  const [names, setNames] = useState<{ id: number; name: string }[]>([]);
  const [staffId, setStaffId] = useState<number | null>(member?.id ?? null);
  const [pin, setPin] = useState('');
  const [document, setDocument] = useState<Verification['idDocument'] | null>(null);
  const [other, setOther] = useState('');
  const [attorney, setAttorney] = useState(false);
  const [incomplete, setIncomplete] = useState(false);
  const representative = props.answers.applicant === 'representative';

  useEffect(() => {
    void kiosk.staff.names({}).then((result) => result.ok && setNames(result.value.staff));
  }, [kiosk]);

  const verify = () => {
    const ready = staffId !== null && pin !== '' && document !== null && (document !== 'other' || other.trim());
    setIncomplete(!ready);
    if (!ready) return;
    props.onVerify({
      staffId,
      pin,
      idDocument: document,
      ...(document === 'other' ? { idDocumentOther: other } : {}),
      powerOfAttorneySeen: attorney,
    });
    setPin('');
  };

  return (
    <form
      className="staff-form exemption__staff-check"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        verify();
      }}
    >
      <div className="staff-screen__tools">
        {props.citizen.language !== 'da' && (
          <button
            type="button"
            className="button button--quiet"
            aria-pressed={showCitizen}
            onClick={() => setShowCitizen(!showCitizen)}
          >
            {t('verify.showCitizen')}
          </button>
        )}
        <LanguageSwitch />
      </div>
      <h2>{t('verify.heading')}</h2>
      <p>{t('verify.intro')}</p>
      <StaffError
        error={incomplete ? { code: 'incomplete', messageKey: 'staff:errors.verifyIncomplete' } : props.error}
      />
      <label htmlFor="verify-staff" className="question__label">
        {t('verify.staff')}
      </label>
      <select
        id="verify-staff"
        className="text-input"
        value={staffId ?? ''}
        onChange={(event) => setStaffId(event.target.value ? Number(event.target.value) : null)}
      >
        <option value="">{t('verify.chooseStaff')}</option>
        {names.map((n) => (
          <option key={n.id} value={n.id}>
            {n.name}
          </option>
        ))}
      </select>
      <PinField id="verify-pin" label={t('verify.pin')} value={pin} onChange={setPin} />
      <fieldset className="question">
        <legend className="question__label">{t('verify.document')}</legend>
        <div className="radios">
          {DOCUMENTS.map((d) => (
            <label key={d} className="choice">
              <input type="radio" name="id-document" checked={document === d} onChange={() => setDocument(d)} />
              <span>
                {t(`documents.${d}`)} {beside(`verification.idDocuments.${d}`)}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {document === 'other' && (
        <>
          <StaffTextField
            id="verify-other"
            label={t('verify.otherDocument')}
            maxLength={80}
            value={other}
            onChange={setOther}
          />
        </>
      )}
      {representative && (
        <label className="choice">
          <input type="checkbox" checked={attorney} onChange={() => setAttorney(!attorney)} />
          <span>
            {t('verify.powerOfAttorney')} {beside('verification.authority.representative')}
          </span>
        </label>
      )}
      <button type="submit" className="button button--primary">
        {t('verify.submit')}
      </button>
    </form>
  );
}
