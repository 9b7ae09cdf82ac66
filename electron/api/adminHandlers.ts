import type { Platform } from '../platform/platform';
import type { KioskServices } from '../services/kioskServices';
import type { Handlers } from './dispatch';

type AdminChannel = Extract<keyof Handlers, 'kiosk.leave' | 'kiosk.restart'>;

/** What only an administrator may do to the kiosk itself; each one goes to the audit trail first. */
export function createAdminHandlers(services: KioskServices, platform: Platform): Pick<Handlers, AdminChannel> {
  const { staffSession, audit } = services;
  return {
    'kiosk.leave': ({ staffId, pin }) => {
      const admin = staffSession.confirmAdmin(staffId, pin);
      staffSession.end('reset');
      audit.append(admin.id, 'kiosk.left', {});
      platform.kiosk.leave();
      return {};
    },
    'kiosk.restart': () => {
      const admin = staffSession.require('admin');
      staffSession.end('reset');
      audit.append(admin.id, 'kiosk.restarted', {});
      platform.kiosk.restart();
      return {};
    },
  };
}
