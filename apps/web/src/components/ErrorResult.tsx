import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';

/** A failed load: the server's message, and a way to try again. */
export function ErrorResult({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const status = isApiError(error) ? error.status : 500;
  const resultStatus = status === 403 ? '403' : status === 404 ? '404' : 'error';
  return (
    <Result
      status={resultStatus}
      title={
        status === 403
          ? t('common.errors.forbiddenTitle')
          : status === 404
            ? t('common.errors.notFoundTitle')
            : t('common.errors.loadFailed')
      }
      subTitle={error instanceof Error ? error.message : String(error)}
      extra={
        onRetry ? (
          <Button type="primary" onClick={onRetry}>
            {t('common.actions.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
