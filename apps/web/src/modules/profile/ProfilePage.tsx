import { Alert, Card, Col, Row, Skeleton, Table, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../components/ErrorResult';
import { PageContainer } from '../../components/PageContainer';
import { DeadlineTable, ProfileOverview, Section } from './ProfileOverview';
import { NameTemplate, RuleCard, RuleGrid, type SourcedRule } from './ProfileRules';
import { useProvinceProfile } from './profile.api';
import { groupDeadlines } from './profile.format';

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
