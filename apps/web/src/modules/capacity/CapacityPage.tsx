import { DownloadOutlined } from '@ant-design/icons';
import type { CapacityRow } from '@qingshan/domain';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Grid,
  Row,
  Segmented,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { downloadFile } from '../../api/client';
import { ErrorResult } from '../../components/ErrorResult';
import { PageContainer } from '../../components/PageContainer';
import { dayjs, todayInShanghai } from '../../lib/dates';
import { useLabels } from '../../lib/labels';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { AgencyTreeSelect } from '../agencies/AgencyTreeSelect';
import { useSession } from '../auth/session';
import { CapacityChart } from './CapacityChart';
import { useCapacity } from './capacity.api';
import { type CapacityFilters, parseCapacityFilters, serializeCapacityFilters } from './capacity.query';
import { StaffingModal } from './StaffingModal';
import { buildUnitTree, parentIds, type UnitTreeNode } from './unit-tree';
import { useCapacityTable } from './use-capacity-table';

/**
 * /capacity (EVAL-3): the capacity indicators of every enforcement agency of the jurisdiction —
 * 空编率 ≤ 5 %, 在岗率 ≥ 90 %, 持证率 100 %, a legally qualified officer in each city agency, and
 * the equipment gap — city → counties, red where a target is missed; the 编制数 editable by
 * personnel.manage; Excel export.
 */
export default function CapacityPage() {
  const { t } = useTranslation();
  const _labels = useLabels();
  const { me, access } = useSession();
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = parseCapacityFilters(searchParams);
  const view = useCapacity(filters.agencyId, filters.date);
  const [selectedId, setSelectedId] = useState<string>();
  const [editing, setEditing] = useState<CapacityRow | null>(null);
  const [isExporting, setIsExporting] = useState(false);
  const canEditStaffing = access.can('personnel.manage');
  const isNarrow = Grid.useBreakpoint().md === false;
  const data = view.data;
  const tree = useMemo(() => buildUnitTree(data?.rows ?? []), [data]);
  const expanded = useMemo(() => parentIds(data?.rows ?? []), [data]);
  const selected = data?.rows.find((row) => row.agencyId === selectedId) ?? data?.rows[0];
  const figuresOf = (row: CapacityRow) => (filters.figures === 'own' ? row.own : row.rolledUp);
  const _targets = new Map((data?.targets ?? []).map((target) => [target.key, target]));

  const update = (changes: Partial<CapacityFilters>) =>
    setSearchParams(serializeCapacityFilters({ ...filters, ...changes }));

  const exportExcel = async () => {
    setIsExporting(true);
    const hide = message.loading(t('common.messages.exporting'), 0);
    try {
      const name = await downloadFile('/api/capacity/export.xlsx', {
        agencyId: filters.agencyId,
        date: filters.date,
      });
      void message.success(t('common.messages.exported', { name }));
    } catch (error) {
      showError(error);
    } finally {
      hide();
      setIsExporting(false);
    }
  };

  const { columns, summary, legal } = useCapacityTable({
    data,
    selectedId: selected?.agencyId,
    figures: filters.figures,
    canEditStaffing,
    onSelect: setSelectedId,
    onEdit: setEditing,
  });

  return (
    <PageContainer
      title={t('capacity.title')}
      subTitle={me.jurisdiction.description}
      extra={
        <Button icon={<DownloadOutlined />} loading={isExporting} onClick={() => void exportExcel()}>
          {t('common.actions.export')}
        </Button>
      }
    >
      <Card style={{ marginBottom: 16 }}>
        <Row gutter={[12, 12]} align="middle">
          <Col xs={24} md={10} xl={7}>
            <AgencyTreeSelect
              value={filters.agencyId}
              onChange={(agencyId) => {
                setSelectedId(undefined);
                update({ agencyId });
              }}
              placeholder={t('capacity.filters.agency')}
              aria-label={t('capacity.filters.agency')}
              allowClear
              style={{ width: '100%', minWidth: 0 }}
            />
          </Col>
          <Col xs={12} md={6} xl={4}>
            <DatePicker
              style={{ width: '100%' }}
              allowClear
              value={filters.date ? dayjs(filters.date) : null}
              placeholder={`${t('capacity.filters.date')}：${todayInShanghai()}`}
              aria-label={t('capacity.filters.date')}
              onChange={(value) => update({ date: value ? value.format('YYYY-MM-DD') : undefined })}
            />
          </Col>
          <Col xs={12} md={8} xl={6}>
            <Segmented
              value={filters.figures}
              onChange={(value) => update({ figures: value as CapacityFilters['figures'] })}
              options={[
                { value: 'rolledUp', label: t('capacity.scope.rolledUp') },
                { value: 'own', label: t('capacity.scope.own') },
              ]}
            />
          </Col>
        </Row>
      </Card>

      {view.isError && !data ? (
        <Card>
          <ErrorResult error={view.error} onRetry={() => void view.refetch()} />
        </Card>
      ) : !data ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : data.rows.length === 0 ? (
        <Card>
          <Empty />
        </Card>
      ) : (
        <>
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('capacity.legend')} />
          <Card styles={{ body: { padding: 0 } }} style={{ marginBottom: 16 }}>
            <div data-testid="capacity-table">
              <Table<UnitTreeNode<CapacityRow>>
                rowKey="agencyId"
                size="middle"
                columns={columns}
                dataSource={tree}
                loading={view.isFetching}
                pagination={false}
                expandable={{ defaultExpandedRowKeys: expanded }}
                scroll={{ x: 'max-content' }}
                rowClassName={(row) => (row.agencyId === selected?.agencyId ? 'qs-row-selected' : '')}
                onRow={(row) => ({ onClick: () => setSelectedId(row.agencyId) })}
                summary={() => summary(data)}
              />
            </div>
          </Card>
          {selected ? (
            <Card
              title={t('capacity.chart.title', { name: selected.name })}
              extra={
                isNarrow ? null : (
                  <Typography.Text type="secondary">{t('capacity.chart.hint')}</Typography.Text>
                )
              }
            >
              <Row gutter={[24, 16]} align="middle">
                <Col xs={24} lg={14}>
                  <CapacityChart figures={figuresOf(selected)} thresholds={data.thresholds} />
                </Col>
                <Col xs={24} lg={10}>
                  <Space orientation="vertical" size={8} style={{ width: '100%' }}>
                    <Typography.Text strong>{t('capacity.columns.equipment')}</Typography.Text>
                    {figuresOf(selected).equipment.shortCategories.length > 0 ? (
                      <Space size={[4, 8]} wrap>
                        {figuresOf(selected).equipment.shortCategories.map((item) => (
                          <Tag key={item.category} color="error">
                            {t(`equipment.category.${item.category}`)} −{item.shortfall}
                          </Tag>
                        ))}
                      </Space>
                    ) : (
                      <Tag color="success">{t('capacity.allMet')}</Tag>
                    )}
                    <Typography.Text strong>{t('capacity.columns.legal')}</Typography.Text>
                    <div>{legal(figuresOf(selected), filters.figures === 'rolledUp')}</div>
                  </Space>
                </Col>
              </Row>
            </Card>
          ) : null}
        </>
      )}
      {editing ? <StaffingModal row={editing} onClose={() => setEditing(null)} /> : null}
    </PageContainer>
  );
}
