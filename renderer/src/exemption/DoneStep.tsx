import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCitizenSession } from '../citizenSession/CitizenSession';
import { ScreenHeading } from '../components/ScreenHeading';
import type { Kind } from './exemptionAnswers';

type Receipt = { state: 'waiting' } | { state: 'printed' } | { state: 'pdf'; url: string } | { state: 'failed' };

/**
 * The reference number, and the receipt: printed at once where there is a printer (Electron),
 * else offered as a PDF (the browser preview). The PDF lives only in this page's memory.
 */
export function DoneStep({ requestId, reference, kind }: { requestId: number; reference: string; kind: Kind }) {
  const { t } = useTranslation('exemption');
  const { kiosk, reset } = useCitizenSession();
  const [receipt, setReceipt] = useState<Receipt>({ state: 'waiting' });

  useEffect(() => {
    let url: string | null = null;
    void kiosk.exemption.receipt({ requestId }).then((result) => {
      if (!result.ok) return setReceipt({ state: 'failed' });
      if (result.value.printed || !result.value.pdfBase64) return setReceipt({ state: 'printed' });
      const bytes = Uint8Array.from(atob(result.value.pdfBase64), (c) => c.charCodeAt(0));
      url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
      setReceipt({ state: 'pdf', url });
    });
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, [kiosk, requestId]);

  return (
    <>
      <ScreenHeading>{t('done.heading')}</ScreenHeading>
      <p className="lead exemption__reference">{t('done.reference', { reference })}</p>
      <div role="status" aria-busy={receipt.state === 'waiting'}>
        {receipt.state === 'printed' && <p>{t('done.printed')}</p>}
        {receipt.state === 'failed' && <p>{t('done.receiptFailed')}</p>}
        {receipt.state === 'pdf' && (
          <p>
            <a className="button" href={receipt.url} download={`${reference}.pdf`}>
              {t('done.pdf')}
            </a>
          </p>
        )}
      </div>
      <p>{t(kind === 'exemption' ? 'done.next' : 'done.nextResume')}</p>
      <div className="flow__actions">
        <button type="button" className="button button--primary" onClick={() => reset('finished')}>
          {t('done.finish')}
        </button>
      </div>
    </>
  );
}
