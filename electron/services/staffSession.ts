import type { AuditTrail } from './auditTrail';
import { KioskError } from './kioskError';
import type { StaffAccounts, StaffMember, StaffRole } from './staffAccounts';

export type StaffModeEnd = 'logout' | 'idle' | 'reset';

/**
 * Who is in staff mode at this terminal, if anyone. Staff-only calls ask `require` first, which
 * ends staff mode once it has been idle too long (the renderer ends it too; this makes sure a
 * forgotten staff mode is over even if the page did not). Every reset of the kiosk ends it.
 */
export function createStaffSession(
  staff: StaffAccounts,
  audit: AuditTrail,
  options: { idleMinutes: number; now?: () => number },
) {
  const now = options.now ?? Date.now;
  const idleMs = options.idleMinutes * 60_000;
  let current: { member: StaffMember; lastActive: number } | null = null;

  const begin = (member: StaffMember): StaffMember => {
    current = { member, lastActive: now() };
    return member;
  };

  const end = (reason: StaffModeEnd): void => {
    if (!current) return;
    audit.append(current.member.id, 'staff.logout', { reason });
    current = null;
  };

  return {
    /** First start: makes the first administrator and opens staff mode for them. */
    setUp(name: string, pin: string): StaffMember {
      const id = staff.createFirstAdmin(name, pin);
      return begin(staff.list().find((m) => m.id === id)!);
    },

    logIn(id: number, pin: string): StaffMember {
      const member = staff.logIn(id, pin);
      end('logout');
      return begin(member);
    },

    /**
     * An administrator's PIN, asked for before something that ends the kiosk's normal work (the
     * staff exit). Counts towards the lockout like any login; staff mode itself is not opened.
     */
    confirmAdmin(id: number, pin: string): StaffMember {
      const member = staff.logIn(id, pin);
      if (member.role !== 'admin') throw new KioskError('staff_not_allowed', 'errors.staffNotAllowed');
      return member;
    },

    end,

    /** Whether someone is in staff mode (idle or not): the kiosk is not restarted under them. */
    active: (): boolean => current !== null,

    /** The staff member in staff mode, checked for idleness and role; counts as activity. */
    require(role: StaffRole = 'staff'): StaffMember {
      if (current && now() - current.lastActive > idleMs) end('idle');
      if (!current) throw new KioskError('staff_session_required', 'staff:errors.sessionRequired');
      if (role === 'admin' && current.member.role !== 'admin') {
        throw new KioskError('staff_not_allowed', 'errors.staffNotAllowed');
      }
      current.lastActive = now();
      return current.member;
    },
  };
}

export type StaffSession = ReturnType<typeof createStaffSession>;
