import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import { appRoutes } from '../routes';

/** The path parameters of the page routes (`/entities/:id` …): what a typed or pasted URL supplies. */
const pathParameters = new Set(
  appRoutes.flatMap((route) => [...route.path.matchAll(/:(\w+)/g)].map((match) => match[1])),
);

/**
 * A load that can never succeed because the address names nothing: 404, or a 400 that rejects a
 * path parameter (`/entities/not-a-uuid`). Either way the person typed or followed a bad link.
 */
export function isNotFoundError(error: unknown): boolean {
  if (!isApiError(error)) return false;
  return error.status === 404 || (error.status === 400 && pathParameters.has(error.field ?? ''));
}

/** A failed load: the server's message, and a way to try again (not when retrying cannot help). */
export function ErrorResult({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const status = isNotFoundError(error) ? 404 : isApiError(error) ? error.status : 500;
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
        onRetry && !(status >= 400 && status < 500) ? (
          <Button type="primary" onClick={onRetry}>
            {t('common.actions.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
