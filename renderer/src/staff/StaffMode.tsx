import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ChannelOutput } from '../../../electron/api/contract';
import type { StaffLanguage } from './staffI18n';

export type StaffMember = ChannelOutput<'staff.logIn'>['staff'];
export type AssistedInProgress = { id: number; startedAt: number };

interface StaffModeValue {
  /** Who is in staff mode, or null: then the staff screens ask for a PIN first. */
  member: StaffMember | null;
  /** Staff mode begins for someone (after the PIN), or ends (null). */
  enter(member: StaffMember | null): void;
  language: StaffLanguage;
  setLanguage(language: StaffLanguage): void;
  /** The assisted session running now, timed from its start; null when none is. */
  assisted: AssistedInProgress | null;
  setAssisted(assisted: AssistedInProgress | null): void;
}

const StaffModeContext = createContext<StaffModeValue | null>(null);

export function useStaffMode(): StaffModeValue {
  const value = useContext(StaffModeContext);
  if (!value) throw new Error('useStaffMode outside StaffModeProvider');
  return value;
}

/**
 * Staff mode for one citizen session. It sits under the reset's key, so every reset (finish,
 * idle) forgets who was logged in and returns the staff screens to Danish; the services end
 * staff mode on the same reset.
 */
export function StaffModeProvider({ children }: { children: ReactNode }) {
  const [member, setMember] = useState<StaffMember | null>(null);
  const [language, setLanguage] = useState<StaffLanguage>('da');
  const [assisted, setAssisted] = useState<AssistedInProgress | null>(null);
  const value = useMemo(
    () => ({ member, enter: setMember, language, setLanguage, assisted, setAssisted }),
    [member, language, assisted],
  );
  return <StaffModeContext.Provider value={value}>{children}</StaffModeContext.Provider>;
}
