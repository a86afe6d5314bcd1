import { DownloadOutlined, SafetyOutlined, SearchOutlined } from '@ant-design/icons';
import {
  type AuditChainBreak,
  type AuditEntry,
  type AuditVerification,
  auditActionLabels,
  type Paged,
  securityPolicy,
} from '@qingshan/domain';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, downloadFile } from '../../api/client';
import { ErrorResult } from '../../components/ErrorResult';
import { PageContainer } from '../../components/PageContainer';
import { dayjs, formatDate, formatDateTimeSeconds } from '../../lib/dates';
import { useLabels } from '../../lib/labels';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { useAuditPage, useVerifyAuditChain } from './audit.api';
import { findPageOfEntry } from './audit.locate';
import {
  type AuditFilters,
  defaultAuditFilters,
  parseAuditFilters,
  serializeAuditFilters,
  shortenHash,
  toAuditQuery,
} from './audit.query';

interface AuditFilterForm {
  dates?: [Dayjs | null, Dayjs | null] | null;
  action?: string;
  actor?: string;
  targetType?: string;
  targetId?: string;
}

const targetTypes = ['user', 'agency', 'audit_log', 'calendar_day', 'calendar_year', 'database'];

function HashText({ value }: { value: string | null }) {
  const { t } = useTranslation();
  if (!value) return <Typography.Text type="secondary">{t('audit.expanded.noDigest')}</Typography.Text>;
  return (
    <Typography.Text className="qs-mono" copyable={{ text: value }} title={value}>
      {shortenHash(value, 16, 12)}
    </Typography.Text>
  );
}

/** Enough to act on; the rest are named by `npm run audit:verify`. */
const shownBreaks = 20;

function VerificationResult({
  result,
  onShowBroken,
  isLocating,
}: {
  result: AuditVerification;
  onShowBroken: (entry: AuditChainBreak) => void;
  isLocating: boolean;
}) {
  const { t } = useTranslation();
  const verifiedAt = t('audit.verify.verifiedAt', { time: formatDateTimeSeconds(result.verifiedAt) });
  if (result.isIntact || !result.firstBrokenEntry) {
    return (
      <Alert
        data-testid="audit-verify-result"
        type="success"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('audit.verify.intactTitle')}
        description={
          <>
            {t('audit.verify.intact', { count: result.checkedCount })}
            <br />
            <Typography.Text type="secondary">{verifiedAt}</Typography.Text>
          </>
        }
      />
    );
  }
  const shown = result.brokenEntries.slice(0, shownBreaks);
  const notShown = result.brokenCount - shown.length;
  return (
    <Alert
      data-testid="audit-verify-result"
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('audit.verify.brokenTitle')}
      description={
        <>
          {t('audit.verify.brokenSummary', { checked: result.checkedCount, broken: result.brokenCount })}
          <ul style={{ margin: '8px 0', paddingInlineStart: 20 }} data-testid="audit-verify-breaks">
            {shown.map((broken) => (
              <li key={`${broken.id}-${broken.reason}`}>
                {t('audit.verify.broken', { id: broken.id, reason: broken.reason })}
                {broken.occurredAt ? (
                  <Typography.Text type="secondary">
                    {' '}
                    {t('audit.verify.brokenAt', { time: formatDateTimeSeconds(broken.occurredAt) })}
                  </Typography.Text>
                ) : null}{' '}
                <Button
                  size="small"
                  type="link"
                  danger
                  loading={isLocating}
                  onClick={() => onShowBroken(broken)}
                >
                  {t('audit.verify.showBroken')}
                </Button>
              </li>
            ))}
          </ul>
          {notShown > 0 ? (
            <>
              {t('audit.verify.notShown', { count: notShown })}
              <br />
            </>
          ) : null}
          <Typography.Text type="secondary">{verifiedAt}</Typography.Text>
        </>
      }
    />
  );
}

/**
 * /audit (SYS-1, audit administrator only): the hash-chained audit trail, filtered on the
 * server, with the chain verifier and an Excel export of the current filters.
 */
export default function AuditPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = parseAuditFilters(searchParams);
  const page = useAuditPage(filters);
  const verify = useVerifyAuditChain();
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const [isExporting, setIsExporting] = useState(false);
  const [isLocating, setIsLocating] = useState(false);
  const [form] = Form.useForm<AuditFilterForm>();

  // The form follows the URL (back/forward, links, "show broken entry").
  useEffect(() => {
    form.setFieldsValue({
      dates:
        filters.from || filters.to
          ? [filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]
          : null,
      action: filters.action,
      actor: filters.actor,
      targetType: filters.targetType,
      targetId: filters.targetId,
    });
  }, [form, filters.from, filters.to, filters.action, filters.actor, filters.targetType, filters.targetId]);

  const update = (next: AuditFilters) => setSearchParams(serializeAuditFilters(next));

  const applyForm = (values: AuditFilterForm) => {
    const [from, to] = values.dates ?? [];
    update({
      ...defaultAuditFilters,
      pageSize: filters.pageSize,
      from: from ? from.format('YYYY-MM-DD') : undefined,
      to: to ? to.format('YYYY-MM-DD') : undefined,
      action: values.action,
      actor: values.actor?.trim() || undefined,
      targetType: values.targetType,
      targetId: values.targetId?.trim() || undefined,
      agencyId: filters.agencyId,
      agencyName: filters.agencyName,
    });
  };

  const runVerification = async () => {
    try {
      setVerification(await verify.mutateAsync());
    } catch (error) {
      showError(error);
    }
  };

  const showBroken = async (broken: AuditChainBreak) => {
    const day = broken.occurredAt ? formatDate(broken.occurredAt) : undefined;
    const narrowed: AuditFilters = { ...defaultAuditFilters, pageSize: filters.pageSize, from: day, to: day };
    setIsLocating(true);
    try {
      const pageOfEntry = await findPageOfEntry(broken.id, narrowed.pageSize, async (pageNumber) => {
        const result = await api.get<Paged<AuditEntry>>(
          '/api/audit',
          toAuditQuery({ ...narrowed, page: pageNumber }),
        );
        return { ids: result.items.map((entry) => entry.id), total: result.total };
      });
      update({ ...narrowed, page: pageOfEntry ?? 1, highlight: broken.id });
      if (pageOfEntry) void message.info(t('audit.highlighted', { id: broken.id }));
      else void message.warning(t('audit.notVisible', { id: broken.id }));
    } catch (error) {
      showError(error);
    } finally {
      setIsLocating(false);
    }
  };

  // Bring the highlighted entry into view once its page has loaded.
  const highlightedId = filters.highlight;
  const isHighlightLoaded = Boolean(
    highlightedId && page.data?.items.some((entry) => entry.id === highlightedId),
  );
  useEffect(() => {
    if (!isHighlightLoaded || !highlightedId) return;
    document
      .querySelector(`tr[data-row-key="${highlightedId}"]`)
      ?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [isHighlightLoaded, highlightedId]);

  const exportExcel = async () => {
    setIsExporting(true);
    const hide = message.loading(t('common.messages.exporting'), 0);
    try {
      const name = await downloadFile('/api/audit/export.xlsx', toAuditQuery(filters, { forExport: true }));
      void message.success(t('common.messages.exported', { name }));
    } catch (error) {
      showError(error);
    } finally {
      hide();
      setIsExporting(false);
    }
  };

  const columns: TableColumnsType<AuditEntry> = [
    { title: t('audit.columns.id'), dataIndex: 'id', key: 'id', width: 80 },
    {
      title: t('audit.columns.occurredAt'),
      dataIndex: 'occurredAt',
      key: 'occurredAt',
      width: 170,
      render: (value: string) => formatDateTimeSeconds(value),
    },
    {
      title: t('audit.columns.actor'),
      key: 'actor',
      width: 130,
      render: (_value, entry) =>
        entry.actorDisplayName ? (
          <span>
            {entry.actorDisplayName}
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {entry.actorUsername}
            </Typography.Text>
          </span>
        ) : entry.actorUsername ? (
          <span>
            <Typography.Text type="secondary">{t('audit.anonymous')}</Typography.Text>
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {entry.actorUsername}
            </Typography.Text>
          </span>
        ) : (
          <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>
        ),
    },
    {
      title: t('audit.columns.agency'),
      key: 'agency',
      width: 170,
      ellipsis: true,
      render: (_value, entry) =>
        entry.actorAgencyId && entry.actorAgencyName ? (
          <Typography.Link
            title={t('audit.filterByAgency')}
            onClick={() =>
              update({
                ...filters,
                page: 1,
                agencyId: entry.actorAgencyId ?? undefined,
                agencyName: entry.actorAgencyName ?? undefined,
              })
            }
          >
            {entry.actorAgencyName}
          </Typography.Link>
        ) : (
          '—'
        ),
    },
    {
      title: t('audit.columns.action'),
      dataIndex: 'action',
      key: 'action',
      width: 150,
      render: (action: string, entry) => (
        <Tag
          color={
            action.includes('failed') || action.includes('locked') || action.includes('refused')
              ? 'red'
              : 'blue'
          }
        >
          {labels.auditAction(action, entry.actionLabel)}
        </Tag>
      ),
    },
    {
      title: t('audit.columns.summary'),
      dataIndex: 'summary',
      key: 'summary',
      ellipsis: { showTitle: true },
    },
    {
      title: t('audit.columns.target'),
      key: 'target',
      width: 150,
      render: (_value, entry) => (
        <span>
          {labels.auditTargetType(entry.targetType)}
          {entry.targetId ? (
            <>
              <br />
              <Typography.Text
                className="qs-mono"
                type="secondary"
                copyable={{ text: entry.targetId }}
                title={entry.targetId}
              >
                {shortenHash(entry.targetId, 8, 4)}
              </Typography.Text>
            </>
          ) : null}
        </span>
      ),
    },
    {
      title: t('audit.columns.clientAddress'),
      dataIndex: 'clientAddress',
      key: 'clientAddress',
      width: 130,
      render: (value: string | null) => value ?? '—',
    },
  ];

  return (
    <PageContainer
      title={t('audit.title')}
      subTitle={t('audit.retention', { days: securityPolicy.auditRetentionDays })}
      extra={
        <>
          <Button icon={<DownloadOutlined />} loading={isExporting} onClick={() => void exportExcel()}>
            {t('common.actions.export')}
          </Button>
          <Button
            type="primary"
            icon={<SafetyOutlined />}
            loading={verify.isPending}
            onClick={() => void runVerification()}
            data-testid="audit-verify"
          >
            {verify.isPending ? t('audit.verify.running') : t('audit.verify.button')}
          </Button>
        </>
      }
    >
      {verification ? (
        <VerificationResult
          result={verification}
          isLocating={isLocating}
          onShowBroken={(broken) => void showBroken(broken)}
        />
      ) : null}

      <Card style={{ marginBottom: 16 }} styles={{ body: { paddingBottom: 0 } }}>
        <Form<AuditFilterForm> form={form} layout="inline" onFinish={applyForm} className="qs-filter-form">
          <Form.Item name="dates" label={t('audit.filters.dateRange')} style={{ marginBottom: 16 }}>
            <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: 250 }} />
          </Form.Item>
          <Form.Item name="action" label={t('audit.filters.action')} style={{ marginBottom: 16 }}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('audit.filters.actionPlaceholder')}
              options={Object.keys(auditActionLabels).map((action) => ({
                value: action,
                label: labels.auditAction(action),
              }))}
              style={{ width: 180 }}
            />
          </Form.Item>
          <Form.Item name="actor" label={t('audit.filters.actor')} style={{ marginBottom: 16 }}>
            <Input
              allowClear
              placeholder={t('audit.filters.actorPlaceholder')}
              style={{ width: 160 }}
              maxLength={50}
            />
          </Form.Item>
          <Form.Item name="targetType" label={t('audit.filters.targetType')} style={{ marginBottom: 16 }}>
            <Select
              allowClear
              placeholder={t('audit.filters.targetTypePlaceholder')}
              options={targetTypes.map((type) => ({ value: type, label: labels.auditTargetType(type) }))}
              style={{ width: 140 }}
            />
          </Form.Item>
          <Form.Item name="targetId" label={t('audit.filters.targetId')} style={{ marginBottom: 16 }}>
            <Input allowClear style={{ width: 200 }} maxLength={64} className="qs-mono" />
          </Form.Item>
          <Form.Item style={{ marginBottom: 16 }}>
            <Space>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                {t('common.actions.search')}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  update({ ...defaultAuditFilters, pageSize: filters.pageSize });
                }}
              >
                {t('common.actions.reset')}
              </Button>
            </Space>
          </Form.Item>
        </Form>
        {filters.agencyId ? (
          <div style={{ marginBottom: 16 }}>
            <Tag
              closable
              color="green"
              onClose={() => update({ ...filters, page: 1, agencyId: undefined, agencyName: undefined })}
            >
              {t('audit.filters.agency')}：{filters.agencyName ?? filters.agencyId}
            </Tag>
          </div>
        ) : null}
      </Card>

      <Card styles={{ body: { padding: 0 } }}>
        {page.isError && !page.data ? (
          <ErrorResult error={page.error} onRetry={() => void page.refetch()} />
        ) : (
          <Table<AuditEntry>
            rowKey="id"
            size="medium"
            columns={columns}
            dataSource={page.data?.items}
            loading={page.isFetching}
            scroll={{ x: 1220 }}
            rowClassName={(entry) => (entry.id === filters.highlight ? 'qs-audit-row-highlight' : '')}
            expandable={{
              expandedRowRender: (entry) => (
                <div>
                  <Descriptions
                    size="small"
                    column={1}
                    styles={{ label: { width: 120 } }}
                    items={[
                      {
                        key: 'hash',
                        label: t('audit.expanded.hash'),
                        children: <HashText value={entry.hash} />,
                      },
                      {
                        key: 'previousHash',
                        label: t('audit.expanded.previousHash'),
                        children: <HashText value={entry.previousHash} />,
                      },
                      {
                        key: 'before',
                        label: t('audit.expanded.beforeDigest'),
                        children: <HashText value={entry.beforeDigest} />,
                      },
                      {
                        key: 'after',
                        label: t('audit.expanded.afterDigest'),
                        children: <HashText value={entry.afterDigest} />,
                      },
                    ]}
                  />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('audit.expanded.chainNote')}
                  </Typography.Text>
                </div>
              ),
            }}
            onChange={(pagination) =>
              update({
                ...filters,
                page: pagination.pageSize !== filters.pageSize ? 1 : (pagination.current ?? 1),
                pageSize: pagination.pageSize ?? filters.pageSize,
              })
            }
            pagination={{
              current: filters.page,
              pageSize: filters.pageSize,
              total: page.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [10, 20, 50, 100],
              showTotal: (total) => t('common.table.total', { total }),
              style: { paddingInline: 16 },
            }}
          />
        )}
      </Card>
    </PageContainer>
  );
}
