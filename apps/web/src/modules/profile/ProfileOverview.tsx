import type { DeadlineRule, ProvinceProfile } from '@qingshan/domain';
import {
  Card,
  Col,
  Descriptions,
  Row,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BasisFooter, NameTemplate, useProfileText } from './ProfileRules';
import type { DeadlineRow } from './profile.format';

export function DeadlineTable({ rows }: { rows: DeadlineRow[] }) {
  const { t, period } = useProfileText();
  const columns: TableColumnsType<DeadlineRow> = [
    {
      title: t('profile.deadlines.label'),
      key: 'label',
      width: '26%',
      render: (_value, row) => (
        <div>
          <Typography.Text strong>{row.label}</Typography.Text>
          <div className="qs-rule-basis">
            {t('profile.deadlines.startsFrom')}：{row.startsFrom}
          </div>
          <Space size={[4, 4]} wrap style={{ marginTop: 4 }}>
            <Tag color={row.origin === 'law' ? 'blue' : row.origin === 'seed' ? 'green' : 'orange'}>
              {t(`profile.origin.${row.origin}`)}
            </Tag>
            {row.isStatedInWorkingDays ? <Tag>{t('profile.deadlines.statedInWorkingDays')}</Tag> : null}
            {row.rollForwardFromHoliday ? <Tag>{t('profile.deadlines.rollsForward')}</Tag> : null}
            {row.isConfigurable ? (
              <Tooltip title={t('profile.configurableHelp')}>
                <Tag color="orange">{t('profile.configurable')}</Tag>
              </Tooltip>
            ) : null}
          </Space>
        </div>
      ),
    },
    {
      title: t('profile.deadlines.period'),
      key: 'period',
      width: 150,
      render: (_value, row) => {
        let text = period(row.amount, row.unit);
        if (row.recurringDueDate) {
          text = row.recurringDueDate.month
            ? t('profile.deadlines.recurringYearly', {
                month: row.recurringDueDate.month,
                day: row.recurringDueDate.day,
              })
            : t('profile.deadlines.recurring', { day: row.recurringDueDate.day });
        } else if (row.direction === 'before') {
          text = t('profile.deadlines.before', { event: '', period: text }).trim();
        }
        return <span className="qs-deadline-period">{text}</span>;
      },
    },
    {
      title: t('profile.deadlines.extension'),
      key: 'extension',
      width: '20%',
      render: (_value, row: DeadlineRule) =>
        row.extension && row.extension.length > 0 ? (
          <div>
            {row.extension.map((extension) => (
              <div key={`${extension.amount}-${extension.approval}`}>
                +{period(extension.amount, extension.unit)}
                <div className="qs-rule-basis">
                  {extension.approval}
                  {extension.condition ? `；${extension.condition}` : ''}
                </div>
              </div>
            ))}
            {row.maxTotal ? (
              <Tag style={{ marginTop: 4 }}>
                {t('profile.deadlines.maxTotal', { period: period(row.maxTotal.amount, row.maxTotal.unit) })}
              </Tag>
            ) : null}
          </div>
        ) : (
          '—'
        ),
    },
    {
      title: t('profile.deadlines.pausedBy'),
      key: 'pausedBy',
      width: '16%',
      responsive: ['lg'],
      render: (_value, row: DeadlineRule) =>
        row.pausedBy && row.pausedBy.length > 0 ? (
          <Space size={[4, 4]} wrap>
            {row.pausedBy.map((item) => (
              <Tag key={item}>{item}</Tag>
            ))}
          </Space>
        ) : (
          '—'
        ),
    },
    {
      title: t('profile.deadlines.basis'),
      key: 'basis',
      render: (_value, row) => (
        <div>
          <div>{row.basis}</div>
          {row.note ? (
            <div className="qs-rule-basis" style={{ marginTop: 4 }}>
              <NameTemplate template={row.note} />
            </div>
          ) : null}
        </div>
      ),
    },
  ];
  return (
    <Table<DeadlineRow>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 900 }}
    />
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section style={{ marginBottom: 24 }}>
      <Typography.Title level={5}>{title}</Typography.Title>
      {children}
    </section>
  );
}

export function ProfileOverview({ profile }: { profile: ProvinceProfile }) {
  const { t } = useTranslation();
  return (
    <Card style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">{t('profile.intro')}</Typography.Paragraph>
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={10}>
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'name',
                label: t('profile.activeProfile'),
                children: <Typography.Text strong>{profile.name}</Typography.Text>,
              },
              {
                key: 'code',
                label: t('profile.provinceCode'),
                children: <span className="qs-mono">{profile.provinceCode}</span>,
              },
              {
                key: 'scope',
                label: t('profile.scope'),
                children: (
                  <Space size={[4, 4]} wrap>
                    {profile.scopeRegionCodes.map((code) => (
                      <Tag key={code} className="qs-mono">
                        {code}
                      </Tag>
                    ))}
                  </Space>
                ),
              },
              {
                key: 'counting',
                label: t('profile.counting.title'),
                children: (
                  <div>
                    <div>
                      {t('profile.counting.isEventDayCounted')}：
                      {profile.counting.isEventDayCounted
                        ? t('common.states.yes')
                        : t('profile.counting.eventDayNotCounted')}
                    </div>
                    <div>
                      {t('profile.counting.rollForwardFromHoliday')}：
                      {profile.counting.rollForwardFromHoliday
                        ? t('profile.counting.rollsForward')
                        : t('profile.counting.noRollForward')}
                    </div>
                    <BasisFooter rule={{ basis: profile.counting.basis }} />
                  </div>
                ),
              },
            ]}
          />
        </Col>
        <Col xs={24} lg={14}>
          <Typography.Text strong>{t('profile.seedDocuments')}</Typography.Text>
          <ul className="qs-plain-list">
            {profile.seedDocuments.map((document) => (
              <li key={document.id}>
                <div>
                  <Tag color="green">{document.id}</Tag>
                  <Typography.Text>《{document.title}》</Typography.Text>
                  <div className="qs-rule-basis" style={{ marginTop: 2 }}>
                    {[
                      document.issuer,
                      document.documentNumber,
                      document.year ? String(document.year) : undefined,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </Col>
      </Row>
    </Card>
  );
}
