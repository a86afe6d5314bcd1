import type { ComplianceStripLevel, ComplianceStripQuarter } from '@qingshan/domain';
import { Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { complianceColors } from './entity-colors';

const legendOrder: ComplianceStripLevel[] = [
  'compliant',
  'minor_issue',
  'violation',
  'serious_violation',
  'no_record',
];

/**
 * The quarter-by-quarter compliance strip (REG-2): 12 coloured cells, oldest on the left, each the
 * worst compliance of its quarter, with the quarter and its record count on hover.
 */
export function ComplianceStrip({ quarters }: { quarters: readonly ComplianceStripQuarter[] }) {
  const { t } = useTranslation();
  return (
    <div data-testid="entity-compliance-strip">
      <ol className="qs-strip">
        {quarters.map((quarter) => {
          const level = t(`entities.labels.stripLevel.${quarter.level}`);
          const name = t('entities.detail.strip.quarter', { year: quarter.year, quarter: quarter.quarter });
          return (
            <Tooltip
              key={quarter.key}
              title={
                <>
                  <div>
                    {name}：{level}
                  </div>
                  {quarter.eventCount > 0 ? (
                    <div>{t('entities.detail.strip.events', { count: quarter.eventCount })}</div>
                  ) : null}
                </>
              }
            >
              <li className="qs-strip-quarter" aria-label={`${name}：${level}`} data-level={quarter.level}>
                <div
                  className="qs-strip-cell"
                  style={{
                    background: complianceColors[quarter.level],
                    ...(quarter.level === 'no_record' ? { border: '1px dashed #bfbfbf' } : {}),
                  }}
                />
                <div className="qs-strip-label">
                  {quarter.quarter === 1 || quarter === quarters[0]
                    ? t('entities.detail.strip.short', { year: quarter.year, quarter: quarter.quarter })
                    : `Q${quarter.quarter}`}
                </div>
              </li>
            </Tooltip>
          );
        })}
      </ol>
      <Space size={[16, 4]} wrap style={{ marginTop: 12 }}>
        {legendOrder.map((level) => (
          <Space key={level} size={6}>
            <span
              className="qs-strip-swatch"
              style={{
                background: complianceColors[level],
                ...(level === 'no_record' ? { border: '1px dashed #bfbfbf' } : {}),
              }}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(`entities.labels.stripLevel.${level}`)}
            </Typography.Text>
          </Space>
        ))}
      </Space>
    </div>
  );
}
