import { BookOutlined } from '@ant-design/icons';
import type { DeadlineRule, PeriodUnit, ProvinceProfile } from '@qingshan/domain';
import {
  Alert,
  Card,
  Col,
  Descriptions,
  Row,
  Skeleton,
  Space,
  Table,
  type TableColumnsType,
  Tabs,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../components/ErrorResult';
import { PageContainer } from '../../components/PageContainer';
import type { Messages } from '../../locales/zh-CN';
import { useProvinceProfile } from './profile.api';
import { type DeadlineRow, groupDeadlines, ruleValueEntries } from './profile.format';

type RuleKey = keyof Messages['profile']['rules'];
type EnumLabels = Messages['profile']['enums'];

interface SourcedRule {
  basis: string;
  isConfigurable?: boolean;
  note?: string;
  [field: string]: unknown;
}

function useProfileText() {
  const { t } = useTranslation();
  const rules = t('profile.rules', { returnObjects: true }) as Messages['profile']['rules'];
  const enums = t('profile.enums', { returnObjects: true }) as EnumLabels;
  const period = (amount: number, unit: PeriodUnit) => `${amount}${t(`profile.units.${unit}`)}`;
  return { t, rules, enums, period };
}

/** Which enum map names a string field's values. */
const enumOfField: Record<string, keyof EnumLabels> = {
  level: 'requirement',
  model: 'model',
  countyActsInNameOf: 'countyActsInNameOf',
  compensationInvestigation: 'compensationInvestigation',
  supervisor: 'supervisor',
  rule: 'leadRule',
  crossCity: 'level',
  crossCounty: 'level',
  approver: 'approver',
  keptBy: 'keptBy',
  frequency: 'frequency',
  managedBy: 'managedBy',
  organisedBy: 'level',
  levels: 'level',
  proposerLevels: 'level',
  excludedCreditLevels: 'creditLevel',
};

function BasisFooter({ rule }: { rule: { basis: string; isConfigurable?: boolean; note?: string } }) {
  const { t } = useTranslation();
  return (
    <div className="qs-rule-basis qs-rule-footer">
      <div>
        <BookOutlined /> {t('profile.basis')}：{rule.basis}
      </div>
      {rule.isConfigurable ? (
        <div style={{ marginTop: 4 }}>
          <Tooltip title={t('profile.configurableHelp')}>
            <Tag color="orange">{t('profile.configurable')}</Tag>
          </Tooltip>
        </div>
      ) : null}
      {rule.note ? (
        <div style={{ marginTop: 4 }}>
          <NameTemplate template={rule.note} />
        </div>
      ) : null}
    </div>
  );
}

function YesNo({ value }: { value: boolean }) {
  const { t } = useTranslation();
  return value ? <Tag color="green">{t('common.states.yes')}</Tag> : <Tag>{t('common.states.no')}</Tag>;
}

/** Renders one value of a profile rule by its field name (amounts, ratios, enums, lists …). */
function RuleValue({ field, value, rule }: { field: string; value: unknown; rule: SourcedRule }): ReactNode {
  const { t, rules, enums } = useProfileText();
  if (typeof value === 'boolean') return <YesNo value={value} />;
  if (typeof value === 'number') {
    if (field.endsWith('Yuan')) return t('profile.values.yuan', { amount: value.toLocaleString('zh-CN') });
    if (field === 'ratePercentPerDay') return t('profile.values.perDay', { value });
    if (field === 'capMultipleOfFine') return t('profile.values.multiple', { value });
    if (field.endsWith('Percent') || field === 'percent') return t('profile.values.percent', { value });
    if (field === 'day' && typeof rule.month === 'number') {
      return t('profile.values.monthDay', { month: rule.month, day: value });
    }
    if (field === 'month' && typeof rule.day === 'number') {
      return t('profile.values.monthDay', { month: value, day: rule.day });
    }
    if (field === 'day') return t('profile.values.dayOfMonth', { day: value });
    return String(value);
  }
  if (typeof value === 'string' && namePlaceholder.test(value)) return <NameTemplate template={value} />;
  if (typeof value === 'string') {
    const enumName = enumOfField[field];
    const names = enumName ? (enums[enumName] as Record<string, string>) : undefined;
    return names?.[value] ?? value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0)
      return <Typography.Text type="secondary">{t('common.states.none')}</Typography.Text>;
    if (value.every((item) => typeof item === 'string')) {
      const enumName = enumOfField[field];
      const names = enumName ? (enums[enumName] as Record<string, string>) : undefined;
      const items = value as string[];
      const isLong = items.some((item) => item.length > 12);
      return isLong ? (
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {items.map((item) => (
            <li key={item}>{names?.[item] ?? <NameTemplate template={item} />}</li>
          ))}
        </ul>
      ) : (
        <Space size={[4, 4]} wrap>
          {items.map((item) => (
            <Tag key={item}>{names?.[item] ?? <NameTemplate template={item} />}</Tag>
          ))}
        </Space>
      );
    }
    if (field === 'items') {
      return (
        <Space size={[4, 4]} wrap>
          {(value as { key: string; name: string }[]).map((item) => (
            <Tag key={item.key}>{item.name}</Tag>
          ))}
        </Space>
      );
    }
    if (field === 'rules') return <DoublePenaltyRules rules={value as DoublePenaltyRule[]} />;
    return <span className="qs-mono">{JSON.stringify(value)}</span>;
  }
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (typeof object.officers === 'number' && typeof object.entities === 'number') {
      return t('profile.values.ratio', { officers: object.officers, entities: object.entities });
    }
    const labelsOfOrganisation = rules.organisation.fields as Record<string, string>;
    const labelsOfTraining = rules.training.fields as Record<string, string>;
    return (
      <Descriptions
        size="small"
        column={1}
        items={Object.entries(object).map(([key, nested]) => ({
          key,
          label: labelsOfOrganisation[key] ?? labelsOfTraining[key] ?? key,
          children:
            typeof nested === 'number' && field === 'perCityYearly' ? (
              t('profile.values.times', { count: nested })
            ) : (
              <RuleValue field={key} value={nested} rule={object as SourcedRule} />
            ),
        }))}
      />
    );
  }
  return '—';
}

/** `{county}生态环境保护综合执法大队`: how the profile names an agency for every county. */
const namePlaceholder = /\{(province|city|county|ordinal|area)\}/;

/** A naming template, its placeholders shown as what they stand for (〔县名〕…), not as code. */
function NameTemplate({ template }: { template: string }) {
  const { t } = useTranslation();
  const parts = template.split(/(\{(?:province|city|county|ordinal|area)\})/);
  return (
    <span>
      {parts.map((part, index) => {
        const placeholder = /^\{(province|city|county|ordinal|area)\}$/.exec(part)?.[1] as
          | keyof Messages['profile']['placeholders']
          | undefined;
        return placeholder ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string
          <Typography.Text key={index} type="secondary">
            〔{t(`profile.placeholders.${placeholder}`)}〕
          </Typography.Text>
        ) : (
          part
        );
      })}
    </span>
  );
}

interface DoublePenaltyRule {
  violation: string;
  sanctionOnPersons: string;
  kind: 'fine' | 'administrative_sanction';
  maxShareOfIncomePercent?: number;
  basis: string;
}

function DoublePenaltyRules({ rules }: { rules: DoublePenaltyRule[] }) {
  const { t, enums } = useProfileText();
  return (
    <ul className="qs-plain-list">
      {rules.map((rule) => (
        <li key={rule.violation}>
          <div>
            <Typography.Text strong>{rule.violation}</Typography.Text>
            <div>
              <Tag color={rule.kind === 'fine' ? 'volcano' : 'purple'}>{enums.sanctionKind[rule.kind]}</Tag>
              {rule.sanctionOnPersons}
              {rule.maxShareOfIncomePercent !== undefined
                ? `（${t('profile.values.maxShareOfIncome', { value: rule.maxShareOfIncomePercent })}）`
                : null}
            </div>
            <div className="qs-rule-basis">{rule.basis}</div>
          </div>
        </li>
      ))}
    </ul>
  );
}

/** One sourced rule: its values, then where they come from. */
function RuleCard({ ruleKey, rule }: { ruleKey: RuleKey; rule: SourcedRule }) {
  const { rules } = useProfileText();
  const text = rules[ruleKey] as { title: string; fields: Record<string, string> };
  const entries = ruleValueEntries(rule).filter(
    // The yearly due date shows month and day together.
    ([field]) => !(field === 'day' && typeof rule.month === 'number'),
  );
  return (
    <Card size="small" title={text.title} style={{ height: '100%' }}>
      <Descriptions
        size="small"
        column={1}
        styles={{ label: { width: '42%' } }}
        items={entries
          .filter(([field]) => field !== 'towns')
          .map(([field, value]) => ({
            key: field,
            label: text.fields[field] ?? field,
            children: <RuleValue field={field} value={value} rule={rule} />,
          }))}
      />
      <BasisFooter rule={rule} />
    </Card>
  );
}

function RuleGrid({ section }: { section: Record<string, SourcedRule> }) {
  const { rules } = useProfileText();
  return (
    <Row gutter={[16, 16]}>
      {Object.entries(section)
        .filter(([key]) => key in rules)
        .map(([key, rule]) => (
          <Col key={key} xs={24} lg={12} xxl={8}>
            <RuleCard ruleKey={key as RuleKey} rule={rule} />
          </Col>
        ))}
    </Row>
  );
}

function DeadlineTable({ rows }: { rows: DeadlineRow[] }) {
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

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section style={{ marginBottom: 24 }}>
      <Typography.Title level={5}>{title}</Typography.Title>
      {children}
    </section>
  );
}

function ProfileOverview({ profile }: { profile: ProvinceProfile }) {
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

/**
 * /profile: the active province profile, read-only. Every period, amount and ratio the platform
 * applies, with the law or seed document it comes from and the platform's own choices marked.
 */
export default function ProfilePage() {
  const { t } = useTranslation();
  const query = useProvinceProfile();
  const profile = query.data;

  return (
    <PageContainer title={t('profile.title')} subTitle={profile?.name}>
      {query.isPending ? (
        <Card>
          <Skeleton active paragraph={{ rows: 12 }} />
        </Card>
      ) : query.isError ? (
        <Card>
          <ErrorResult error={query.error} onRetry={() => void query.refetch()} />
        </Card>
      ) : profile ? (
        <>
          <ProfileOverview profile={profile} />
          <Card>
            <Tabs
              items={[
                {
                  key: 'deadlines',
                  label: t('profile.tabs.deadlines'),
                  children: (
                    <>
                      <Alert
                        type="info"
                        showIcon
                        style={{ marginBottom: 16 }}
                        title={profile.counting.note}
                      />
                      {groupDeadlines(profile.deadlines).map((group) => (
                        <Section key={group.key} title={t(`profile.deadlines.groups.${group.key}`)}>
                          <DeadlineTable rows={group.rows} />
                        </Section>
                      ))}
                    </>
                  ),
                },
                {
                  key: 'thresholds',
                  label: t('profile.tabs.thresholds'),
                  children: (
                    <RuleGrid section={profile.thresholds as unknown as Record<string, SourcedRule>} />
                  ),
                },
                {
                  key: 'randomInspection',
                  label: t('profile.tabs.randomInspection'),
                  children: (
                    <RuleGrid section={profile.randomInspection as unknown as Record<string, SourcedRule>} />
                  ),
                },
                {
                  key: 'capacity',
                  label: t('profile.tabs.capacity'),
                  children: <RuleGrid section={profile.capacity as unknown as Record<string, SourcedRule>} />,
                },
                {
                  key: 'jointEnforcement',
                  label: t('profile.tabs.jointEnforcement'),
                  children: (
                    <RuleGrid section={profile.jointEnforcement as unknown as Record<string, SourcedRule>} />
                  ),
                },
                {
                  key: 'organisation',
                  label: t('profile.tabs.organisation'),
                  children: (
                    <Row gutter={[16, 16]}>
                      <Col xs={24} xl={14}>
                        <RuleCard
                          ruleKey="organisation"
                          rule={profile.organisation as unknown as SourcedRule}
                        />
                      </Col>
                      <Col xs={24} xl={10}>
                        <RuleCard
                          ruleKey="towns"
                          rule={profile.organisation.towns as unknown as SourcedRule}
                        />
                      </Col>
                    </Row>
                  ),
                },
                {
                  key: 'other',
                  label: t('profile.tabs.other'),
                  children: (
                    <>
                      {(['credit', 'complaints', 'cases', 'supervision'] as const).map((key) => (
                        <Section key={key} title={t(`profile.sections.${key}`)}>
                          <RuleGrid section={profile[key] as unknown as Record<string, SourcedRule>} />
                        </Section>
                      ))}
                    </>
                  ),
                },
                {
                  key: 'milestones',
                  label: t('profile.tabs.milestones'),
                  children: (
                    <Table
                      rowKey="key"
                      size="small"
                      pagination={false}
                      dataSource={profile.milestones}
                      scroll={{ x: 720 }}
                      columns={[
                        { title: t('profile.milestones.label'), dataIndex: 'label', width: '36%' },
                        {
                          title: t('profile.milestones.when'),
                          key: 'when',
                          width: 160,
                          render: (_value, milestone) =>
                            milestone.date ??
                            (milestone.yearly
                              ? t('profile.milestones.yearly', {
                                  month: milestone.yearly.month,
                                  day: milestone.yearly.day,
                                })
                              : '—'),
                        },
                        {
                          title: t('profile.milestones.basis'),
                          key: 'basis',
                          render: (_value, milestone) => (
                            <div>
                              <div>{milestone.basis}</div>
                              {milestone.note ? (
                                <div className="qs-rule-basis">
                                  <NameTemplate template={milestone.note} />
                                </div>
                              ) : null}
                            </div>
                          ),
                        },
                      ]}
                    />
                  ),
                },
              ]}
            />
          </Card>
        </>
      ) : null}
    </PageContainer>
  );
}
