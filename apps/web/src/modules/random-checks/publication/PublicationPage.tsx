import { GlobalOutlined } from '@ant-design/icons';
import type { RandomCheckOutcome, RandomCheckPublicationItem } from '@qingshan/domain';
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Input,
  Row,
  Segmented,
  Space,
  Statistic,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorResult } from '../../../components/ErrorResult';
import { PageContainer } from '../../../components/PageContainer';
import { dayjs, formatDateTime, todayInShanghai } from '../../../lib/dates';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { AgencyTreeSelect } from '../../agencies/AgencyTreeSelect';
import { usePublicationPage, usePublishResults } from '../reports/reports.api';
import {
  type PublicationFilters,
  parsePublicationFilters,
  serializePublicationFilters,
  toPublicationQuery,
} from '../reports/reports.query';

const outcomeColors: Record<RandomCheckOutcome, string> = {
  no_problem: 'green',
  problem_found: 'orange',
  entity_closed: 'default',
};

/**
 * /random-checks/publication (DR-6): the completed inspections of the jurisdiction and their
 * publication. The plan's agency head publishes results one by one or in a batch; the page shows
 * the disclosure rate against the profile's target and what is past its publication date.
 */
export default function PublicationPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const onError = useApiErrorHandler();
  const [search, setSearch] = useSearchParams();
  const filters = parsePublicationFilters(search);
  const page = usePublicationPage(toPublicationQuery(filters));
  const publish = usePublishResults();
  const [selected, setSelected] = useState<string[]>([]);
  const today = todayInShanghai();

  const update = (changes: Partial<PublicationFilters>) => {
    setSelected([]);
    setSearch(serializePublicationFilters({ ...filters, page: 1, ...changes }), { replace: true });
  };

  const confirmPublish = (taskIds: string[]) => {
    modal.confirm({
      title: t('randomChecks.reports.publication.confirmTitle', { count: taskIds.length }),
      content: t('randomChecks.reports.publication.confirmBody'),
      okText: t('randomChecks.reports.publication.publishOne'),
      cancelText: t('common.actions.cancel'),
      onOk: async () => {
        try {
          const result = await publish.mutateAsync(taskIds);
          setSelected([]);
          void message.success(t('randomChecks.reports.publication.published', { count: result.published }));
        } catch (error) {
          onError(error);
        }
      },
    });
  };

  const counts = page.data?.counts;
  const rate = counts?.disclosureRatePercent ?? null;
  const isBelow = rate !== null && counts !== undefined && rate < counts.targetPercent;

  return (
    <PageContainer
      title={t('randomChecks.reports.publication.title')}
      subTitle={t('randomChecks.reports.publication.subtitle', { percent: counts?.targetPercent ?? 100 })}
      extra={
        <Link to="/public/random-checks" target="_blank">
          <Button icon={<GlobalOutlined />}>{t('randomChecks.reports.publication.publicPage')}</Button>
        </Link>
      }
    >
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {(
          [
            ['completed', counts?.completed],
            ['published', counts?.published],
            ['unpublished', counts?.unpublished],
            ['overdue', counts?.overdue],
          ] as const
        ).map(([key, value]) => (
          <Col key={key} xs={12} md={6} lg={4}>
            <Card size="small">
              <Statistic
                title={t(`randomChecks.reports.publication.counts.${key}`)}
                value={value ?? '—'}
                styles={key === 'overdue' && (value ?? 0) > 0 ? { content: { color: '#d4380d' } } : undefined}
              />
            </Card>
          </Col>
        ))}
        <Col xs={24} md={12} lg={8}>
          <Card size="small">
            <Statistic
              title={t('randomChecks.reports.publication.counts.rate')}
              value={rate ?? '—'}
              suffix={rate === null ? undefined : '%'}
              styles={{ content: { color: isBelow ? '#d4380d' : '#0b7a55' } }}
            />
          </Card>
        </Col>
      </Row>

      <Card>
        <Space wrap size={[12, 12]} style={{ marginBottom: 16 }}>
          <Segmented
            value={filters.status ?? 'all'}
            onChange={(value) => update({ status: value === 'all' ? undefined : (value as 'published') })}
            options={[
              { value: 'unpublished', label: t('randomChecks.reports.publication.status.unpublished') },
              { value: 'published', label: t('randomChecks.reports.publication.status.published') },
              { value: 'all', label: t('randomChecks.reports.publication.statusAll') },
            ]}
          />
          <DatePicker
            picker="month"
            value={filters.month ? dayjs(`${filters.month}-01`) : null}
            onChange={(value) => update({ month: value ? value.format('YYYY-MM') : undefined })}
            placeholder={t('randomChecks.reports.publication.month')}
            disabledDate={(date) => date.format('YYYY-MM') > today.slice(0, 7)}
          />
          <AgencyTreeSelect
            value={filters.agencyId}
            onChange={(agencyId) => update({ agencyId })}
            allowClear
            placeholder={t('randomChecks.reports.publication.agency')}
            style={{ width: 260 }}
          />
          <Input.Search
            key={filters.q ?? ''}
            defaultValue={filters.q}
            allowClear
            placeholder={t('randomChecks.reports.publication.search')}
            onSearch={(value) => update({ q: value.trim() || undefined })}
            style={{ width: 260 }}
          />
          <Button
            type="primary"
            disabled={selected.length === 0}
            loading={publish.isPending}
            onClick={() => confirmPublish(selected)}
            data-testid="publish-selected"
          >
            {t('randomChecks.reports.publication.publishSelected', { count: selected.length })}
          </Button>
        </Space>
        {page.isError ? (
          <ErrorResult error={page.error} onRetry={() => void page.refetch()} />
        ) : (
          <Table<RandomCheckPublicationItem>
            rowKey="taskId"
            size="middle"
            data-testid="publication-table"
            loading={page.isFetching}
            dataSource={page.data?.items ?? []}
            scroll={{ x: 1200 }}
            rowSelection={{
              selectedRowKeys: selected,
              onChange: (keys) => setSelected(keys as string[]),
              getCheckboxProps: (row) => ({ disabled: !row.canPublish }),
            }}
            pagination={{
              current: filters.page,
              pageSize: filters.pageSize,
              total: page.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [10, 20, 50, 100],
              showTotal: (total) => t('common.table.total', { total }),
              onChange: (next, pageSize) =>
                setSearch(serializePublicationFilters({ ...filters, page: next, pageSize }), {
                  replace: true,
                }),
            }}
            columns={[
              {
                title: t('randomChecks.reports.publication.columns.entity'),
                key: 'entity',
                width: 240,
                fixed: 'left',
                render: (_, row) => (
                  <Space direction="vertical" size={0}>
                    <Link to={`/entities/${row.entity.id}`}>{row.entity.name}</Link>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {row.entity.creditCode} · {row.entity.countyName}
                    </Typography.Text>
                  </Space>
                ),
              },
              {
                title: t('randomChecks.reports.publication.columns.plan'),
                key: 'plan',
                width: 220,
                render: (_, row) => (
                  <Space direction="vertical" size={0}>
                    <Link to={`/random-checks/plans/${row.planId}`}>{row.planNumber}</Link>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {row.agencyName}
                    </Typography.Text>
                  </Space>
                ),
              },
              {
                title: t('randomChecks.reports.publication.columns.items'),
                dataIndex: 'items',
                render: (items: string[]) => items.join('；'),
              },
              {
                title: t('randomChecks.reports.publication.columns.outcome'),
                key: 'outcome',
                width: 150,
                render: (_, row) =>
                  row.outcome ? (
                    <Space size={4} wrap>
                      <Tag color={outcomeColors[row.outcome]}>
                        {t(`randomChecks.outcomes.${row.outcome}`)}
                      </Tag>
                      {row.findingCount > 0 ? (
                        <Typography.Text type="secondary">
                          {t('randomChecks.reports.publication.findingCount', { count: row.findingCount })}
                        </Typography.Text>
                      ) : null}
                    </Space>
                  ) : (
                    '—'
                  ),
              },
              {
                title: t('randomChecks.reports.publication.columns.inspectedOn'),
                dataIndex: 'inspectedOn',
                width: 110,
              },
              {
                title: t('randomChecks.reports.publication.columns.publicationDueOn'),
                key: 'due',
                width: 130,
                render: (_, row) => (
                  <Space size={4}>
                    <span>{row.publicationDueOn}</span>
                    {row.isPublicationOverdue ? (
                      <Tag color="red">{t('randomChecks.reports.publication.overdue')}</Tag>
                    ) : null}
                  </Space>
                ),
              },
              {
                title: t('randomChecks.reports.publication.columns.publishedAt'),
                key: 'publishedAt',
                width: 150,
                render: (_, row) =>
                  row.publishedAt ? (
                    formatDateTime(row.publishedAt)
                  ) : row.canPublish ? (
                    <Button
                      size="small"
                      onClick={() => confirmPublish([row.taskId])}
                      data-testid="publish-one"
                    >
                      {t('randomChecks.reports.publication.publishOne')}
                    </Button>
                  ) : (
                    <Tooltip title={t('randomChecks.reports.publication.notOwner')}>
                      <Tag>{t('randomChecks.reports.publication.status.unpublished')}</Tag>
                    </Tooltip>
                  ),
              },
            ]}
          />
        )}
      </Card>
    </PageContainer>
  );
}
