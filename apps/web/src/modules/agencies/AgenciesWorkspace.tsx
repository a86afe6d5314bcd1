import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Grid, Row, Skeleton } from 'antd';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorResult } from '../../components/ErrorResult';
import { PageContainer } from '../../components/PageContainer';
import { useSession } from '../auth/session';
import { AgencyDetailPanel } from './AgencyDetailPanel';
import { AgencyTree } from './AgencyTree';
import { useAgencyDetail, useAgencyList } from './agencies.api';
import { findAgencyPath } from './agency-tree';

/**
 * /agencies and /agencies/:id (ORG-1): the jurisdiction tree on the left, the chosen agency on
 * the right. On a phone the tree and the details are separate screens.
 */
export function AgenciesWorkspace({ agencyId }: { agencyId?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useSession();
  const isWide = Grid.useBreakpoint().lg !== false;
  const list = useAgencyList();
  const detail = useAgencyDetail(agencyId);
  const visibleIds = useMemo(() => new Set((list.data ?? []).map((agency) => agency.id)), [list.data]);
  const path = useMemo(
    () => (agencyId && list.data ? findAgencyPath(list.data, agencyId) : []),
    [agencyId, list.data],
  );

  const breadcrumb = [
    { title: t('layout.menu.agencies'), to: agencyId ? '/agencies' : undefined },
    ...path.slice(0, -1).map((agency) => ({ title: agency.shortName, to: `/agencies/${agency.id}` })),
    ...(agencyId ? [{ title: detail.data?.shortName ?? '…' }] : []),
  ];

  const showTree = isWide || !agencyId;
  const showDetail = isWide || Boolean(agencyId);

  const treeCard = (
    <Card
      className="qs-agency-tree-card"
      title={t('agencies.treeTitle')}
      extra={
        <Link to={`/agencies/${me.jurisdiction.rootAgency.id}`} title={me.jurisdiction.description}>
          {t('agencies.scope')}
        </Link>
      }
    >
      {list.isPending ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : list.isError ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <AgencyTree
          agencies={list.data}
          selectedId={agencyId}
          onSelect={(id) => navigate(`/agencies/${id}`)}
        />
      )}
    </Card>
  );

  let detailContent: ReactNode;
  if (!agencyId) {
    detailContent = (
      <Card>
        <Empty description={t('agencies.selectHint')} />
      </Card>
    );
  } else if (detail.isPending) {
    detailContent = (
      <Card>
        <Skeleton active paragraph={{ rows: 12 }} />
      </Card>
    );
  } else if (detail.isError) {
    detailContent = (
      <Card>
        <ErrorResult error={detail.error} onRetry={() => void detail.refetch()} />
      </Card>
    );
  } else {
    detailContent = <AgencyDetailPanel detail={detail.data} visibleIds={visibleIds} />;
  }

  return (
    <PageContainer
      title={agencyId ? (detail.data?.name ?? t('layout.menu.agencyDetail')) : t('layout.menu.agencies')}
      subTitle={agencyId ? undefined : me.jurisdiction.description}
      breadcrumb={agencyId ? breadcrumb : undefined}
      extra={
        agencyId && !isWide ? (
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/agencies')}>
            {t('agencies.treeTitle')}
          </Button>
        ) : undefined
      }
    >
      <Row gutter={[16, 16]}>
        {showTree ? (
          <Col xs={24} lg={9} xl={8} xxl={7}>
            {treeCard}
          </Col>
        ) : null}
        {showDetail ? (
          <Col xs={24} lg={15} xl={16} xxl={17}>
            {detailContent}
          </Col>
        ) : null}
      </Row>
    </PageContainer>
  );
}
