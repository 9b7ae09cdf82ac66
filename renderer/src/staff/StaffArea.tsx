import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n } from 'i18next';
import { useStaffMode } from './StaffMode';
import { staffI18n } from './staffI18n';

/**
 * Wraps staff-facing parts in the staff language: its own i18next instance, and lang/dir on the
 * element so speech and screen readers read Danish as Danish inside an Arabic citizen's page.
 */
export function StaffArea({ children, className }: { children: ReactNode; className?: string }) {
  const { language } = useStaffMode();
  const [words, setWords] = useState<i18n | null>(null);
  useEffect(() => {
    let current = true;
    void staffI18n().then(async (instance) => {
      await instance.changeLanguage(language);
      if (current) setWords(instance);
    });
    return () => {
      current = false;
    };
  }, [language]);
  if (!words) return null;
  return (
    <I18nextProvider i18n={words}>
      <div lang={language} dir="ltr" className={className}>
        {children}
      </div>
    </I18nextProvider>
  );
}
