import {
  type CatalogueDetail,
  type CatalogueKind,
  type CatalogueSummary,
  catalogueKindFeatures,
  catalogueKinds,
} from '@qingshan/domain';
import { App, Button, DatePicker, Drawer, Form, Grid, Input, Select, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { dayjs } from '../../lib/dates';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { AgencyTreeSelect } from '../agencies/AgencyTreeSelect';
import { useCataloguePage, useCreateCatalogue, useUpdateCatalogue } from './catalogues.api';

interface FormValues {
  kind: CatalogueKind;
  ownerAgencyId: string;
  title: string;
  effectiveFrom?: dayjs.Dayjs | null;
  note?: string;
  basedOnId?: string;
}

export type CatalogueDrawerMode =
  | { kind: 'create'; defaultKind?: CatalogueKind }
  | { kind: 'newVersion'; from: CatalogueSummary }
  | { kind: 'edit'; catalogue: CatalogueDetail };

/**
 * New list (empty, or copying the items of a published one), a new version of a list, or the
 * details of a draft. Lists of other agencies are copied into a list of the user's own agency.
 */
export function CatalogueFormDrawer({
  mode,
  onClose,
}: {
  mode: CatalogueDrawerMode | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const showError = useApiErrorHandler();
  const [form] = Form.useForm<FormValues>();
  const isNarrow = Grid.useBreakpoint().sm === false;
  const create = useCreateCatalogue();
  const update = useUpdateCatalogue(mode?.kind === 'edit' ? mode.catalogue.id : '');
  const kind = Form.useWatch('kind', form);
  const sources = useCataloguePage({ kind, pageSize: 100, isCurrentOnly: true, status: 'published' });

  useEffect(() => {
    if (!mode) return;
    form.resetFields();
    if (mode.kind === 'create') form.setFieldsValue({ kind: mode.defaultKind ?? 'enforcement_items' });
    if (mode.kind === 'newVersion') {
      form.setFieldsValue({
        kind: mode.from.kind,
        ownerAgencyId: mode.from.ownerAgencyId,
        title: mode.from.title,
        basedOnId: mode.from.id,
      });
    }
    if (mode.kind === 'edit') {
      form.setFieldsValue({
        title: mode.catalogue.title,
        effectiveFrom: mode.catalogue.effectiveFrom ? dayjs(mode.catalogue.effectiveFrom) : null,
        note: mode.catalogue.note ?? '',
      });
    }
  }, [mode, form]);

  const submit = async (values: FormValues) => {
    const effectiveFrom = values.effectiveFrom ? values.effectiveFrom.format('YYYY-MM-DD') : null;
    const note = values.note?.trim() ? values.note.trim() : null;
    try {
      if (mode?.kind === 'edit') {
        await update.mutateAsync({ title: values.title.trim(), effectiveFrom, note });
        void message.success(t('catalogues.messages.saved'));
      } else {
        const created = await create.mutateAsync({
          kind: values.kind,
          ownerAgencyId: values.ownerAgencyId,
          title: values.title.trim(),
          effectiveFrom,
          note,
          basedOnId: values.basedOnId ?? null,
        });
        void message.success(t('catalogues.messages.created', { version: created.version }));
        navigate(`/catalogues/${created.id}`);
      }
      onClose();
    } catch (error) {
      showError(error, form);
    }
  };

  const title =
    mode?.kind === 'edit'
      ? t('catalogues.form.editTitle')
      : mode?.kind === 'newVersion'
        ? t('catalogues.form.newVersionTitle', { version: mode.from.version })
        : t('catalogues.form.createTitle');
  const isEdit = mode?.kind === 'edit';
  const isNewVersion = mode?.kind === 'newVersion';
  const required = (field: string) => [
    { required: true, whitespace: true, message: t('catalogues.form.required', { field }) },
  ];

  return (
    <Drawer
      title={title}
      open={mode !== null}
      onClose={onClose}
      size={isNarrow ? '100%' : 560}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.actions.cancel')}</Button>
          <Button
            type="primary"
            data-testid="catalogue-form-submit"
            loading={create.isPending || update.isPending}
            onClick={() => form.submit()}
          >
            {isEdit ? t('common.actions.save') : t('common.actions.create')}
          </Button>
        </Space>
      }
    >
      <Form<FormValues> form={form} layout="vertical" onFinish={submit}>
        {isEdit ? null : (
          <>
            <Form.Item name="kind" label={t('catalogues.form.kind')} rules={[{ required: true }]}>
              <Select
                disabled={isNewVersion}
                options={catalogueKinds.map((value) => ({
                  value,
                  label: `${t(`catalogues.kinds.${value}`)}（${catalogueKindFeatures[value]}）`,
                }))}
                onChange={() => form.setFieldValue('basedOnId', undefined)}
              />
            </Form.Item>
            <Form.Item
              name="ownerAgencyId"
              label={t('catalogues.form.owner')}
              rules={[
                {
                  required: true,
                  message: t('catalogues.form.required', { field: t('catalogues.form.owner') }),
                },
              ]}
            >
              <AgencyTreeSelect />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="title"
          label={t('catalogues.form.titleField')}
          rules={required(t('catalogues.form.titleField'))}
        >
          <Input maxLength={200} data-testid="catalogue-form-title" />
        </Form.Item>
        <Form.Item name="effectiveFrom" label={t('catalogues.form.effectiveFrom')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        {isEdit ? null : (
          <Form.Item name="basedOnId" label={t('catalogues.form.basedOn')}>
            <Select
              allowClear
              disabled={isNewVersion}
              placeholder={t('catalogues.form.basedOnPlaceholder')}
              loading={sources.isFetching}
              options={(sources.data?.items ?? []).map((source) => ({
                value: source.id,
                label: `${source.title}（${source.ownerAgencyName}，${t('catalogues.versionLabel', { version: source.version })}，${source.itemCount}项）`,
              }))}
            />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('catalogues.form.note')}>
          <Input.TextArea rows={4} maxLength={1000} showCount />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
