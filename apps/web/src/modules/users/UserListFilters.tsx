import { roles, type UserListQuery, userStatuses } from '@qingshan/domain';
import { Checkbox, Col, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterBar, type ListQueryState, SearchFilter } from '../../components/list';
import { useLabels } from '../../lib/labels';
import { AgencyTreeSelect } from '../agencies/AgencyTreeSelect';

/** The user list's filters: search, agency (with its subordinates), role, status, locked. */
export function UserListFilters({ list }: { list: ListQueryState<UserListQuery> }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { query, update } = list;
  return (
    <FilterBar onReset={list.reset} actionsCol={{ xs: 12, sm: 8, lg: 6, xl: 2 }}>
      <Col xs={24} sm={12} lg={8} xl={5}>
        <SearchFilter
          value={query.q}
          placeholder={t('users.filters.search')}
          onSearch={(q) => update({ q })}
        />
      </Col>
      <Col xs={24} sm={12} lg={8} xl={6}>
        <Space.Compact style={{ width: '100%' }}>
          <AgencyTreeSelect
            value={query.agencyId}
            onChange={(agencyId) =>
              update({ agencyId, ...(agencyId ? {} : { includeSubordinates: undefined }) })
            }
            placeholder={t('users.filters.agencyPlaceholder')}
            aria-label={t('users.filters.agency')}
            allowClear
            style={{ width: '100%', minWidth: 0 }}
          />
        </Space.Compact>
      </Col>
      <Col xs={24} sm={12} lg={8} xl={3}>
        <Checkbox
          checked={query.includeSubordinates ?? false}
          disabled={!query.agencyId}
          onChange={(event) => update({ includeSubordinates: event.target.checked })}
        >
          {t('users.filters.includeSubordinates')}
        </Checkbox>
      </Col>
      <Col xs={12} sm={12} lg={6} xl={3}>
        <Select
          allowClear
          value={query.role}
          placeholder={t('users.filters.role')}
          aria-label={t('users.filters.role')}
          onChange={(role) => update({ role })}
          options={roles.map((role) => ({ value: role, label: labels.role(role) }))}
          style={{ width: '100%' }}
          popupMatchSelectWidth={false}
        />
      </Col>
      <Col xs={12} sm={8} lg={6} xl={2}>
        <Select
          allowClear
          value={query.status}
          placeholder={t('users.filters.status')}
          aria-label={t('users.filters.status')}
          onChange={(status) => update({ status })}
          options={userStatuses.map((status) => ({ value: status, label: labels.userStatus(status) }))}
          style={{ width: '100%' }}
        />
      </Col>
      <Col xs={12} sm={8} lg={6} xl={3}>
        <Select
          allowClear
          value={query.isLocked === undefined ? undefined : String(query.isLocked)}
          placeholder={t('users.filters.locked')}
          aria-label={t('users.filters.locked')}
          onChange={(value?: string) =>
            update({ isLocked: value === undefined ? undefined : value === 'true' })
          }
          options={[
            { value: 'true', label: t('users.filters.lockedOnly') },
            { value: 'false', label: t('users.filters.unlockedOnly') },
          ]}
          style={{ width: '100%' }}
        />
      </Col>
    </FilterBar>
  );
}
