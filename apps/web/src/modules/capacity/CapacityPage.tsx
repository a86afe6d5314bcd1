import { DownloadOutlined, EditOutlined, InfoCircleOutlined } from '@ant-design/icons';
import type {
  CapacityFigures,
  CapacityIndicatorResponse,
  CapacityResponse,
  CapacityRow,
  CapacityTarget,
} from '@qingshan/domain';
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
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
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
import {
  type CapacityFilters,
  formatRate,
  parseCapacityFilters,
  serializeCapacityFilters,
} from './capacity.query';
import { StaffingModal } from './StaffingModal';
import { buildUnitTree, parentIds, type UnitTreeNode } from './unit-tree';

const missedStyle = { color: '#cf1322', fontWeight: 600 } as const;

/** Class of a cell whose target is missed: red fill (styles.css). */
const missedCell = (isMissed: boolean) => ({ className: isMissed ? 'qs-cell-missed' : undefined });

/**
 * /capacity (EVAL-3): the capacity indicators of every enforcement agency of the jurisdiction —
 * 空编率 ≤ 5 %, 在岗率 ≥ 90 %, 持证率 100 %, a legally qualified officer in each city agency, and
 * the equipment gap — city → counties, red where a target is missed; the 编制数 editable by
 * personnel.manage; Excel export.
 */
export default function CapacityPage() {
  const { t } = useTranslation();
  const labels = useLabels();
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
  const targets = new Map((data?.targets ?? []).map((target) => [target.key, target]));

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

  /** A header with the target and its basis in a tooltip. */
  const header = (title: string, target: CapacityTarget | undefined): ReactNode =>
    target ? (
      <Tooltip
        title={
          <>
            <div>{t('capacity.target', { target: target.target })}</div>
            <div>{t('capacity.basis', { basis: target.basis })}</div>
            {target.note ? <div style={{ marginTop: 4, opacity: 0.85 }}>{target.note}</div> : null}
          </>
        }
      >
        <span>
          {title} <InfoCircleOutlined style={{ color: '#8c8c8c' }} />
        </span>
      </Tooltip>
    ) : (
      title
    );

  const rate = (indicator: CapacityIndicatorResponse, testId: string) => {
    const text = formatRate(indicator.value);
    const detail = `${indicator.numerator} / ${indicator.denominator}`;
    if (indicator.isMet === false) {
      return (
        <Tooltip title={detail}>
          <span style={missedStyle} data-testid={testId}>
            {text}
          </span>
        </Tooltip>
      );
    }
    return (
      <Tooltip title={detail}>
        <span>
          {text}
          {!indicator.isApplicable && indicator.value !== null ? (
            <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 4 }}>
              {t('capacity.notApplicable')}
            </Typography.Text>
          ) : null}
        </span>
      </Tooltip>
    );
  };

  const legal = (figures: CapacityFigures, isRollUp: boolean) => {
    const indicator = figures.indicators.legalQualification;
    const count = (
      <span style={indicator.isMet === false ? missedStyle : undefined}>{figures.legallyQualified}</span>
    );
    if (isRollUp && figures.cityUnitCount > 0) {
      return (
        <Space size={4}>
          {count}
          <Typography.Text type={indicator.isMet === false ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
            {t('capacity.cityUnits', {
              met: figures.cityUnitsWithLegalQualification,
              total: figures.cityUnitCount,
            })}
          </Typography.Text>
        </Space>
      );
    }
    return indicator.isApplicable ? (
      count
    ) : (
      <Space size={4}>
        {figures.legallyQualified}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('capacity.notApplicable')}
        </Typography.Text>
      </Space>
    );
  };

  const equipmentGap = (figures: CapacityFigures) =>
    figures.equipment.shortfallTotal > 0 ? (
      <Tooltip
        title={figures.equipment.shortCategories
          .map((item) => `${t(`equipment.category.${item.category}`)} −${item.shortfall}`)
          .join('、')}
      >
        <span style={missedStyle} data-testid="capacity-equipment-gap">
          {t('capacity.equipmentShort', { count: figures.equipment.shortfallTotal })}
        </span>
      </Tooltip>
    ) : (
      <Tag color="success" bordered={false}>
        {t('capacity.allMet')}
      </Tag>
    );

  const isRollUpRow = (row: CapacityRow) =>
    filters.figures === 'rolledUp' && data?.rows.some((other) => other.parentAgencyId === row.agencyId);

  const columns: TableColumnsType<UnitTreeNode<CapacityRow>> = [
    {
      title: t('capacity.columns.agency'),
      dataIndex: 'name',
      key: 'name',
      fixed: isNarrow ? undefined : 'left',
      width: isNarrow ? 150 : 200,
      ellipsis: { showTitle: false },
      render: (name: string, row) => (
        <Tooltip title={`${name}（${labels.agencyLevel(row.level)}）`} placement="topLeft">
          <Typography.Link
            strong={row.agencyId === selected?.agencyId}
            onClick={() => setSelectedId(row.agencyId)}
          >
            {row.shortName}
          </Typography.Link>
        </Tooltip>
      ),
    },
    {
      title: t('capacity.columns.authorized'),
      key: 'authorized',
      width: 116,
      align: 'right',
      render: (_value, row) => {
        const figures = figuresOf(row);
        return (
          <Space size={4}>
            {figures.authorizedPositions === null ? (
              <Typography.Text type="secondary">{t('capacity.notEntered')}</Typography.Text>
            ) : (
              figures.authorizedPositions
            )}
            {canEditStaffing ? (
              <Tooltip title={t('capacity.staffing.edit')}>
                <Button
                  type="text"
                  size="small"
                  icon={<EditOutlined />}
                  aria-label={`${t('capacity.staffing.edit')} ${row.name}`}
                  onClick={(event) => {
                    event.stopPropagation();
                    setEditing(row);
                  }}
                />
              </Tooltip>
            ) : null}
          </Space>
        );
      },
    },
    {
      title: t('capacity.columns.staff'),
      key: 'staff',
      width: 100,
      align: 'right',
      render: (_value, row) => figuresOf(row).enforcementStaff,
    },
    {
      title: t('capacity.columns.onDuty'),
      key: 'onDuty',
      width: 64,
      align: 'right',
      render: (_value, row) => figuresOf(row).onDuty,
    },
    {
      title: header(t('capacity.columns.vacancy'), targets.get('vacancy')),
      key: 'vacancy',
      width: 100,
      align: 'right',
      onCell: (row) => missedCell(figuresOf(row).indicators.vacancy.isMet === false),
      render: (_value, row) => rate(figuresOf(row).indicators.vacancy, 'capacity-missed-vacancy'),
    },
    {
      title: header(t('capacity.columns.onDutyRate'), targets.get('onDuty')),
      key: 'onDutyRate',
      width: 100,
      align: 'right',
      onCell: (row) => missedCell(figuresOf(row).indicators.onDuty.isMet === false),
      render: (_value, row) => rate(figuresOf(row).indicators.onDuty, 'capacity-missed-on-duty'),
    },
    {
      title: header(t('capacity.columns.certificate'), targets.get('certificate')),
      key: 'certificate',
      width: 100,
      align: 'right',
      onCell: (row) => missedCell(figuresOf(row).indicators.certificate.isMet === false),
      render: (_value, row) => rate(figuresOf(row).indicators.certificate, 'capacity-missed-certificate'),
    },
    {
      title: header(t('capacity.columns.legal'), targets.get('legalQualification')),
      key: 'legal',
      width: 170,
      onCell: (row) => missedCell(figuresOf(row).indicators.legalQualification.isMet === false),
      render: (_value, row) => legal(figuresOf(row), Boolean(isRollUpRow(row))),
    },
    {
      title: header(t('capacity.columns.equipment'), targets.get('equipment')),
      key: 'equipment',
      width: 110,
      onCell: (row) => missedCell(figuresOf(row).equipment.shortfallTotal > 0),
      render: (_value, row) => equipmentGap(figuresOf(row)),
    },
    {
      title: t('capacity.columns.missed'),
      key: 'missed',
      width: 84,
      align: 'center',
      render: (_value, row) => {
        const count = figuresOf(row).missedTargets;
        return count > 0 ? (
          <Tag color="error">{t('capacity.missedCount', { count })}</Tag>
        ) : (
          <Tag color="success">{t('capacity.allMet')}</Tag>
        );
      },
    },
  ];

  const summary = (response: CapacityResponse) => {
    const total = response.total;
    const cells: ReactNode[] = [
      <Typography.Text strong key="name">
        {t('capacity.total', { name: response.agencyName })}
      </Typography.Text>,
      total.authorizedPositions ?? '—',
      total.enforcementStaff,
      total.onDuty,
      rate(total.indicators.vacancy, 'capacity-total-vacancy'),
      rate(total.indicators.onDuty, 'capacity-total-on-duty'),
      rate(total.indicators.certificate, 'capacity-total-certificate'),
      legal(total, true),
      equipmentGap(total),
      total.missedTargets > 0 ? (
        <Tag key="missed" color="error">
          {t('capacity.missedCount', { count: total.missedTargets })}
        </Tag>
      ) : (
        <Tag key="met" color="success">
          {t('capacity.allMet')}
        </Tag>
      ),
    ];
    return (
      <Table.Summary fixed>
        <Table.Summary.Row>
          {cells.map((cell, index) => (
            <Table.Summary.Cell
              // biome-ignore lint/suspicious/noArrayIndexKey: the summary cells are fixed columns
              key={index}
              index={index}
              align={index >= 1 && index <= 6 ? 'right' : index === 9 ? 'center' : undefined}
            >
              {cell}
            </Table.Summary.Cell>
          ))}
        </Table.Summary.Row>
      </Table.Summary>
    );
  };

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
