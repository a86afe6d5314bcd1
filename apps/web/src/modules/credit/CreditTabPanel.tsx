import { type CommitmentListItem, type CreditSummary, creditDates } from '@qingshan/domain';
import { Button, Col, Grid, Row, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  ExportButton,
  type ListQueryState,
  type ListResult,
  ListTable,
  SearchFilter,
  useListQuery,
} from '../../components/list';
import { todayInShanghai } from '../../lib/dates';
import { AgencyTreeSelect } from '../agencies/AgencyTreeSelect';
import { useSession } from '../auth/session';
import { CoverageBanner } from './CoverageBanner';
import type { CreditAct } from './CreditActDialog';
import { useCreditTabPage } from './credit.api';
import { type CreditFilters, type CreditTab, creditUrlExtras, tabPaths, tabSchemas } from './credit.query';
import { cardsTab } from './tabs/cards';
import { commitmentsTab } from './tabs/commitments';
import { evaluationsTab } from './tabs/evaluations';
import { type AnyRow, columnKit, type TabContext, type TabParts } from './tabs/kit';
import { membershipsTab } from './tabs/memberships';
import { pointsTab } from './tabs/points';

const tabParts: Record<CreditTab, (context: TabContext) => TabParts> = {
  cards: cardsTab,
  evaluations: evaluationsTab,
  blacklist: membershipsTab,
  positive: membershipsTab,
  commitments: commitmentsTab,
  points: pointsTab,
};

/**
 * One tab of the credit page: its list under the URL's filters (read with the tab's own
 * list-query schema), search and agency beside the tab's filters, the export and its action.
 */
export function CreditTabPanel({
  tab,
  summary,
  onAct,
}: {
  tab: CreditTab;
  summary: CreditSummary;
  onAct: (act: CreditAct) => void;
}) {
  const { t } = useTranslation();
  const { access } = useSession();
  const list = useListQuery(tabSchemas[tab], {
    extra: creditUrlExtras,
    keep: ['tab'],
  }) as unknown as ListQueryState<CreditFilters>;
  const filters = list.query;
  const page = useCreditTabPage(tab, list.apiQuery);
  // Fixed columns only where there is room for them beside the scrolling ones.
  const isWide = Grid.useBreakpoint().md === true;
  const update = (changes: Partial<CreditFilters>) => list.update(changes);
  const { columns, toolbar, primary } = tabParts[tab]({
    t,
    tab,
    filters,
    update,
    onAct,
    summary,
    canDecide: access.can('credit.manage'),
    canRecord: access.can('commitments.manage'),
    thisYear: creditDates.yearOf(todayInShanghai()),
    isWide,
    ...columnKit(t, filters.sort, isWide),
  });

  const coverage = page.data?.coverage;

  return (
    <div data-testid={`credit-tab-${tab}`}>
      {tab === 'commitments' && coverage ? (
        <CoverageBanner
          coverage={coverage}
          basis={summary.rules.commitments.basis}
          onShowMissing={() => update({ status: 'missing' })}
        />
      ) : null}
      <Row gutter={[12, 12]} align="middle" justify="space-between" style={{ marginBottom: 12 }}>
        <Col flex="1 1 560px">
          <Space wrap>
            <div style={{ width: 230 }}>
              <SearchFilter
                value={filters.q}
                placeholder={t('credit.filters.search')}
                onSearch={(q) => update({ q })}
              />
            </div>
            <AgencyTreeSelect
              value={filters.agencyId}
              onChange={(agencyId) => update({ agencyId })}
              placeholder={t('credit.filters.agencyPlaceholder')}
              aria-label={t('credit.filters.agency')}
              allowClear
              style={{ width: 210 }}
            />
            {toolbar}
            <Button onClick={list.reset}>{t('common.actions.reset')}</Button>
          </Space>
        </Col>
        <Col flex="none" style={{ marginInlineStart: 'auto' }}>
          <Space wrap>
            <ExportButton path={`${tabPaths[tab]}/export.xlsx`} query={list.exportQuery} />
            {primary}
          </Space>
        </Col>
      </Row>
      <ListTable<AnyRow>
        list={list}
        result={page as ListResult<AnyRow>}
        rowKey={(row) => ('id' in row ? row.id : `${row.entityId}-${(row as CommitmentListItem).year}`)}
        size="middle"
        columns={columns}
        scroll={{ x: 1200 }}
      />
    </div>
  );
}
