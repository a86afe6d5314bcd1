import {
  type BackbonePool,
  backbonePools,
  certificateStates,
  type OfficerListQuery,
  officerListQuerySchema,
  officerStatuses,
  secondmentFilterValues,
  specialties,
} from '@qingshan/domain';
import { Checkbox, Col, Select, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterBar, type ListQueryState, SearchFilter, serializeListQuery } from '../../components/list';
import { AgencyTreeSelect } from '../agencies/AgencyTreeSelect';
import { useOfficerPage } from './personnel.api';
import { officerApiQuery } from './personnel.query';

function booleanOptions(yes: string, no: string) {
  return [
    { value: 'true', label: yes },
    { value: 'false', label: no },
  ];
}

const toBoolean = (value?: string) => (value === undefined ? undefined : value === 'true');
const fromBoolean = (value?: boolean) => (value === undefined ? undefined : String(value));

/** The officer list's filters, and shortcuts to the certificates that need attention with their counts. */
export function OfficerListFilters({
  list,
  warningDays,
}: {
  list: ListQueryState<OfficerListQuery>;
  warningDays: number;
}) {
  const { t } = useTranslation();
  const { query: filters, update } = list;
  const isDefault = serializeListQuery(officerListQuerySchema, filters).toString() === '';

  // Counts for the certificate shortcuts, under the other filters.
  const withoutCertificate = { ...officerApiQuery(list.apiQuery), page: 1, pageSize: 10 };
  const expiringCount = useOfficerPage({ ...withoutCertificate, certificateState: 'expiring' });
  const expiredCount = useOfficerPage({ ...withoutCertificate, certificateState: 'expired' });
  const missingCount = useOfficerPage({ ...withoutCertificate, certificateState: 'missing' });

  const shortcut = (
    state: 'expiring' | 'expired' | 'missing',
    color: string,
    label: string,
    count: number | undefined,
  ) => {
    const isActive = filters.certificateState === state;
    return (
      <Tag.CheckableTag
        key={state}
        checked={isActive}
        onChange={(checked) => update({ certificateState: checked ? state : undefined })}
        data-testid={`certificate-shortcut-${state}`}
        style={{ border: `1px solid ${color}`, padding: '2px 10px' }}
      >
        <span style={{ color: isActive ? undefined : color }}>
          {label} {count ?? '…'}
        </span>
      </Tag.CheckableTag>
    );
  };

  return (
    <FilterBar
      onReset={list.reset}
      resetDisabled={isDefault}
      actionsCol={{ xs: 12, sm: 8, lg: 6, xl: 2 }}
      below={
        <Space size={[8, 8]} wrap style={{ marginTop: 12 }}>
          {shortcut(
            'expiring',
            '#fa8c16',
            t('personnel.filters.expiringShortcut', { days: warningDays }),
            expiringCount.data?.total,
          )}
          {shortcut('expired', '#f5222d', t('personnel.filters.expiredShortcut'), expiredCount.data?.total)}
          {shortcut('missing', '#8c8c8c', t('personnel.filters.missingShortcut'), missingCount.data?.total)}
        </Space>
      }
    >
      <Col xs={24} sm={12} lg={8} xl={6}>
        <SearchFilter
          value={filters.q}
          placeholder={t('personnel.filters.search')}
          onSearch={(q) => update({ q })}
        />
      </Col>
      <Col xs={24} sm={12} lg={8} xl={6}>
        <AgencyTreeSelect
          value={filters.agencyId}
          onChange={(agencyId) =>
            update({ agencyId, ...(agencyId ? {} : { includeSubordinates: undefined }) })
          }
          placeholder={t('personnel.filters.agencyPlaceholder')}
          aria-label={t('personnel.filters.agency')}
          allowClear
          style={{ width: '100%', minWidth: 0 }}
        />
      </Col>
      <Col xs={12} sm={6} lg={4} xl={2}>
        <Checkbox
          checked={filters.includeSubordinates ?? true}
          disabled={!filters.agencyId}
          onChange={(event) => update({ includeSubordinates: event.target.checked })}
        >
          {t('personnel.filters.includeSubordinates')}
        </Checkbox>
      </Col>
      <Col xs={12} sm={6} lg={4} xl={3}>
        <Select
          allowClear
          value={filters.status}
          placeholder={t('personnel.filters.status')}
          aria-label={t('personnel.filters.status')}
          onChange={(status) => update({ status })}
          options={officerStatuses.map((status) => ({
            value: status,
            label: t(`personnel.labels.status.${status}`),
          }))}
          style={{ width: '100%' }}
        />
      </Col>
      <Col xs={12} sm={8} lg={6} xl={4}>
        <Select
          allowClear
          value={filters.certificateState}
          placeholder={t('personnel.filters.certificateState')}
          aria-label={t('personnel.filters.certificateState')}
          onChange={(certificateState) => update({ certificateState })}
          options={certificateStates.map((state) => ({
            value: state,
            label:
              state === 'expiring'
                ? t('personnel.filters.expiringOption', { days: warningDays })
                : t(`personnel.labels.certificateState.${state}`),
          }))}
          style={{ width: '100%' }}
        />
      </Col>
      <Col xs={12} sm={8} lg={6} xl={3}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          value={filters.specialty}
          placeholder={t('personnel.filters.specialty')}
          aria-label={t('personnel.filters.specialty')}
          onChange={(specialty) => update({ specialty })}
          options={specialties.map((value) => ({
            value,
            label: t(`personnel.labels.specialty.${value}`),
          }))}
          style={{ width: '100%' }}
          popupMatchSelectWidth={false}
        />
      </Col>
      <Col xs={12} sm={8} lg={6} xl={4}>
        <Select
          allowClear
          value={filters.backbonePool ?? (filters.isBackbone ? 'any' : undefined)}
          placeholder={t('personnel.filters.backbone')}
          aria-label={t('personnel.filters.backbone')}
          onChange={(backbone?: string) =>
            update({
              isBackbone: backbone ? true : undefined,
              backbonePool: backbone && backbone !== 'any' ? (backbone as BackbonePool) : undefined,
            })
          }
          options={[
            { value: 'any', label: t('personnel.filters.backboneAny') },
            ...backbonePools.map((pool) => ({
              value: pool,
              label: t(`personnel.labels.backbonePool.${pool}`),
            })),
          ]}
          style={{ width: '100%' }}
        />
      </Col>
      <Col xs={12} sm={8} lg={6} xl={4}>
        <Select
          allowClear
          value={fromBoolean(filters.hasLegalQualification)}
          placeholder={t('personnel.filters.legal')}
          aria-label={t('personnel.filters.legal')}
          onChange={(value?: string) => update({ hasLegalQualification: toBoolean(value) })}
          options={booleanOptions(t('personnel.filters.has'), t('personnel.filters.hasNot'))}
          style={{ width: '100%' }}
        />
      </Col>
      <Col xs={12} sm={8} lg={6} xl={4}>
        <Select
          allowClear
          value={fromBoolean(filters.hasMonitoringCertificate)}
          placeholder={t('personnel.filters.monitoring')}
          aria-label={t('personnel.filters.monitoring')}
          onChange={(value?: string) => update({ hasMonitoringCertificate: toBoolean(value) })}
          options={booleanOptions(t('personnel.filters.has'), t('personnel.filters.hasNot'))}
          style={{ width: '100%' }}
        />
      </Col>
      <Col xs={12} sm={8} lg={6} xl={3}>
        <Select
          allowClear
          value={fromBoolean(filters.hasAccount)}
          placeholder={t('personnel.filters.account')}
          aria-label={t('personnel.filters.account')}
          onChange={(value?: string) => update({ hasAccount: toBoolean(value) })}
          options={booleanOptions(t('personnel.filters.linked'), t('personnel.filters.notLinked'))}
          style={{ width: '100%' }}
        />
      </Col>
      <Col xs={12} sm={8} lg={6} xl={4}>
        <Select
          allowClear
          value={filters.secondment}
          placeholder={t('personnel.filters.secondment')}
          aria-label={t('personnel.filters.secondment')}
          onChange={(secondment) => update({ secondment })}
          options={secondmentFilterValues.map((value) => ({
            value,
            label:
              value === 'any_open'
                ? t('personnel.filters.secondmentAnyOpen')
                : t(`personnel.labels.secondmentProblem.${value}`),
          }))}
          style={{ width: '100%' }}
        />
      </Col>
    </FilterBar>
  );
}
