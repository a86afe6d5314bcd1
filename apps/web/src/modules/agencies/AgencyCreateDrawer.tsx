import type { AgencyDetail, CreateAgencyRequest, Region } from '@qingshan/domain';
import { App, Button, Cascader, Drawer, Form, Grid, Input, Select, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLabels } from '../../lib/labels';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { fetchRegionChildren, useCreateAgency, useRegionChildren, useRegionDetail } from './agencies.api';

const creatableKinds = ['field_office', 'grid', 'zone_enforcement_bureau'] as const;

interface RegionOption {
  value: string;
  label: string;
  isLeaf: boolean;
  level: Region['level'];
  children?: RegionOption[];
  loading?: boolean;
}

function toOption(region: Region): RegionOption {
  return { value: region.code, label: region.name, level: region.level, isLeaf: region.level === 'town' };
}

interface AgencyCreateValues {
  kind: CreateAgencyRequest['kind'];
  name: string;
  shortName: string;
  regionPath: string[];
  coveredRegionCodes: string[];
  address: string;
  phone: string;
}

/**
 * POST /api/agencies (system administrator): a field office, grid or zone bureau below this
 * agency, located in a region within the parent's (loaded level by level from /api/regions) and
 * covering towns of that region.
 */
export function AgencyCreateDrawer({
  parent,
  open,
  onClose,
}: {
  parent: AgencyDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<AgencyCreateValues>();
  const create = useCreateAgency();
  const showError = useApiErrorHandler();
  const isNarrow = Grid.useBreakpoint().sm === false;
  const parentRegion = useRegionDetail(open ? parent.regionCode : undefined);
  const [options, setOptions] = useState<RegionOption[]>([]);

  useEffect(() => {
    if (parentRegion.data) {
      const root = toOption(parentRegion.data);
      setOptions([
        {
          ...root,
          children: parentRegion.data.children.map(toOption),
          isLeaf: parentRegion.data.children.length === 0,
        },
      ]);
    }
  }, [parentRegion.data]);

  const regionPath = Form.useWatch('regionPath', form);
  const regionCode = regionPath?.at(-1);
  const selectedLevel = useMemo(() => {
    let level: Region['level'] | undefined;
    let list = options;
    for (const code of regionPath ?? []) {
      const found = list.find((option) => option.value === code);
      level = found?.level;
      list = found?.children ?? [];
    }
    return level;
  }, [options, regionPath]);
  const towns = useRegionChildren(regionCode, selectedLevel === 'county');
  const townOptions = useMemo(() => {
    if (selectedLevel === 'town' && regionPath) {
      let list = options;
      let label = regionCode ?? '';
      for (const code of regionPath) {
        const found = list.find((option) => option.value === code);
        if (found) label = found.label;
        list = found?.children ?? [];
      }
      return [{ value: regionCode ?? '', label }];
    }
    return (towns.data ?? [])
      .filter((region) => region.level === 'town')
      .map((region) => ({ value: region.code, label: region.name }));
  }, [selectedLevel, regionPath, regionCode, towns.data, options]);
  const canCoverTowns = selectedLevel === 'county' || selectedLevel === 'town';

  const loadData = async (selected: RegionOption[]) => {
    const target = selected.at(-1);
    if (!target || target.children) return;
    target.loading = true;
    setOptions((list) => [...list]);
    try {
      const children = await fetchRegionChildren(target.value);
      target.children = children.map(toOption);
      target.isLeaf = children.length === 0;
    } catch (error) {
      showError(error);
    } finally {
      target.loading = false;
      setOptions((list) => [...list]);
    }
  };

  const submit = async (values: AgencyCreateValues) => {
    const code = values.regionPath.at(-1);
    if (!code) return;
    try {
      const created = await create.mutateAsync({
        parentId: parent.id,
        kind: values.kind,
        name: values.name.trim(),
        shortName: values.shortName.trim(),
        regionCode: code,
        coveredRegionCodes: values.coveredRegionCodes ?? [],
        address: values.address?.trim() ? values.address.trim() : null,
        phone: values.phone?.trim() ? values.phone.trim() : null,
      });
      void message.success(t('agencies.create.success', { name: created.name }));
      form.resetFields();
      onClose();
      navigate(`/agencies/${created.id}`);
    } catch (error) {
      showError(error, form, { regionCode: 'regionPath', parentId: 'kind' });
    }
  };

  return (
    <Drawer
      title={t('agencies.create.title')}
      open={open}
      onClose={onClose}
      size={isNarrow ? '100%' : 560}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.actions.cancel')}</Button>
          <Button type="primary" loading={create.isPending} onClick={() => form.submit()}>
            {t('common.actions.create')}
          </Button>
        </Space>
      }
    >
      <Form<AgencyCreateValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: 'field_office', coveredRegionCodes: [] }}
        onValuesChange={(changed: Partial<AgencyCreateValues>) => {
          if (changed.regionPath) form.setFieldValue('coveredRegionCodes', []);
        }}
      >
        <Form.Item label={t('agencies.create.parent')}>
          <Typography.Text strong>{parent.name}</Typography.Text>
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('agencies.create.kind')}
          rules={[{ required: true, message: t('agencies.create.kindRequired') }]}
        >
          <Select options={creatableKinds.map((kind) => ({ value: kind, label: labels.agencyKind(kind) }))} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('agencies.create.name')}
          rules={[{ required: true, whitespace: true, message: t('agencies.create.nameRequired') }]}
        >
          <Input maxLength={60} showCount />
        </Form.Item>
        <Form.Item
          name="shortName"
          label={t('agencies.create.shortName')}
          rules={[{ required: true, whitespace: true, message: t('agencies.create.shortNameRequired') }]}
        >
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item
          name="regionPath"
          label={t('agencies.create.region')}
          rules={[{ required: true, message: t('agencies.create.regionRequired') }]}
          extra={t('agencies.create.regionHelp', { region: parent.regionName })}
        >
          <Cascader<RegionOption>
            options={options}
            loadData={loadData}
            changeOnSelect
            loading={parentRegion.isPending}
            placeholder={parent.regionName}
          />
        </Form.Item>
        <Form.Item
          name="coveredRegionCodes"
          label={t('agencies.create.coveredRegions')}
          extra={
            canCoverTowns
              ? t('agencies.create.coveredRegionsHelp')
              : t('agencies.create.coveredRegionsUnavailable')
          }
        >
          <Select
            mode="multiple"
            disabled={!canCoverTowns}
            loading={towns.isFetching}
            options={townOptions}
            optionFilterProp="label"
            allowClear
          />
        </Form.Item>
        <Form.Item name="address" label={t('agencies.create.address')}>
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item name="phone" label={t('agencies.create.phone')}>
          <Input maxLength={20} inputMode="tel" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
