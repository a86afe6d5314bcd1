import { Card, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorResult } from '../../components/ErrorResult';
import { PageContainer } from '../../components/PageContainer';
import { AccountModal, BackboneModal, StatusModal } from './OfficerDialogs';
import { OfficerFormDrawer } from './OfficerFormDrawer';
import { AwardModal, SecondmentActionModal, SecondmentModal, TrainingModal } from './OfficerRecordDialogs';
import { type Dialog, OfficerView } from './OfficerView';
import { useOfficerDetail } from './personnel.api';

/**
 * /officers/:id (ORG-3): everything the registry holds about one officer — certificates on a
 * timeline, secondments with their approval and filing, trainings, awards, the linked account,
 * the backbone pool and the entities they supervise — and whether they may act today.
 */
export default function OfficerDetailPage() {
  const { id = '' } = useParams<{ id: string }>();
  const { t } = useTranslation();
  const detail = useOfficerDetail(id);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const officer = detail.data;

  if (detail.isPending) {
    return (
      <PageContainer title={t('layout.menu.officerDetail')}>
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      </PageContainer>
    );
  }
  if (detail.isError || !officer) {
    return (
      <PageContainer
        title={t('layout.menu.officerDetail')}
        breadcrumb={[
          { title: t('personnel.title'), to: '/officers' },
          { title: t('layout.menu.officerDetail') },
        ]}
      >
        <Card>
          <ErrorResult error={detail.error} onRetry={() => void detail.refetch()} />
        </Card>
      </PageContainer>
    );
  }
  return (
    <>
      <OfficerView officer={officer} onOpen={setDialog} />
      <OfficerFormDrawer officer={officer} open={dialog?.kind === 'edit'} onClose={() => setDialog(null)} />
      {dialog?.kind === 'status' ? <StatusModal officer={officer} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'secondment' ? (
        <SecondmentModal officer={officer} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'secondmentAction' ? (
        <SecondmentActionModal
          officer={officer}
          secondment={dialog.secondment}
          kind={dialog.action}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'training' ? (
        <TrainingModal officer={officer} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'award' ? <AwardModal officer={officer} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'account' ? <AccountModal officer={officer} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'backbone' ? (
        <BackboneModal officer={officer} onClose={() => setDialog(null)} />
      ) : null}
    </>
  );
}
