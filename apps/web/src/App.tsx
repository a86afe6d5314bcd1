import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, theme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { isApiError } from './api/client';
import { router } from './router';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not change by asking again; a network blip or 5xx gets one more try.
      retry: (failureCount, error) =>
        failureCount < 1 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      // No background requests: every request counts as activity for the server's idle limit.
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
    },
  },
});

/** Brand colour: the deep green of ecological-environment agencies. */
const brand = {
  colorPrimary: '#0b7a55',
  colorLink: '#0b7a55',
  colorInfo: '#1668dc',
  borderRadius: 6,
  fontFamily:
    "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif",
};

export function App() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en-US' ? enUS : zhCN;
  return (
    <ConfigProvider
      locale={locale}
      theme={{
        algorithm: theme.defaultAlgorithm,
        token: brand,
        components: {
          Layout: { siderBg: '#0f2a22', triggerBg: '#0a1f19', headerBg: '#ffffff', headerPadding: '0 16px' },
          Tree: { nodeSelectedBg: '#d8efe4', nodeHoverBg: '#eef7f2' },
          Menu: {
            darkItemBg: '#0f2a22',
            darkSubMenuItemBg: '#0a1f19',
            darkItemSelectedBg: '#0b7a55',
          },
        },
      }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
