import { InfoCircleOutlined } from '@ant-design/icons';
import type { EquipmentGapResponse, EquipmentGapResponseLine, EquipmentGapUnit } from '@qingshan/domain';
import {
  Card,
  Col,
  Empty,
  Row,
  Skeleton,
  Space,
  Statistic,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../components/ErrorResult';
import { AgencyTreeSelect } from '../agencies/AgencyTreeSelect';
import { buildUnitTree, parentIds, type UnitTreeNode } from '../capacity/unit-tree';
import { useEquipmentGaps } from './equipment.api';
import { equipmentCategoryColors } from './equipment.labels';

const shortfallStyle = { color: '#cf1322', fontWeight: 600 } as const;

type Category = EquipmentGapResponse['categories'][number];
type StandardLevel = keyof Category['requirements'];
const standardLevels: StandardLevel[] = ['province', 'city', 'county'];
const standardLevelOf = (level: EquipmentGapUnit['level']): StandardLevel =>
  level === 'field' ? 'county' : level;

/** 对标缺口: required vs in use per category, for each enforcement agency and rolled up. */
export function EquipmentGapTab({
  agencyId,
  onAgencyChange,
}: {
  agencyId: string | undefined;
  onAgencyChange: (agencyId: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const gaps = useEquipmentGaps(agencyId);
  const [selectedId, setSelectedId] = useState<string>();
  const data = gaps.data;
  const tree = useMemo(() => buildUnitTree(data?.units ?? []), [data]);
  const expanded = useMemo(() => parentIds(data?.units ?? []), [data]);
  const selected = data?.units.find((unit) => unit.agencyId === selectedId) ?? data?.units[0];
  const categories = new Map((data?.categories ?? []).map((category) => [category.category, category]));
  /** On-duty officers of each unit with every unit below it (the base of its rolled-up requirement). */
  const rolledOnDuty = useMemo(() => {
    const totals = new Map<string, number>();
    const visit = (node: UnitTreeNode<EquipmentGapUnit>): number => {
      const total = node.onDutyOfficers + (node.children ?? []).reduce((sum, child) => sum + visit(child), 0);
      totals.set(node.agencyId, total);
      return total;
    };
    for (const root of tree) visit(root);
    return totals;
  }, [tree]);
  /** The standard levels the selected view spans: a city with its counties follows both. */
  const levels = useMemo(() => {
    if (!data || !selected) return [] as StandardLevel[];
    const inView = new Set<string>([selected.agencyId]);
    for (const unit of data.units) {
      if (unit.parentAgencyId && inView.has(unit.parentAgencyId)) inView.add(unit.agencyId);
    }
    const found = new Set(
      data.units.filter((unit) => inView.has(unit.agencyId)).map((unit) => standardLevelOf(unit.level)),
    );
    return standardLevels.filter((level) => found.has(level));
  }, [data, selected]);

  const shortTags = (unit: EquipmentGapUnit) => {
    const lines = unit.rolledUp.lines.filter((line) => line.shortfall > 0);
    if (lines.length === 0) return <Tag color="success">{t('equipment.gaps.noShortfall')}</Tag>;
    return (
      <Space size={[4, 4]} wrap>
        {lines.map((line) => (
          <Tag key={line.category} color="error">
            {t(`equipment.category.${line.category}`)} −{line.shortfall}
          </Tag>
        ))}
      </Space>
    );
  };

  const unitColumns: TableColumnsType<UnitTreeNode<EquipmentGapUnit>> = [
    {
      title: t('equipment.gaps.columns.agency'),
      dataIndex: 'name',
      key: 'name',
      width: 300,
      render: (name: string, unit) => (
        <Typography.Link
          strong={unit.agencyId === selected?.agencyId}
          onClick={() => setSelectedId(unit.agencyId)}
        >
          {name}
        </Typography.Link>
      ),
    },
    {
      title: t('equipment.gaps.onDutyOfficers'),
      key: 'onDuty',
      width: 110,
      align: 'right',
      render: (_value, unit) => rolledOnDuty.get(unit.agencyId) ?? unit.onDutyOfficers,
    },
    {
      title: t('equipment.gaps.totalRequired'),
      key: 'required',
      width: 130,
      align: 'right',
      render: (_value, unit) => unit.rolledUp.requiredTotal,
    },
    {
      title: t('equipment.gaps.totalFulfilled'),
      key: 'fulfilled',
      width: 90,
      align: 'right',
      render: (_value, unit) => unit.rolledUp.fulfilledTotal,
    },
    {
      title: t('equipment.gaps.totalShortfall'),
      key: 'shortfall',
      width: 90,
      align: 'right',
      onCell: (unit) => ({ className: unit.rolledUp.shortfallTotal > 0 ? 'qs-cell-missed' : undefined }),
      render: (_value, unit) =>
        unit.rolledUp.shortfallTotal > 0 ? (
          <span style={shortfallStyle} data-testid="gap-shortfall">
            {unit.rolledUp.shortfallTotal}
          </span>
        ) : (
          0
        ),
    },
    {
      title: t('equipment.gaps.shortCategories'),
      key: 'categories',
      render: (_value, unit) => shortTags(unit),
    },
  ];

  const lineColumns: TableColumnsType<EquipmentGapResponseLine> = [
    {
      title: t('equipment.gaps.columns.category'),
      dataIndex: 'category',
      key: 'category',
      width: 200,
      render: (value: EquipmentGapResponseLine['category']) => {
        const category = categories.get(value);
        return (
          <Space size={4} wrap>
            <Tag color={equipmentCategoryColors[value]}>{t(`equipment.category.${value}`)}</Tag>
            {category?.isRequiredByProvince ? (
              <Tooltip title={data?.standard.requiredBasis}>
                <Tag color="red" bordered={false}>
                  {t('equipment.gaps.provinceRequired')}
                </Tag>
              </Tooltip>
            ) : null}
          </Space>
        );
      },
    },
    {
      title: t('equipment.gaps.columns.purpose'),
      key: 'purpose',
      responsive: ['lg'],
      render: (_value, line) => (
        <Typography.Text type="secondary">{categories.get(line.category)?.purpose}</Typography.Text>
      ),
    },
    {
      title: t('equipment.gaps.columns.requirement'),
      key: 'requirement',
      width: 340,
      render: (_value, line) => {
        const category = categories.get(line.category);
        return (
          <Space size={4} align="start">
            <Tag bordered={false} color={line.tier === 'basic' ? 'processing' : 'default'}>
              {t(`equipment.tier.${line.tier}`)}
            </Tag>
            <span>
              {levels.map((level) => (
                <div key={level} style={{ whiteSpace: 'nowrap' }}>
                  {levels.length > 1 ? `${t(`equipment.gaps.levels.${level}`)}：` : ''}
                  {category?.requirements[level].description}
                </div>
              ))}
            </span>
            <Tooltip
              title={
                <>
                  <div>
                    {t('equipment.gaps.basis')}：{category?.basis}
                  </div>
                  <div>
                    {t('equipment.gaps.note')}：{category?.note}
                  </div>
                </>
              }
            >
              <InfoCircleOutlined style={{ color: '#8c8c8c' }} aria-label={t('equipment.gaps.basis')} />
            </Tooltip>
          </Space>
        );
      },
    },
    {
      title: t('equipment.gaps.columns.required'),
      key: 'required',
      width: 90,
      align: 'right',
      render: (_value, line) =>
        line.tier === 'basic' ? (
          line.required
        ) : (
          <Typography.Text type="secondary">({line.recommended})</Typography.Text>
        ),
    },
    { title: t('equipment.gaps.columns.inUse'), dataIndex: 'inUse', key: 'inUse', width: 80, align: 'right' },
    {
      title: t('equipment.gaps.columns.inMaintenance'),
      dataIndex: 'inMaintenance',
      key: 'inMaintenance',
      width: 90,
      align: 'right',
    },
    {
      title: t('equipment.gaps.columns.shortfall'),
      dataIndex: 'shortfall',
      key: 'shortfall',
      width: 90,
      align: 'right',
      onCell: (line) => ({ className: line.shortfall > 0 ? 'qs-cell-missed' : undefined }),
      render: (value: number) => (value > 0 ? <span style={shortfallStyle}>{value}</span> : 0),
    },
  ];

  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <Row gutter={[16, 16]} align="middle">
          <Col xs={24} md={10} xl={7}>
            <AgencyTreeSelect
              value={agencyId}
              onChange={(next) => {
                setSelectedId(undefined);
                onAgencyChange(next);
              }}
              placeholder={t('equipment.gaps.scope')}
              aria-label={t('equipment.gaps.scope')}
              allowClear
              style={{ width: '100%', minWidth: 0 }}
            />
          </Col>
          <Col xs={24} md={14} xl={17}>
            {data ? (
              <Typography.Text type="secondary">
                {t('equipment.gaps.standard')}：{data.standard.title}{' '}
                <Tooltip title={data.standard.revisionNote}>
                  <InfoCircleOutlined aria-label={t('equipment.gaps.revisionNote')} />
                </Tooltip>
              </Typography.Text>
            ) : null}
          </Col>
        </Row>
      </Card>

      {gaps.isError && !data ? (
        <Card>
          <ErrorResult error={gaps.error} onRetry={() => void gaps.refetch()} />
        </Card>
      ) : !data ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : data.units.length === 0 ? (
        <Card>
          <Empty />
        </Card>
      ) : (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={t('equipment.gaps.totalRequired')} value={data.total.requiredTotal} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={t('equipment.gaps.totalFulfilled')} value={data.total.fulfilledTotal} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic
                  title={t('equipment.gaps.totalShortfall')}
                  value={data.total.shortfallTotal}
                  styles={{ content: data.total.shortfallTotal > 0 ? { color: '#cf1322' } : undefined }}
                />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic
                  title={t('equipment.gaps.unitsShort')}
                  value={data.units.filter((unit) => unit.own.shortfallTotal > 0).length}
                  suffix={`/ ${data.units.length}`}
                  styles={{
                    content: data.units.some((unit) => unit.own.shortfallTotal > 0)
                      ? { color: '#cf1322' }
                      : undefined,
                  }}
                />
              </Card>
            </Col>
          </Row>
          <Card
            title={t('equipment.gaps.agencies')}
            styles={{ body: { padding: 0 } }}
            style={{ marginBottom: 16 }}
          >
            <div data-testid="equipment-gap-units">
              <Table<UnitTreeNode<EquipmentGapUnit>>
                rowKey="agencyId"
                size="small"
                columns={unitColumns}
                dataSource={tree}
                pagination={false}
                expandable={{ defaultExpandedRowKeys: expanded }}
                scroll={{ x: 960 }}
                rowClassName={(unit) => (unit.agencyId === selected?.agencyId ? 'qs-row-selected' : '')}
                onRow={(unit) => ({ onClick: () => setSelectedId(unit.agencyId) })}
              />
            </div>
          </Card>
          {selected ? (
            <Card
              title={t('equipment.gaps.categories', { name: selected.name })}
              extra={<Typography.Text type="secondary">{t('equipment.gaps.categoriesHint')}</Typography.Text>}
              styles={{ body: { padding: 0 } }}
            >
              <div data-testid="equipment-gap-lines">
                <Table<EquipmentGapResponseLine>
                  rowKey="category"
                  size="small"
                  columns={lineColumns}
                  dataSource={selected.rolledUp.lines}
                  pagination={false}
                  scroll={{ x: 900 }}
                />
              </div>
            </Card>
          ) : null}
        </>
      )}
    </>
  );
}
