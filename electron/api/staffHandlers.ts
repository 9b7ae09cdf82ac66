import path from 'node:path';
import { dashboardCsv } from '../services/statistics';
import type { KioskServices } from '../services/kioskServices';
import type { Handlers } from './dispatch';
import { writeNewFile } from './writeNewFile';

type StaffChannel = Extract<keyof Handlers, `staff.${string}` | `assisted.${string}` | `stats.${string}` | 'help.open'>;

/**
 * The staff side of the API. Apart from setting up, listing names and logging in, every call
 * needs someone in staff mode (administrators for account changes), and each one that shows,
 * prints, exports or changes something is written to the audit trail.
 */
export function createStaffHandlers(services: KioskServices): Pick<Handlers, StaffChannel> {
  const { staff, staffSession, audit } = services;
  return {
    'staff.setup': ({ name, pin }) => ({ staff: staffSession.setUp(name, pin) }),
    'staff.names': () => ({
      staff: staff
        .list()
        .filter((m) => !m.disabled)
        .map(({ id, name }) => ({ id, name })),
    }),
    'staff.logIn': ({ staffId, pin }) => ({ staff: staffSession.logIn(staffId, pin) }),
    'staff.logOut': () => {
      staffSession.end('logout');
      return {};
    },
    'staff.accounts': () => {
      staffSession.require('admin');
      return { staff: staff.list() };
    },
    'staff.add': ({ name, role, pin }) => ({ staffId: staff.add(staffSession.require('admin').id, name, role, pin) }),
    'staff.disable': ({ staffId }) => {
      staff.disable(staffSession.require('admin').id, staffId);
      return {};
    },
    'staff.resetPin': ({ staffId, pin }) => {
      staff.resetPin(staffSession.require('admin').id, staffId, pin);
      return {};
    },
    'help.open': () => {
      staffSession.require();
      return { requests: services.helpRequests.open() };
    },
    'assisted.start': (link) => services.assisted.start(staffSession.require().id, link),
    'assisted.finish': ({ assistedId, ...record }) => ({
      durationSeconds: services.assisted.finish(staffSession.require().id, assistedId, record),
    }),
    'stats.dashboard': ({ from, to }) => {
      const by = staffSession.require();
      const dashboard = services.statistics.dashboard(from, to);
      audit.append(by.id, 'stats.opened', { from, to });
      return dashboard;
    },
    'stats.print': ({ from, to }) => {
      audit.append(staffSession.require().id, 'stats.printed', { from, to });
      return {};
    },
    'stats.export': ({ from, to }) => {
      const by = staffSession.require();
      const csv = dashboardCsv(services.statistics.dashboard(from, to));
      const file = writeNewFile(services.exportsDir, `statistik-${from}-${to}`, 'csv', csv);
      audit.append(by.id, 'stats.exported', { from, to, file: path.basename(file) });
      return { file };
    },
  };
}
