import { DownloadOutlined, FileExcelOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { type ImportError, type ImportJobDetail, isImportJobRunning } from '@qingshan/domain';
import {
  Alert,
  App,
  Button,
  Col,
  Progress,
  Result,
  Row,
  Space,
  Statistic,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { downloadFile } from '../../api/client';
import { formatDateTime } from '../../lib/dates';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { importProgressPercent } from './entity-imports.api';

export const importStatusColors: Record<ImportJobDetail['status'], string> = {
  validating: 'processing',
  importing: 'processing',
  completed: 'success',
  rejected: 'error',
  failed: 'error',
};

/** One job: its progress while it runs, then the counts or the row-by-row report. */
export function ImportJobResult({ job }: { job: ImportJobDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const [isDownloading, setIsDownloading] = useState(false);
  const running = isImportJobRunning(job.status);

  const downloadReport = async () => {
    setIsDownloading(true);
    try {
      const name = await downloadFile(`/api/entities/imports/${job.id}/errors.xlsx`);
      void message.success(t('common.messages.exported', { name }));
    } catch (error) {
      showError(error);
    } finally {
      setIsDownloading(false);
    }
  };

  const columns: TableColumnsType<ImportError & { key: number }> = [
    {
      title: t('entities.imports.errors.row'),
      dataIndex: 'row',
      width: 80,
      render: (row: number | null) => row ?? t('entities.imports.errors.wholeFile'),
    },
    {
      title: t('entities.imports.errors.column'),
      dataIndex: 'column',
      width: 170,
      render: (value) => value ?? '—',
    },
    {
      title: t('entities.imports.errors.value'),
      dataIndex: 'value',
      width: 200,
      ellipsis: true,
      render: (value: string | null) =>
        value ? (
          <Typography.Text code>{value}</Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('entities.imports.errors.empty')}</Typography.Text>
        ),
    },
    { title: t('entities.imports.errors.message'), dataIndex: 'message' },
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap size={[8, 4]}>
        <FileExcelOutlined style={{ color: '#389e0d' }} />
        <Typography.Text strong>{job.fileName}</Typography.Text>
        <Tag color={importStatusColors[job.status]}>{t(`entities.imports.status.${job.status}`)}</Tag>
        {job.totalRows > 0 ? (
          <Typography.Text type="secondary">
            {t('entities.imports.job.rows', { count: job.totalRows })}
          </Typography.Text>
        ) : null}
        <Typography.Text type="secondary">
          {t('entities.imports.job.uploadedBy', {
            name: job.createdByName,
            agency: job.agencyName,
            time: formatDateTime(job.createdAt),
          })}
        </Typography.Text>
      </Space>

      {running ? (
        <div data-testid="import-progress">
          <Progress percent={importProgressPercent(job)} status="active" />
          <Typography.Text type="secondary">
            {job.status === 'importing'
              ? t('entities.imports.job.importing', { total: job.totalRows })
              : job.totalRows > 0
                ? t('entities.imports.job.validating', { processed: job.processedRows, total: job.totalRows })
                : t('entities.imports.job.validatingUnknown')}
          </Typography.Text>
        </div>
      ) : null}

      {job.status === 'completed' ? (
        <Result
          status="success"
          style={{ padding: '16px 0' }}
          title={t('entities.imports.job.completedTitle')}
          subTitle={t('entities.imports.job.completedSubTitle', { total: job.totalRows })}
          extra={
            <Link to="/entities">
              <Button icon={<UnorderedListOutlined />}>{t('entities.imports.job.viewEntities')}</Button>
            </Link>
          }
        >
          <Row gutter={16} style={{ textAlign: 'center' }}>
            <Col span={8}>
              <Statistic
                title={t('entities.imports.job.created')}
                value={job.createdCount}
                valueStyle={{ color: '#389e0d' }}
              />
            </Col>
            <Col span={8}>
              <Statistic
                title={t('entities.imports.job.updated')}
                value={job.updatedCount}
                valueStyle={{ color: '#1677ff' }}
              />
            </Col>
            <Col span={8}>
              <Statistic title={t('entities.imports.job.unchanged')} value={job.unchangedCount} />
            </Col>
          </Row>
        </Result>
      ) : null}

      {job.status === 'rejected' || job.status === 'failed' ? (
        <>
          <Alert
            type="error"
            showIcon
            message={
              job.status === 'rejected'
                ? t('entities.imports.job.rejectedTitle', { count: job.errorCount })
                : t('entities.imports.job.failedTitle')
            }
            description={
              job.status === 'rejected' ? t('entities.imports.job.rejectedSubTitle') : job.errors[0]?.message
            }
          />
          {job.status === 'rejected' ? (
            <>
              <Space wrap>
                <Button icon={<DownloadOutlined />} loading={isDownloading} onClick={downloadReport}>
                  {t('entities.imports.job.downloadReport')}
                </Button>
                {job.errorCount > job.errors.length ? (
                  <Typography.Text type="secondary">
                    {t('entities.imports.job.shownFirst', {
                      shown: job.errors.length,
                      count: job.errorCount,
                    })}
                  </Typography.Text>
                ) : null}
              </Space>
              <Table
                data-testid="import-errors"
                size="small"
                rowKey="key"
                columns={columns}
                dataSource={job.errors.map((error, index) => ({ ...error, key: index }))}
                pagination={{ pageSize: 10, showSizeChanger: true, hideOnSinglePage: true }}
                scroll={{ x: 640 }}
              />
            </>
          ) : null}
        </>
      ) : null}
    </Space>
  );
}
