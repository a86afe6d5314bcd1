import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../lib/use-document-title';

/** A page the user's roles do not open (the menu hides it; a typed or old link lands here). */
export function ForbiddenPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('common.errors.forbiddenTitle'));
  return (
    <Result
      status="403"
      title={t('common.errors.forbiddenTitle')}
      subTitle={t('common.errors.forbidden')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.errors.backHome')}</Button>
        </Link>
      }
    />
  );
}
