import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../electron/api/contract';
import type { KioskFailure } from '../../../electron/api/result';
import { useCitizenSession } from '../citizenSession/CitizenSession';
import { StaffError } from './StaffError';

type Request = ChannelOutput<'exemption.open'>['request'];

const formatCpr = (cpr: string) => `${cpr.slice(0, 6)}-${cpr.slice(6)}`;

/** One request opened (the opening is audited): its details, and what staff can do with it. */
export function ExemptionDetails(props: { requestId: number; onClose(): void; onChanged(message: string): void }) {
  const { t } = useTranslation();
  const { kiosk } = useCitizenSession();
  const [request, setRequest] = useState<Request | null>(null);
  const [error, setError] = useState<KioskFailure | null>(null);
  const [pdf, setPdf] = useState<string | null>(null);

  useEffect(() => {
    void kiosk.exemption.open({ requestId: props.requestId }).then((result) => {
      if (result.ok) setRequest(result.value.request);
      else setError(result.error);
    });
  }, [kiosk, props.requestId]);
  useEffect(() => () => void (pdf && URL.revokeObjectURL(pdf)), [pdf]);

  const act = async (call: Promise<{ ok: boolean; error?: KioskFailure }>, message: string) => {
    const result = await call;
    if (!result.ok) return setError(result.error ?? null);
    props.onChanged(message);
  };
  const reprint = async () => {
    const result = await kiosk.exemption.receipt({ requestId: props.requestId });
    if (!result.ok) return setError(result.error);
    if (result.value.pdfBase64) {
      const bytes = Uint8Array.from(atob(result.value.pdfBase64), (c) => c.charCodeAt(0));
      setPdf(URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' })));
    }
  };

  if (!request) return <StaffError error={error} />;
  const rows: [string, string][] = [
    [t('exemptions.name'), request.citizen.name],
    [t('exemptions.cpr'), formatCpr(request.citizen.cpr)],
    [t('exemptions.address'), request.citizen.address],
    [t('exemptions.applicant'), t(`exemptions.applicants.${request.applicant}`)],
  ];
  if (request.representative) {
    rows.push([t('exemptions.representative'), `${request.representative.name} (${request.representative.relation})`]);
  }
  if (request.kind === 'exemption') {
    rows.push([
      t('exemptions.grounds'),
      request.grounds === 'not-stated'
        ? t('exemptions.notStated')
        : request.grounds.map((g) => t(`grounds.${g}`)).join('; '),
    ]);
  }
  rows.push(
    [t('exemptions.document'), request.idDocumentOther ?? t(`documents.${request.idDocument}`)],
    [t('exemptions.signature'), t(request.signedOnScreen ? 'exemptions.signedOnScreen' : 'exemptions.signedOnPaper')],
  );

  return (
    <section className="staff-details" aria-labelledby="exemption-details-heading">
      <h2 id="exemption-details-heading">{t('exemptions.detailsHeading', { reference: request.reference })}</h2>
      <StaffError error={error} />
      <dl className="answers">
        {rows.map(([label, value]) => (
          <div key={label} className="answers__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="flow__actions">
        <button type="button" className="button" onClick={() => void reprint()}>
          {t('exemptions.reprint')}
        </button>
        {pdf && (
          <a className="button" href={pdf} download={`${request.reference}.pdf`}>
            {t('exemptions.openPdf')}
          </a>
        )}
        {request.status === 'requested' && (
          <>
            <button
              type="button"
              className="button button--primary"
              onClick={() =>
                void act(kiosk.exemption.markEntered({ requestId: request.id }), t('exemptions.wasEntered', request))
              }
            >
              {t('exemptions.markEntered')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() =>
                void act(kiosk.exemption.withdraw({ requestId: request.id }), t('exemptions.wasWithdrawn', request))
              }
            >
              {t('exemptions.withdraw')}
            </button>
          </>
        )}
        <button type="button" className="button" onClick={props.onClose}>
          {t('exemptions.close')}
        </button>
      </div>
    </section>
  );
}
