import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../electron/api/contract';
import { useCitizenSession } from '../citizenSession/CitizenSession';
import { useAnyDialogOpen } from '../components/useModalDialog';

type Display = ChannelOutput<'site.show'>;
type Status = ChannelOutput<'site.status'>;

/** How often the panel asks whether the site refused something (a link elsewhere, a download). */
const STATUS_POLL_MS = 500;

const boundsOf = (element: HTMLElement) => {
  const { x, y, width, height } = element.getBoundingClientRect();
  return { x, y, width, height };
};

/**
 * The official site beside the guide. In Electron the site is a view of its own laid over this
 * panel, so the panel reports where it is (and hides the view while a dialog is open); in the
 * browser bridge the panel holds an iframe onto the local stand-in. When the site tries to go
 * somewhere it may not, the panel explains why in the citizen's language and offers a way back.
 */
export function SitePanel({ url }: { url: string }) {
  const { t } = useTranslation();
  const { kiosk } = useCitizenSession();
  const panel = useRef<HTMLDivElement>(null);
  const [display, setDisplay] = useState<Display | null>(null);
  const [status, setStatus] = useState<Status>({ state: 'closed' });
  const [failed, setFailed] = useState(false);
  const dialogOpen = useAnyDialogOpen();
  const host = new URL(url).hostname;

  useLayoutEffect(() => {
    const element = panel.current;
    if (!element) return;
    let live = true;
    void kiosk.site.show({ url, bounds: boundsOf(element) }).then((result) => {
      if (!live) return;
      if (result.ok) setDisplay(result.value);
      else setFailed(true);
    });
    return () => {
      live = false;
      // Leaving the step hides the site; it is closed, with everything the citizen did there, on reset.
      void kiosk.site.place({ bounds: boundsOf(element), visible: false });
    };
  }, [kiosk, url]);

  const blocked = status.state === 'blocked';
  const place = useCallback(() => {
    if (panel.current) void kiosk.site.place({ bounds: boundsOf(panel.current), visible: !dialogOpen && !blocked });
  }, [kiosk, dialogOpen, blocked]);

  useEffect(() => {
    if (display?.display !== 'view' || !panel.current) return;
    place();
    const observer = new ResizeObserver(place);
    observer.observe(panel.current);
    window.addEventListener('resize', place);
    window.addEventListener('scroll', place, true);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', place);
      window.removeEventListener('scroll', place, true);
    };
  }, [display, place]);

  useEffect(() => {
    if (!display) return;
    const timer = setInterval(() => {
      void kiosk.site.status({}).then((result) => {
        if (result.ok) setStatus((now) => (JSON.stringify(now) === JSON.stringify(result.value) ? now : result.value));
      });
    }, STATUS_POLL_MS);
    return () => clearInterval(timer);
  }, [kiosk, display]);

  const backToSite = () => {
    void kiosk.site.back({}).then((result) => {
      if (!result.ok) return;
      setStatus({ state: 'open', host });
      setDisplay(result.value);
    });
  };

  return (
    <section className="site-panel" aria-label={t('flow.site.label', { host })}>
      <div className="site-panel__page" ref={panel} hidden={blocked}>
        {display?.display === 'frame' && (
          <iframe
            className="site-panel__frame"
            src={display.src}
            title={t('flow.site.label', { host })}
            // Forms and the page's own scripts work; the page can reach neither the kiosk nor a new window.
            sandbox="allow-forms allow-scripts"
          />
        )}
        {failed && <p role="alert">{t('errors.siteNotAllowed')}</p>}
      </div>
      {status.state === 'blocked' && (
        <div className="site-panel__blocked" role="alert">
          <h2>{t('flow.site.blockedTitle')}</h2>
          <p>
            {status.refusal === 'download'
              ? t('flow.site.blockedDownload')
              : t('flow.site.blockedAddress', { host: status.host })}
          </p>
          <button type="button" className="button button--primary" onClick={backToSite}>
            {t('flow.site.backToSite')}
          </button>
        </div>
      )}
    </section>
  );
}
