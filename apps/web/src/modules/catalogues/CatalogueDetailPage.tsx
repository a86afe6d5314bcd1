import {
  BranchesOutlined,
  CheckCircleOutlined,
  DeleteOutlined,
  DiffOutlined,
  DownloadOutlined,
  EditOutlined,
} from '@ant-design/icons';
import type { CatalogueItem } from '@qingshan/domain';
import { Alert, App, Badge, Button, Card, Col, Drawer, Grid, Row, Space, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { downloadFile } from '../../api/client';
import { ErrorResult } from '../../components/ErrorResult';
import { PageContainer } from '../../components/PageContainer';
import { PageLoading } from '../../components/PageLoading';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { CatalogueCompareModal } from './CatalogueCompareModal';
import { CatalogueInfo, CatalogueVersionHistory } from './CatalogueDetailParts';
import { type CatalogueDrawerMode, CatalogueFormDrawer } from './CatalogueFormDrawer';
import { CatalogueItemDrawer } from './CatalogueItemDrawer';
import { CatalogueItemsTab } from './CatalogueItemsTab';
import { CatalogueItemView } from './CatalogueItemView';
import { catalogueStatusBadges } from './catalogue-colors';
import { useCatalogue, useDeleteCatalogue, usePublishCatalogue } from './catalogues.api';
/**
 * /catalogues/:id: one version of a list — its details, its items (server-side search and paging),
 * its history with comparison; for drafts the items are edited, reordered and the draft published.
 */
export default function CatalogueDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const showError = useApiErrorHandler();
  const isNarrow = Grid.useBreakpoint().md === false;
  const detail = useCatalogue(id);
  const publish = usePublishCatalogue(id);
  const deleteDraft = useDeleteCatalogue(id);
  const [viewing, setViewing] = useState<CatalogueItem | null>(null);
  const [editing, setEditing] = useState<{ item?: CatalogueItem } | null>(null);
  const [drawer, setDrawer] = useState<CatalogueDrawerMode | null>(null);
  const [compareWith, setCompareWith] = useState<string | null>(null);
  const [isExporting, setIsExporting] = useState(false);

  if (detail.isPending) return <PageLoading />;
  if (detail.isError) {
    return (
      <PageContainer
        title={t('layout.menu.catalogueDetail')}
        breadcrumb={[{ title: t('catalogues.title'), to: '/catalogues' }]}
      >
        <ErrorResult error={detail.error} onRetry={() => void detail.refetch()} />
      </PageContainer>
    );
  }
  const catalogue = detail.data;
  const kind = catalogue.kind;
  const previousPublished = catalogue.versions.find(
    (version) => version.status === 'published' && version.id !== catalogue.id,
  );
  const previousVersion = catalogue.versions.find((version) => version.version < catalogue.version);

  const confirmPublish = () =>
    modal.confirm({
      title: t('catalogues.confirm.publishTitle', { title: `《${catalogue.title}》` }),
      content: t('catalogues.confirm.publish', {
        previous: previousPublished
          ? t('catalogues.confirm.publishPrevious', { version: previousPublished.version })
          : '',
      }),
      okText: t('catalogues.actions.publish'),
      okButtonProps: { 'data-testid': 'publish-confirm' } as Record<string, string>,
      onOk: async () => {
        try {
          const published = await publish.mutateAsync(undefined);
          void message.success(t('catalogues.messages.published', { version: published.version }));
        } catch (error) {
          showError(error);
        }
      },
    });

  const confirmDelete = () =>
    modal.confirm({
      title: t('catalogues.actions.deleteDraft'),
      content: t('catalogues.confirm.deleteDraft', { count: catalogue.itemCount }),
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await deleteDraft.mutateAsync(undefined);
          void message.success(t('catalogues.messages.deleted'));
          navigate('/catalogues');
        } catch (error) {
          showError(error);
        }
      },
    });

  const exportExcel = async () => {
    setIsExporting(true);
    const hide = message.loading(t('common.messages.exporting'), 0);
    try {
      const name = await downloadFile(`/api/catalogues/${catalogue.id}/export.xlsx`);
      void message.success(t('common.messages.exported', { name }));
    } catch (error) {
      showError(error);
    } finally {
      hide();
      setIsExporting(false);
    }
  };

  return (
    <PageContainer
      title={
        <Space wrap>
          <span>{catalogue.title}</span>
          <Badge
            status={catalogueStatusBadges[catalogue.status]}
            text={t(`catalogues.statuses.${catalogue.status}`)}
            data-testid="catalogue-status"
          />
        </Space>
      }
      documentTitle={catalogue.title}
      subTitle={`${catalogue.ownerAgencyName} · ${t('catalogues.versionLabel', { version: catalogue.version })}`}
      breadcrumb={[
        { title: t('catalogues.title'), to: '/catalogues' },
        { title: t(`catalogues.kinds.${kind}`) },
      ]}
      extra={
        <>
          <Button icon={<DownloadOutlined />} loading={isExporting} onClick={() => void exportExcel()}>
            {t('common.actions.export')}
          </Button>
          {previousVersion ? (
            <Button icon={<DiffOutlined />} onClick={() => setCompareWith(previousVersion.id)}>
              {t('catalogues.actions.compare')}
            </Button>
          ) : null}
          {catalogue.canCreateVersion ? (
            <Button
              icon={<BranchesOutlined />}
              onClick={() => setDrawer({ kind: 'newVersion', from: catalogue })}
              data-testid="catalogue-new-version"
            >
              {t('catalogues.actions.newVersion')}
            </Button>
          ) : null}
          {catalogue.canEdit ? (
            <>
              <Button icon={<EditOutlined />} onClick={() => setDrawer({ kind: 'edit', catalogue })}>
                {t('catalogues.actions.editInfo')}
              </Button>
              <Button danger icon={<DeleteOutlined />} onClick={confirmDelete}>
                {t('catalogues.actions.deleteDraft')}
              </Button>
            </>
          ) : null}
          {catalogue.canPublish ? (
            <Button
              type="primary"
              icon={<CheckCircleOutlined />}
              onClick={confirmPublish}
              data-testid="catalogue-publish"
            >
              {t('catalogues.actions.publish')}
            </Button>
          ) : null}
        </>
      }
    >
      {catalogue.status === 'draft' ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('catalogues.detail.draftHint')} />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <Card title={t('catalogues.detail.info')} size="small">
            <CatalogueInfo catalogue={catalogue} />
          </Card>
        </Col>
        <Col span={24}>
          <Card styles={{ body: { paddingTop: 4 } }}>
            <Tabs
              items={[
                {
                  key: 'items',
                  label: `${t('catalogues.detail.items')}（${catalogue.itemCount}）`,
                  children: (
                    <CatalogueItemsTab catalogue={catalogue} onView={setViewing} onEdit={setEditing} />
                  ),
                },
                {
                  key: 'history',
                  label: `${t('catalogues.detail.history')}（${catalogue.versions.length}）`,
                  children: <CatalogueVersionHistory catalogue={catalogue} onCompare={setCompareWith} />,
                },
              ]}
            />
          </Card>
        </Col>
      </Row>

      <Drawer
        title={viewing ? `${viewing.code}　${viewing.name}` : ''}
        open={viewing !== null}
        onClose={() => setViewing(null)}
        size={isNarrow ? '100%' : 720}
        destroyOnHidden
      >
        {viewing ? <CatalogueItemView kind={kind} item={viewing} /> : null}
      </Drawer>
      {catalogue.canEdit ? (
        <CatalogueItemDrawer
          catalogueId={catalogue.id}
          kind={kind}
          item={editing?.item}
          open={editing !== null}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <CatalogueFormDrawer mode={drawer} onClose={() => setDrawer(null)} />
      <CatalogueCompareModal
        catalogue={catalogue}
        versions={catalogue.versions}
        initialWithId={compareWith ?? undefined}
        open={compareWith !== null}
        onClose={() => setCompareWith(null)}
      />
    </PageContainer>
  );
}
