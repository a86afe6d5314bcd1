import {
  CheckCircleOutlined,
  DownloadOutlined,
  ExportOutlined,
  FileExcelOutlined,
  FileTextOutlined,
  InboxOutlined,
} from '@ant-design/icons';
import {
  type ImportJob,
  type ImportJobStatus,
  importFileMaxBytes,
  importJobStatuses,
  isImportJobRunning,
} from '@qingshan/domain';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Empty,
  List,
  Row,
  Select,
  Space,
  Spin,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { downloadFile } from '../../api/client';
import { ErrorResult } from '../../components/ErrorResult';
import { PageContainer } from '../../components/PageContainer';
import { formatDateTime } from '../../lib/dates';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { useSession } from '../auth/session';
import { useImportJob, useImportJobs, useStartImport } from './entity-imports.api';
import { ImportJobResult, importStatusColors } from './ImportJobResult';

const maxMegabytes = importFileMaxBytes / 1024 / 1024;

/**
 * /entities/imports (REG-5): templates, upload, the job's progress and report, the recent jobs,
 * and the export of the registry in the same columns. The selected job and the history's page
 * and filter live in the URL.
 */
export default function EntityImportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { access } = useSession();
  const showError = useApiErrorHandler();
  const [searchParams, setSearchParams] = useSearchParams();
  const jobId = searchParams.get('job') ?? undefined;
  const historyPage = Number(searchParams.get('page') ?? '1') || 1;
  const statusParam = searchParams.get('status');
  const historyStatus = importJobStatuses.includes(statusParam as ImportJobStatus)
    ? (statusParam as ImportJobStatus)
    : undefined;
  const job = useImportJob(jobId);
  const jobs = useImportJobs(historyPage, historyStatus);
  const startImport = useStartImport();
  const [downloading, setDownloading] = useState<string | null>(null);

  const setParams = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, value);
    }
    setSearchParams(next);
  };

  const download = async (path: string) => {
    setDownloading(path);
    try {
      const name = await downloadFile(path);
      void message.success(t('common.messages.exported', { name }));
    } catch (error) {
      showError(error);
    } finally {
      setDownloading(null);
    }
  };

  const isBusy = startImport.isPending || (job.data ? isImportJobRunning(job.data.status) : false);

  const upload = async (file: File) => {
    if (!/\.(csv|xlsx)$/i.test(file.name)) {
      void message.error(t('entities.imports.upload.wrongType'));
      return;
    }
    if (file.size > importFileMaxBytes) {
      void message.error(t('entities.imports.upload.tooLarge', { size: maxMegabytes }));
      return;
    }
    const hide = message.loading(t('entities.imports.upload.uploading', { name: file.name }), 0);
    try {
      const started = await startImport.mutateAsync(file);
      setParams({ job: started.id, page: undefined, status: undefined });
    } catch (error) {
      showError(error);
    } finally {
      hide();
    }
  };

  const historyColumns: TableColumnsType<ImportJob> = [
    {
      title: t('entities.imports.history.createdAt'),
      dataIndex: 'createdAt',
      width: 150,
      render: (value: string) => formatDateTime(value),
    },
    {
      title: t('entities.imports.history.file'),
      dataIndex: 'fileName',
      ellipsis: true,
      render: (value: string, item) => (
        <Typography.Link strong={item.id === jobId} onClick={() => setParams({ job: item.id })}>
          {value}
        </Typography.Link>
      ),
    },
    {
      title: t('entities.imports.history.createdBy'),
      dataIndex: 'createdByName',
      width: 100,
      responsive: ['md'],
    },
    {
      title: t('entities.imports.history.agency'),
      dataIndex: 'agencyName',
      ellipsis: true,
      responsive: ['lg'],
    },
    {
      title: t('entities.imports.history.status'),
      dataIndex: 'status',
      width: 140,
      render: (status: ImportJobStatus) => (
        <Tag color={importStatusColors[status]}>{t(`entities.imports.status.${status}`)}</Tag>
      ),
    },
    {
      title: t('entities.imports.history.rows'),
      dataIndex: 'totalRows',
      width: 90,
      align: 'right',
      responsive: ['sm'],
    },
    {
      title: t('entities.imports.history.result'),
      key: 'result',
      width: 170,
      responsive: ['md'],
      render: (_, item) =>
        item.status === 'completed'
          ? t('entities.imports.history.resultCompleted', {
              created: item.createdCount,
              updated: item.updatedCount,
            })
          : item.status === 'rejected' || item.status === 'failed'
            ? t('entities.imports.history.resultRejected', { count: item.errorCount })
            : '—',
    },
  ];

  return (
    <PageContainer title={t('entities.imports.title')} subTitle={t('entities.imports.subTitle')}>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Card title={t('entities.imports.upload.title')}>
              <Space direction="vertical" size={16} style={{ width: '100%' }}>
                <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                  {t('entities.imports.upload.rules')}
                </Typography.Paragraph>
                <Space wrap>
                  <Button
                    icon={<FileExcelOutlined />}
                    loading={downloading === '/api/entities/imports/template.xlsx'}
                    onClick={() => download('/api/entities/imports/template.xlsx')}
                  >
                    {t('entities.imports.upload.templateExcel')}
                  </Button>
                  <Button
                    icon={<FileTextOutlined />}
                    loading={downloading === '/api/entities/imports/template.csv'}
                    onClick={() => download('/api/entities/imports/template.csv')}
                  >
                    {t('entities.imports.upload.templateCsv')}
                  </Button>
                </Space>
                <Upload.Dragger
                  accept=".csv,.xlsx"
                  multiple={false}
                  showUploadList={false}
                  disabled={isBusy}
                  customRequest={({ file, onSuccess, onError }) => {
                    void upload(file as File).then(
                      () => onSuccess?.(null),
                      (error: Error) => onError?.(error),
                    );
                  }}
                >
                  <p className="ant-upload-drag-icon">
                    <InboxOutlined />
                  </p>
                  <p className="ant-upload-text">
                    {isBusy ? t('entities.imports.upload.busy') : t('entities.imports.upload.drop')}
                  </p>
                  <p className="ant-upload-hint">
                    {t('entities.imports.upload.hint', { size: maxMegabytes })}
                  </p>
                </Upload.Dragger>
              </Space>
            </Card>

            <Card title={t('entities.imports.job.title')} data-testid="import-result">
              {!jobId ? (
                <Empty description={t('entities.imports.job.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
              ) : job.isError ? (
                <ErrorResult error={job.error} onRetry={() => job.refetch()} />
              ) : !job.data ? (
                <Spin />
              ) : (
                <ImportJobResult job={job.data} />
              )}
            </Card>
          </Space>
        </Col>

        <Col xs={24} xl={8}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            {access.can('entities.read') ? (
              <Card title={t('entities.imports.export.title')}>
                <Typography.Paragraph type="secondary">
                  {t('entities.imports.export.description')}
                </Typography.Paragraph>
                <Space wrap>
                  <Button
                    type="primary"
                    ghost
                    icon={<ExportOutlined />}
                    loading={downloading === '/api/entities/export.xlsx'}
                    onClick={() => download('/api/entities/export.xlsx')}
                  >
                    {t('entities.imports.export.excel')}
                  </Button>
                  <Button
                    icon={<DownloadOutlined />}
                    loading={downloading === '/api/entities/export.csv'}
                    onClick={() => download('/api/entities/export.csv')}
                  >
                    {t('entities.imports.export.csv')}
                  </Button>
                </Space>
              </Card>
            ) : null}
            <Card title={t('entities.imports.tips.title')}>
              <List
                size="small"
                split={false}
                dataSource={t('entities.imports.tips.items', { returnObjects: true }) as string[]}
                renderItem={(item) => (
                  <List.Item style={{ paddingInline: 0 }}>
                    <Space align="start">
                      <CheckCircleOutlined style={{ color: '#389e0d' }} />
                      <Typography.Text>{item}</Typography.Text>
                    </Space>
                  </List.Item>
                )}
              />
              <Alert
                type="info"
                showIcon
                style={{ marginTop: 8 }}
                message={t('entities.imports.upload.hint', { size: maxMegabytes })}
              />
            </Card>
          </Space>
        </Col>

        <Col span={24}>
          <Card
            title={t('entities.imports.history.title')}
            extra={
              <Select<ImportJobStatus | ''>
                style={{ width: 170 }}
                value={historyStatus ?? ''}
                onChange={(value) => setParams({ status: value || undefined, page: undefined })}
                options={[
                  { value: '', label: t('entities.imports.history.allStatuses') },
                  ...importJobStatuses.map((status) => ({
                    value: status,
                    label: t(`entities.imports.status.${status}`),
                  })),
                ]}
              />
            }
          >
            {jobs.isError ? (
              <ErrorResult error={jobs.error} onRetry={() => jobs.refetch()} />
            ) : (
              <Table
                data-testid="import-history"
                size="middle"
                rowKey="id"
                loading={jobs.isFetching && !jobs.data}
                columns={historyColumns}
                dataSource={jobs.data?.items ?? []}
                onRow={(item) => ({
                  onClick: () => setParams({ job: item.id }),
                  style: { cursor: 'pointer' },
                })}
                pagination={{
                  current: historyPage,
                  pageSize: 10,
                  total: jobs.data?.total ?? 0,
                  showSizeChanger: false,
                  hideOnSinglePage: true,
                  onChange: (page) => setParams({ page: String(page) }),
                }}
                scroll={{ x: 600 }}
              />
            )}
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
