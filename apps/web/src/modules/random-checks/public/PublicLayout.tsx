import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BrandMark } from '../../../components/Brand';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import { useDocumentTitle } from '../../../lib/use-document-title';
import './public.css';

/**
 * The frame of the public portal (PUB-1): no login, no menu; the platform's mark, the page's
 * title and a short introduction, then the content. Later public pages (penalty decisions,
 * red/yellow lists …) use the same frame.
 */
export function PublicLayout({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  return (
    <div className="qs-public">
      <header className="qs-public-header">
        <div className="qs-public-header-inner">
          <BrandMark size={34} />
          <div className="qs-public-header-title">
            <strong>{t('randomChecks.public.portalName')}</strong>
            <span>{t('common.appName')}</span>
          </div>
          <LanguageSwitch />
          <Link to="/login">{t('randomChecks.public.login')}</Link>
        </div>
      </header>
      <div className="qs-public-banner">
        <div className="qs-public-banner-inner">
          <h1>{title}</h1>
          {intro ? <div style={{ color: 'rgba(0,0,0,0.65)', maxWidth: 900 }}>{intro}</div> : null}
        </div>
      </div>
      <main className="qs-public-main">{children}</main>
      <footer className="qs-public-footer">{t('randomChecks.public.footer')}</footer>
    </div>
  );
}
