import type { CreditSummary } from '@qingshan/domain';
import { Card, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorResult } from '../../components/ErrorResult';
import { PageContainer } from '../../components/PageContainer';
import { useSession } from '../auth/session';
import { type CreditAct, CreditActDialog } from './CreditActDialog';
import { RulesPopover, SummaryCards } from './CreditSummary';
import { CreditTabPanel } from './CreditTabPanel';
import { useCreditSummary } from './credit.api';
import { type CreditTab, creditTabs } from './credit.query';

const tabFeature: Record<CreditTab, keyof CreditSummary['features']> = {
  cards: 'cards',
  evaluations: 'evaluation',
  blacklist: 'blacklist',
  positive: 'positiveList',
  commitments: 'commitments',
  points: 'points',
};

/**
 * /credit (REG-3, REG-4): the jurisdiction's red and yellow cards, credit evaluations, blacklist,
 * positive list, commitment coverage of key polluters and compliance points — each tab where the
 * province has it, each a server-side table with filters in the URL and an Excel export.
 */
export default function CreditPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const summary = useCreditSummary();
  const [searchParams, setSearchParams] = useSearchParams();
  const features = summary.data?.features;
  const tabs = creditTabs.filter((tab) => !features || features[tabFeature[tab]]);
  const requested = searchParams.get('tab') as CreditTab | null;
  const activeTab = requested && tabs.includes(requested) ? requested : (tabs[0] ?? 'cards');
  const [act, setAct] = useState<CreditAct | null>(null);

  // Another tab is another list: its filters start afresh.
  const select = (tab: CreditTab) => setSearchParams(new URLSearchParams({ tab }));

  return (
    <PageContainer
      title={t('credit.title')}
      subTitle={
        summary.data
          ? t('credit.subTitle', { scope: me.jurisdiction.description, profile: summary.data.profileName })
          : me.jurisdiction.description
      }
      extra={summary.data ? <RulesPopover summary={summary.data} /> : null}
    >
      {summary.isError && !summary.data ? (
        <Card>
          <ErrorResult error={summary.error} onRetry={() => void summary.refetch()} />
        </Card>
      ) : (
        <>
          <SummaryCards summary={summary.data} onOpen={select} />
          <Card styles={{ body: { paddingTop: 4 } }}>
            <Tabs
              activeKey={activeTab}
              onChange={(key) => select(key as CreditTab)}
              items={tabs.map((tab) => ({
                key: tab,
                label: t(`credit.tabs.${tab}`),
                children:
                  tab === activeTab && summary.data ? (
                    <CreditTabPanel tab={tab} summary={summary.data} onAct={setAct} />
                  ) : null,
              }))}
            />
          </Card>
        </>
      )}
      <CreditActDialog act={act} onClose={() => setAct(null)} />
    </PageContainer>
  );
}
