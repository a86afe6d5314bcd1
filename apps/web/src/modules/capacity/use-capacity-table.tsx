import { EditOutlined, InfoCircleOutlined } from '@ant-design/icons';
import type {
  CapacityFigures,
  CapacityIndicatorResponse,
  CapacityResponse,
  CapacityRow,
  CapacityTarget,
} from '@qingshan/domain';
import { Button, Grid, Space, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../lib/labels';
import { type CapacityFilters, formatRate } from './capacity.query';
import type { UnitTreeNode } from './unit-tree';

const missedStyle = { color: '#cf1322', fontWeight: 600 } as const;

/** Class of a cell whose target is missed: red fill (styles.css). */
const missedCell = (isMissed: boolean) => ({ className: isMissed ? 'qs-cell-missed' : undefined });

/**
 * The capacity table's columns and its total row: each unit's figures (its own or rolled up), the
 * rates against the province's targets with their basis, and the actions on a row.
 */
export function useCapacityTable({
  data,
  selectedId,
  figures: figureKind,
  canEditStaffing,
  onSelect,
  onEdit,
}: {
  data: CapacityResponse | undefined;
  /** The unit shown in the chart, in bold. */
  selectedId: string | undefined;
  figures: CapacityFilters['figures'];
  canEditStaffing: boolean;
  onSelect: (agencyId: string) => void;
  onEdit: (row: CapacityRow) => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const isNarrow = Grid.useBreakpoint().md === false;
  const figuresOf = (row: CapacityRow) => (figureKind === 'own' ? row.own : row.rolledUp);
  const targets = new Map((data?.targets ?? []).map((target) => [target.key, target]));

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
    figureKind === 'rolledUp' && data?.rows.some((other) => other.parentAgencyId === row.agencyId);

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
          <Typography.Link strong={row.agencyId === selectedId} onClick={() => onSelect(row.agencyId)}>
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
                    onEdit(row);
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

  return { columns, summary, legal };
}
