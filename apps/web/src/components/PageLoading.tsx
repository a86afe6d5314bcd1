import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown while a page's code or first data loads. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div className="qs-page-loading">
      <Spin description={t('common.states.loading')} />
    </div>
  );
}
