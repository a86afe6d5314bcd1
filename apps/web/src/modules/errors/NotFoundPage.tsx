import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../lib/use-document-title';

export default function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('common.errors.notFoundTitle'));
  return (
    <Result
      status="404"
      title={t('common.errors.notFoundTitle')}
      subTitle={t('common.errors.notFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.errors.backHome')}</Button>
        </Link>
      }
    />
  );
}
