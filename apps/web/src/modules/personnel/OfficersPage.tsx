import { PlusOutlined } from '@ant-design/icons';
import { type OfficerListItem, officerListQuerySchema } from '@qingshan/domain';
import { Button, Grid, Space, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { type HTMLAttributes, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExportButton, ListPage, useListQuery } from '../../components/list';
import { useSession } from '../auth/session';
import { OfficerFormDrawer } from './OfficerFormDrawer';
import { OfficerListFilters } from './OfficerListFilters';
import { CertificateStateTag, OfficerStatusBadge, SpecialtyTags } from './PersonnelTags';
import { useOfficerPage } from './personnel.api';
import { officerApiQuery } from './personnel.query';

/** Row tints that repeat the certificate tag's colour across the row. */
const rowTints: Partial<Record<OfficerListItem['certificateState'], string>> = {
  expiring: '#fff7e6',
  expired: '#fff1f0',
};

/**
 * /officers (ORG-3): the officer registry of the jurisdiction, paged, filtered and sorted by the
 * server, filters in the URL. Certificates in the warning period are orange, expired ones red.
 */
export default function OfficersPage() {
  const { t } = useTranslation();
  const { me, access } = useSession();
  const list = useListQuery(officerListQuerySchema);
  const page = useOfficerPage(officerApiQuery(list.apiQuery));
  const [isCreating, setIsCreating] = useState(false);
  const canManage = access.can('personnel.manage');
  const canReadAgencies = access.can('agencies.read');
  const warningDays = page.data?.warningDays ?? 60;
  const isNarrow = Grid.useBreakpoint().md === false;

  const columns: TableColumnsType<OfficerListItem> = [
    {
      title: t('personnel.columns.realNameNumber'),
      dataIndex: 'realNameNumber',
      key: 'realNameNumber',
      sorter: true,
      sortOrder: list.sortOrder('realNameNumber'),
      width: 160,
      render: (number: string, officer) => <Link to={`/officers/${officer.id}`}>{number}</Link>,
    },
    {
      title: t('personnel.columns.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: list.sortOrder('name'),
      width: 110,
      render: (name: string, officer) => (
        <Space size={4}>
          <Link to={`/officers/${officer.id}`}>{name}</Link>
          {officer.isBackbone ? (
            <Tooltip
              title={officer.backbonePool ? t(`personnel.labels.backbonePool.${officer.backbonePool}`) : ''}
            >
              <Tag color={officer.backbonePool === 'province' ? 'gold' : 'cyan'} bordered={false}>
                {t('personnel.columns.backboneTag')}
              </Tag>
            </Tooltip>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('personnel.columns.agency'),
      dataIndex: 'agencyName',
      key: 'agency',
      sorter: true,
      sortOrder: list.sortOrder('agency'),
      width: 230,
      ellipsis: true,
      render: (name: string, officer) =>
        canReadAgencies ? (
          <Link to={`/agencies/${officer.agencyId}`} title={name}>
            {name}
          </Link>
        ) : (
          name
        ),
    },
    { title: t('personnel.columns.post'), dataIndex: 'post', key: 'post', width: 100 },
    {
      title: t('personnel.columns.status'),
      dataIndex: 'status',
      key: 'status',
      width: 90,
      render: (status: OfficerListItem['status']) => <OfficerStatusBadge status={status} />,
    },
    {
      title: t('personnel.columns.certificate'),
      key: 'certificateValidUntil',
      dataIndex: 'certificateValidUntil',
      sorter: true,
      sortOrder: list.sortOrder('certificateValidUntil'),
      width: 190,
      render: (_value, officer) => (
        <Space orientation="vertical" size={0}>
          <CertificateStateTag state={officer.certificateState} daysLeft={officer.certificateDaysLeft} />
          {officer.certificateValidUntil ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('personnel.columns.certificateValidUntil')} {officer.certificateValidUntil}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('personnel.columns.qualifications'),
      key: 'qualifications',
      width: 150,
      render: (_value, officer) =>
        officer.hasLegalQualification || officer.hasMonitoringCertificate ? (
          <Space size={[0, 4]} wrap>
            {officer.hasLegalQualification ? (
              <Tag color="purple">{t('personnel.certificate.legal')}</Tag>
            ) : null}
            {officer.hasMonitoringCertificate ? (
              <Tag color="blue">{t('personnel.certificate.monitoring')}</Tag>
            ) : null}
          </Space>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: t('personnel.columns.specialties'),
      dataIndex: 'specialties',
      key: 'specialties',
      width: 220,
      responsive: ['lg'],
      render: (values: OfficerListItem['specialties']) => <SpecialtyTags values={values} max={2} />,
    },
    {
      title: t('personnel.columns.account'),
      dataIndex: 'username',
      key: 'account',
      width: 120,
      responsive: ['xl'],
      render: (username: string | null) => username ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
  ];

  // On a phone: who, and the certificate — the rest is on the detail page.
  const narrowColumns: TableColumnsType<OfficerListItem> = [
    {
      title: t('personnel.columns.name'),
      key: 'name',
      render: (_value, officer) => (
        <Space orientation="vertical" size={0}>
          <Space size={6}>
            <Link to={`/officers/${officer.id}`}>{officer.name}</Link>
            <OfficerStatusBadge status={officer.status} />
          </Space>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {officer.realNameNumber} · {officer.post}
          </Typography.Text>
        </Space>
      ),
    },
    columns.find((column) => column.key === 'certificateValidUntil')!,
  ];
  // The tint goes on each cell: a sorted column paints its own cell background.
  const tinted = (isNarrow ? narrowColumns : columns).map((column) => ({
    ...column,
    onCell: (officer: OfficerListItem) => ({
      style: rowTints[officer.certificateState]
        ? { background: rowTints[officer.certificateState] }
        : undefined,
    }),
  }));

  return (
    <ListPage<OfficerListItem>
      title={t('personnel.title')}
      subTitle={me.jurisdiction.description}
      extra={
        <>
          <ExportButton path="/api/officers/export.xlsx" query={officerApiQuery(list.exportQuery)} />
          {canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
              {t('personnel.actions.create')}
            </Button>
          ) : null}
        </>
      }
      filters={<OfficerListFilters list={list} warningDays={warningDays} />}
      list={list}
      result={page}
      testId="officers-table"
      columns={tinted}
      scroll={isNarrow ? undefined : { x: 1370 }}
      onRow={(officer) =>
        ({ 'data-certificate-state': officer.certificateState }) as HTMLAttributes<HTMLElement>
      }
    >
      {canManage ? <OfficerFormDrawer open={isCreating} onClose={() => setIsCreating(false)} /> : null}
    </ListPage>
  );
}
