import { type EntityListQuery, keyPolluterMedia, operatingStatuses, permitClasses } from '@qingshan/domain';
import { Col, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FilterBar, type ListQueryState, SearchFilter } from '../../components/list';
import { cardValues, countAdvancedFilters, creditLevelValues, entityFlagKeys } from './entities.query';
import { IndustryTreeSelect } from './IndustryTreeSelect';
import { RegionCascader } from './RegionCascader';

const booleanOptionValue = (value: boolean | undefined) => (value === undefined ? undefined : String(value));
const readBooleanOption = (value: string | undefined) => (value === undefined ? undefined : value === 'true');

const cardLabels = {
  red: 'entities.filters.cardRed',
  yellow: 'entities.filters.cardYellow',
  any: 'entities.filters.cardAny',
} as const;

/** The entities list's filters: search, region, industry, key polluter; the rest behind "more". */
export function EntityListFilters({ list }: { list: ListQueryState<EntityListQuery> }) {
  const { t } = useTranslation();
  const { query, update } = list;
  const thisYear = dayjs().year();
  const yesNo = [
    { value: 'true', label: t('entities.filters.yes') },
    { value: 'false', label: t('entities.filters.no') },
  ];
  const select = { allowClear: true, style: { width: '100%' } } as const;

  const advanced = (
    <>
      <Col xs={12} md={6} xl={3}>
        <Select
          {...select}
          value={query.keyPolluterMedium}
          placeholder={t('entities.filters.medium')}
          aria-label={t('entities.filters.medium')}
          onChange={(keyPolluterMedium) => update({ keyPolluterMedium })}
          options={keyPolluterMedia.map((medium) => ({
            value: medium,
            label: t(`entities.labels.medium.${medium}`),
          }))}
          popupMatchSelectWidth={false}
        />
      </Col>
      <Col xs={12} md={6} xl={3}>
        <Select
          {...select}
          value={query.keyPolluterYear}
          placeholder={t('entities.filters.year')}
          aria-label={t('entities.filters.year')}
          onChange={(keyPolluterYear) => update({ keyPolluterYear })}
          options={[0, 1, 2].map((back) => ({
            value: thisYear - back,
            label: t('entities.filters.yearOption', { year: thisYear - back }),
          }))}
        />
      </Col>
      <Col xs={12} md={6} xl={3}>
        <Select
          {...select}
          value={query.permitClass}
          placeholder={t('entities.filters.permitClass')}
          aria-label={t('entities.filters.permitClass')}
          onChange={(permitClass) => update({ permitClass })}
          options={permitClasses.map((value) => ({
            value,
            label: t(`entities.labels.permitClass.${value}`),
          }))}
        />
      </Col>
      <Col xs={12} md={6} xl={3}>
        <Select
          {...select}
          value={query.operatingStatus}
          placeholder={t('entities.filters.operatingStatus')}
          aria-label={t('entities.filters.operatingStatus')}
          onChange={(operatingStatus) => update({ operatingStatus })}
          options={operatingStatuses.map((value) => ({
            value,
            label: t(`entities.labels.operatingStatus.${value}`),
          }))}
        />
      </Col>
      {entityFlagKeys.map((key) => (
        <Col key={key} xs={12} md={8} xl={4}>
          <Select
            {...select}
            value={booleanOptionValue(query[key])}
            placeholder={t(`entities.filters.flag.${key}`)}
            aria-label={t(`entities.filters.flag.${key}`)}
            onChange={(value?: string) => update({ [key]: readBooleanOption(value) })}
            options={yesNo.map((option) => ({
              ...option,
              label: `${t(`entities.filters.flag.${key}`)}：${option.label}`,
            }))}
            popupMatchSelectWidth={false}
          />
        </Col>
      ))}
      <Col xs={12} md={6} xl={3}>
        <Select
          {...select}
          value={query.card}
          placeholder={t('entities.filters.card')}
          aria-label={t('entities.filters.card')}
          onChange={(card) => update({ card })}
          options={cardValues.map((value) => ({ value, label: t(cardLabels[value]) }))}
        />
      </Col>
      <Col xs={12} md={6} xl={3}>
        <Select
          {...select}
          value={query.creditLevel}
          placeholder={t('entities.filters.creditLevel')}
          aria-label={t('entities.filters.creditLevel')}
          onChange={(creditLevel) => update({ creditLevel })}
          options={creditLevelValues.map((value) => ({
            value,
            label: t(`entities.labels.creditLevel.${value}`),
          }))}
        />
      </Col>
    </>
  );

  return (
    <FilterBar
      onReset={list.reset}
      advanced={advanced}
      advancedCount={countAdvancedFilters(query)}
      actionsCol={{ xs: 12, md: 6, xl: 4 }}
    >
      <Col xs={24} md={12} xl={7}>
        <SearchFilter
          testId="entities-search"
          value={query.q}
          placeholder={t('entities.filters.search')}
          onSearch={(q) => update({ q })}
        />
      </Col>
      <Col xs={24} md={12} xl={5}>
        <RegionCascader
          value={query.regionCode}
          onChange={(regionCode) => update({ regionCode })}
          placeholder={t('entities.filters.regionPlaceholder')}
          aria-label={t('entities.filters.region')}
          style={{ width: '100%' }}
        />
      </Col>
      <Col xs={24} md={12} xl={5}>
        <IndustryTreeSelect
          value={query.industryCode}
          onChange={(industryCode) => update({ industryCode })}
          placeholder={t('entities.filters.industryPlaceholder')}
          aria-label={t('entities.filters.industry')}
          style={{ width: '100%' }}
        />
      </Col>
      <Col xs={12} md={6} xl={3}>
        <Select
          {...select}
          value={booleanOptionValue(query.isKeyPolluter)}
          placeholder={t('entities.filters.keyPolluter')}
          aria-label={t('entities.filters.keyPolluter')}
          onChange={(value?: string) => update({ isKeyPolluter: readBooleanOption(value) })}
          options={[
            { value: 'true', label: t('entities.filters.keyPolluterYes') },
            { value: 'false', label: t('entities.filters.keyPolluterNo') },
          ]}
          popupMatchSelectWidth={false}
        />
      </Col>
    </FilterBar>
  );
}
