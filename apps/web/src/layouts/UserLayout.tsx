import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrandMark } from '../components/Brand';
import { LanguageSwitch } from '../components/LanguageSwitch';

/** The frame of the pages before login (ant-design-pro's UserLayout): brand, a card, a footer. */
export function UserLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="qs-user-layout">
      <div className="qs-user-layout-lang">
        <LanguageSwitch />
      </div>
      <main className="qs-user-layout-main">
        <div className="qs-user-layout-brand">
          <BrandMark size={44} />
          <div>
            <h1 className="qs-user-layout-title">{t('common.appName')}</h1>
            <p className="qs-user-layout-tagline">{t('common.appTagline')}</p>
          </div>
        </div>
        {children}
      </main>
      <footer className="qs-user-layout-footer">{t('common.footer')}</footer>
    </div>
  );
}
