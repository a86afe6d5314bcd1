import { DiffOutlined } from '@ant-design/icons';
import { type CatalogueDetail, type CatalogueSummary, catalogueKindFeatures } from '@qingshan/domain';
import { Badge, Button, Descriptions, Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatDateTime } from '../../lib/dates';
import { catalogueKindColors, catalogueStatusBadges } from './catalogue-colors';

/** The version's facts: kind, owner, version, dates, who published it, whether this user may edit. */
export function CatalogueInfo({ catalogue }: { catalogue: CatalogueDetail }) {
  const { t } = useTranslation();
  const kind = catalogue.kind;
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 2, lg: 3 }}
      items={[
        {
          key: 'kind',
          label: t('catalogues.columns.kind'),
          children: (
            <Tag color={catalogueKindColors[kind]}>
              {catalogueKindFeatures[kind]} {t(`catalogues.kinds.${kind}`)}
            </Tag>
          ),
        },
        { key: 'owner', label: t('catalogues.columns.owner'), children: catalogue.ownerAgencyName },
        {
          key: 'version',
          label: t('catalogues.columns.version'),
          children: t('catalogues.versionLabel', { version: catalogue.version }),
        },
        {
          key: 'effective',
          label: t('catalogues.columns.effectiveFrom'),
          children: catalogue.effectiveFrom ?? t('catalogues.detail.notSet'),
        },
        { key: 'count', label: t('catalogues.columns.itemCount'), children: catalogue.itemCount },
        {
          key: 'basedOn',
          label: t('catalogues.detail.basedOn'),
          children: catalogue.basedOnId ? (
            <Link to={`/catalogues/${catalogue.basedOnId}`}>
              {t('catalogues.versionLabel', { version: catalogue.basedOnVersion })}
            </Link>
          ) : (
            t('common.states.none')
          ),
        },
        {
          key: 'published',
          label: t('catalogues.detail.publishedBy'),
          children: catalogue.publishedAt
            ? `${formatDateTime(catalogue.publishedAt)} ${catalogue.publishedByName ?? ''}`
            : '—',
        },
        {
          key: 'createdBy',
          label: t('catalogues.detail.createdBy'),
          children: catalogue.createdByName ?? '—',
        },
        {
          key: 'access',
          label: t('catalogues.detail.access'),
          children: catalogue.canEdit ? (
            <Tag color="blue">{t('common.actions.edit')}</Tag>
          ) : (
            <Typography.Text type="secondary">
              {t('catalogues.detail.readOnly')}
              {catalogue.editBlockedReason ? `：${catalogue.editBlockedReason}` : ''}
            </Typography.Text>
          ),
        },
        ...(catalogue.note
          ? [{ key: 'note', label: t('catalogues.detail.note'), span: 3, children: catalogue.note }]
          : []),
      ]}
    />
  );
}

/** Every version of the list, newest first, each comparable with the one before it. */
export function CatalogueVersionHistory({
  catalogue,
  onCompare,
}: {
  catalogue: CatalogueDetail;
  onCompare: (withId: string) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Timeline
      data-testid="version-history"
      items={catalogue.versions.map((version: CatalogueSummary, index) => ({
        color: version.status === 'published' ? 'green' : version.status === 'draft' ? 'blue' : 'gray',
        children: (
          <Space direction="vertical" size={2}>
            <Space wrap>
              {version.id === catalogue.id ? (
                <Typography.Text strong>
                  {t('catalogues.versionLabel', { version: version.version })}
                </Typography.Text>
              ) : (
                <Link to={`/catalogues/${version.id}`}>
                  {t('catalogues.versionLabel', { version: version.version })}
                </Link>
              )}
              <Badge
                status={catalogueStatusBadges[version.status]}
                text={t(`catalogues.statuses.${version.status}`)}
              />
              {version.id === catalogue.id ? <Tag>{t('catalogues.detail.current')}</Tag> : null}
              <Typography.Text type="secondary">
                {version.itemCount} 项 · {version.effectiveFrom ?? t('catalogues.detail.notSet')}
              </Typography.Text>
            </Space>
            <Typography.Text type="secondary">
              {version.title}
              {version.publishedAt
                ? ` · ${formatDateTime(version.publishedAt)} ${version.publishedByName ?? ''}`
                : ''}
            </Typography.Text>
            {index < catalogue.versions.length - 1 ? (
              <Button
                size="small"
                icon={<DiffOutlined />}
                onClick={() => {
                  if (version.id !== catalogue.id) navigate(`/catalogues/${version.id}`);
                  onCompare(catalogue.versions[index + 1]!.id);
                }}
              >
                {t('catalogues.actions.compareWithPrevious')}
              </Button>
            ) : null}
          </Space>
        ),
      }))}
    />
  );
}
