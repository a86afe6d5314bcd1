import type { PublicRandomCheckPlan } from '@qingshan/domain';
import { Collapse, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/dates';
import { usePublicPlans } from './public.api';

/**
 * Folded by default (and only then fetched and rendered) so the results stay the first thing on
 * the page, while its title says where the verification is.
 *
 * DR-3 in public: every plan's commitment as published before its draw, and a link to the draw's
 * verification page (where the browser recomputes the result). Nothing secret, nothing personal.
 */
export function PublicDrawPlansCard() {
  const { t } = useTranslation();
  return (
    <Collapse
      style={{ marginBottom: 16 }}
      data-testid="public-draw-plans"
      items={[
        {
          key: 'plans',
          label: <span data-testid="public-draw-plans-toggle">{t('randomChecks.public.draws.title')}</span>,
          children: <PublicDrawPlanTable />,
        },
      ]}
    />
  );
}

function PublicDrawPlanTable() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const plans = usePublicPlans({ page, pageSize: 10 });
  return (
    <>
      <Typography.Paragraph type="secondary">{t('randomChecks.public.draws.intro')}</Typography.Paragraph>
      <Table<PublicRandomCheckPlan>
        rowKey="id"
        size="small"
        loading={plans.isLoading}
        dataSource={plans.data?.items ?? []}
        scroll={{ x: 900 }}
        pagination={{
          current: page,
          pageSize: 10,
          total: plans.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
        }}
        locale={{ emptyText: t('randomChecks.public.draws.empty') }}
        columns={[
          {
            title: t('randomChecks.public.draws.plan'),
            key: 'plan',
            render: (_, plan) => (
              <span>
                {plan.title}
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {plan.number} · {plan.agencyName}
                </Typography.Text>
              </span>
            ),
          },
          {
            title: t('randomChecks.public.draws.commitment'),
            key: 'commitment',
            width: 260,
            render: (_, plan) =>
              plan.commitment ? (
                <Typography.Text
                  code
                  copyable={{ text: plan.commitment }}
                  data-testid="public-plan-commitment"
                >
                  {`${plan.commitment.slice(0, 16)}…`}
                </Typography.Text>
              ) : (
                t('randomChecks.public.draws.awaitingCommitment')
              ),
          },
          {
            title: t('randomChecks.public.draws.committedAt'),
            key: 'committedAt',
            width: 150,
            render: (_, plan) => (plan.committedAt ? formatDateTime(plan.committedAt) : '—'),
          },
          {
            title: t('randomChecks.public.draws.drawnAt'),
            key: 'drawnAt',
            width: 170,
            render: (_, plan) => (
              <span>
                {plan.drawnAt ? formatDateTime(plan.drawnAt) : t('randomChecks.public.draws.notDrawn')}
                {plan.annulledDrawCount > 0 ? (
                  <Tag color="orange" style={{ marginLeft: 4 }}>
                    {t('randomChecks.public.draws.annulled', { count: plan.annulledDrawCount })}
                  </Tag>
                ) : null}
              </span>
            ),
          },
          {
            title: t('randomChecks.public.draws.inspectionStartsOn'),
            dataIndex: 'inspectionStartsOn',
            width: 110,
          },
          {
            title: t('randomChecks.public.draws.verify'),
            key: 'verify',
            width: 110,
            render: (_, plan) => (
              <Link to={`/public/draws/${plan.id}`} data-testid="public-plan-verify">
                {t('randomChecks.public.draws.verifyLink')}
              </Link>
            ),
          },
        ]}
      />
    </>
  );
}
