import { DownloadOutlined, FileExcelOutlined, FileTextOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile, isApiError, type QueryParams } from '../../api/client';

export interface ExportFormat {
  key: string;
  label: ReactNode;
  /** GET path of the file, e.g. `/api/entities/export.csv`. */
  path: string;
}

/**
 * Downloads the server's export of the list under its current filters (`query` without paging).
 * One path: a button; several formats: a menu. A failure says so with the server's reason.
 */
export function ExportButton({
  path,
  formats,
  query,
  label,
  progress,
}: {
  path?: string;
  formats?: ExportFormat[];
  query: QueryParams;
  label?: ReactNode;
  /** The message while the server builds the file. */
  progress?: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [isExporting, setIsExporting] = useState(false);

  const download = async (filePath: string) => {
    setIsExporting(true);
    const hide = message.loading(progress ?? t('common.messages.exporting'), 0);
    try {
      const name = await downloadFile(filePath, query);
      void message.success(t('common.messages.exported', { name }));
    } catch (error) {
      // Session and password problems move the user on centrally (AuthProblemHandler).
      if (isApiError(error) && (error.isSessionProblem || error.code === 'PASSWORD_CHANGE_REQUIRED')) return;
      const reason = error instanceof Error ? error.message : String(error);
      void message.error(t('common.messages.exportFailed', { reason }));
    } finally {
      hide();
      setIsExporting(false);
    }
  };

  const text = label ?? t('common.actions.export');
  if (formats && formats.length > 1) {
    return (
      <Dropdown
        menu={{
          items: formats.map((format) => ({
            key: format.key,
            icon: format.path.endsWith('.csv') ? <FileTextOutlined /> : <FileExcelOutlined />,
            label: format.label,
          })),
          onClick: ({ key }) => {
            const format = formats.find((entry) => entry.key === key);
            if (format) void download(format.path);
          },
        }}
      >
        <Button icon={<DownloadOutlined />} loading={isExporting}>
          {text}
        </Button>
      </Dropdown>
    );
  }
  const only = path ?? formats?.[0]?.path;
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={isExporting}
      disabled={!only}
      onClick={() => (only ? void download(only) : undefined)}
    >
      {text}
    </Button>
  );
}
