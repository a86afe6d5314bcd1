import type { InspectionTaskDetail } from '@qingshan/domain';
import { App, Button, DatePicker, Flex, Form, Input, Switch, TimePicker, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../../api/client';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useSession } from '../../auth/session';
import { ProcedureFields, SyncStatus } from './FieldRecordProcedure';
import { type DirtyProps, dateProps, timeProps, touch } from './field-controls';
import { useSaveRecord } from './field-inspections.api';
import {
  changedDraft,
  draftKey,
  type RecordDraft,
  readDraft,
  shouldRestoreDraft,
  writeDraft,
} from './field-inspections.draft';
import { type RecordFormValues, toRecordFormValues, toSaveRecordRequest } from './field-inspections.form';
import { ItemCard } from './RecordItems';

export type SyncState = 'synced' | 'local' | 'syncing' | 'offline' | 'conflict';

export function RecordForm({
  data,
  taskId,
  isDirty,
  onDirtyChange,
}: { data: InspectionTaskDetail; taskId: string } & DirtyProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const { me } = useSession();
  const [form] = Form.useForm<RecordFormValues>();
  const save = useSaveRecord(taskId);
  const isDirtyNow = useRef(isDirty);
  isDirtyNow.current = isDirty;
  const isEntityClosed = Form.useWatch('isEntityClosed', form);
  const recusalAsked = Form.useWatch('recusalAsked', form);
  const recusalAnswer = Form.useWatch('recusalAnswer', form);
  const today = data.today;
  const record = data.record;
  const key = draftKey(me.user.id, taskId);
  const [initialDraft] = useState(() => readDraft(localStorage, key));
  const draft = useRef<RecordDraft | null>(initialDraft);
  const isSyncing = useRef(false);
  const [syncState, setSyncState] = useState<SyncState>(
    shouldRestoreDraft(initialDraft) ? 'local' : 'synced',
  );
  const [isStorageFull, setIsStorageFull] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const itemOrder = data.items.map((item) => item.id);
  const serverValues = () => toRecordFormValues(record, today, data.officers);

  // The server's record replaces the form's values unless the officer is in the middle of editing
  // or this phone holds a draft not yet synced (react-query keeps the same object while unchanged).
  useEffect(() => {
    if (shouldRestoreDraft(draft.current)) {
      form.setFieldsValue(draft.current.values);
      onDirtyChange(true);
    } else if (!isDirtyNow.current) {
      form.setFieldsValue(toRecordFormValues(record, today, data.officers));
    }
  }, [record, today, form, data.officers, onDirtyChange]);

  const keep = (next: RecordDraft) => {
    draft.current = next;
    setIsStorageFull(!writeDraft(localStorage, key, next));
  };

  const sync = async (isManual: boolean) => {
    const pending = draft.current;
    if (!pending || pending.isSynced || isSyncing.current) return;
    isSyncing.current = true;
    setSyncState('syncing');
    try {
      const result = await save.mutateAsync(
        toSaveRecordRequest(pending.values, itemOrder, {
          revision: pending.revision,
          draftId: pending.draftId,
        }),
      );
      const revision = result.record?.revision ?? pending.revision;
      const latest = draft.current;
      if (latest && latest.draftId !== pending.draftId) {
        // Typed on while syncing: that newer version now builds on what was just saved.
        keep({ ...latest, revision });
        isSyncing.current = false;
        void sync(false);
        return;
      }
      keep({ ...pending, revision, isSynced: true });
      onDirtyChange(false);
      setSyncState('synced');
      if (isManual) void message.success(t('randomChecks.fieldInspections.record.saved'));
    } catch (error) {
      if (isApiError(error) && error.code === 'NETWORK') setSyncState('offline');
      else if (isApiError(error) && error.code === 'CONFLICT' && error.field === 'revision')
        setSyncState('conflict');
      else {
        setSyncState('local');
        handleError(error, form);
      }
    } finally {
      isSyncing.current = false;
    }
  };
  const syncNow = useRef(sync);
  syncNow.current = sync;

  useEffect(() => {
    const onOnline = () => void syncNow.current(false);
    window.addEventListener('online', onOnline);
    if (navigator.onLine) onOnline();
    return () => {
      window.removeEventListener('online', onOnline);
      clearTimeout(timer.current);
    };
  }, []);

  const onChange = () => {
    const base = shouldRestoreDraft(draft.current) ? draft.current.revision : (record?.revision ?? 0);
    keep(changedDraft(form.getFieldsValue(true), base, new Date()));
    onDirtyChange(true);
    setSyncState('local');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void syncNow.current(false), 1500);
  };

  const overwriteWithDraft = async () => {
    const fresh = await api.get<InspectionTaskDetail>(`/api/field-inspections/tasks/${taskId}`);
    if (draft.current) keep({ ...draft.current, revision: fresh.record?.revision ?? 0 });
    await sync(true);
  };
  const discardDraft = () => {
    localStorage.removeItem(key);
    draft.current = null;
    form.setFieldsValue(serverValues());
    onDirtyChange(false);
    setSyncState('synced');
  };

  return (
    <Form<RecordFormValues>
      form={form}
      layout="vertical"
      initialValues={shouldRestoreDraft(initialDraft) ? initialDraft.values : serverValues()}
      onValuesChange={onChange}
      onFinish={() => {
        if (!draft.current || draft.current.isSynced)
          keep(changedDraft(form.getFieldsValue(true), record?.revision ?? 0, new Date()));
        void sync(true);
      }}
      requiredMark={false}
    >
      <SyncStatus
        state={syncState}
        isStorageFull={isStorageFull}
        onOverwrite={overwriteWithDraft}
        onDiscard={discardDraft}
      />
      <Form.Item
        name="inspectedOn"
        label={t('randomChecks.fieldInspections.record.inspectedOn')}
        {...dateProps}
      >
        <DatePicker
          {...touch}
          style={{ width: '100%' }}
          inputReadOnly
          allowClear={false}
          disabledDate={(day) =>
            day.format('YYYY-MM-DD') > today || day.format('YYYY-MM-DD') < data.plan.inspectionStartsOn
          }
          data-testid="record-inspected-on"
        />
      </Form.Item>
      <Flex gap={8}>
        <Form.Item
          name="startedAt"
          label={t('randomChecks.fieldInspections.record.startedAt')}
          style={{ flex: 1 }}
          {...timeProps}
        >
          <TimePicker
            {...touch}
            format="HH:mm"
            inputReadOnly
            style={{ width: '100%' }}
            data-testid="record-started-at"
          />
        </Form.Item>
        <Form.Item
          name="endedAt"
          label={t('randomChecks.fieldInspections.record.endedAt')}
          style={{ flex: 1 }}
          {...timeProps}
        >
          <TimePicker
            {...touch}
            format="HH:mm"
            inputReadOnly
            style={{ width: '100%' }}
            data-testid="record-ended-at"
          />
        </Form.Item>
      </Flex>
      <Form.Item
        name="location"
        label={t('randomChecks.fieldInspections.record.location')}
        extra={
          data.entity.address ? (
            <Button
              type="link"
              size="small"
              style={{ padding: 0 }}
              onClick={() => {
                form.setFieldValue('location', data.entity.address);
                onChange();
              }}
            >
              {t('randomChecks.fieldInspections.record.useAddress')}
            </Button>
          ) : null
        }
      >
        <Input
          {...touch}
          placeholder={t('randomChecks.fieldInspections.record.locationPlaceholder')}
          maxLength={200}
        />
      </Form.Item>
      <Flex gap={8} wrap>
        <Form.Item
          name="personPresent"
          label={t('randomChecks.fieldInspections.record.personPresent')}
          style={{ flex: '1 1 150px' }}
        >
          <Input {...touch} maxLength={40} />
        </Form.Item>
        <Form.Item
          name="personPresentPosition"
          label={t('randomChecks.fieldInspections.record.personPresentPosition')}
          style={{ flex: '1 1 150px' }}
        >
          <Input {...touch} maxLength={40} />
        </Form.Item>
      </Flex>
      <Flex gap={8} wrap>
        <Form.Item
          name="personPresentIdNumber"
          label={t('randomChecks.fieldInspections.record.personPresentIdNumber')}
          style={{ flex: '1 1 150px' }}
        >
          <Input {...touch} maxLength={30} />
        </Form.Item>
        <Form.Item
          name="personPresentPhone"
          label={t('randomChecks.fieldInspections.record.personPresentPhone')}
          style={{ flex: '1 1 150px' }}
        >
          <Input {...touch} maxLength={30} inputMode="tel" />
        </Form.Item>
      </Flex>
      {isEntityClosed ? null : (
        <ProcedureFields
          officers={data.officers}
          recusalAsked={Boolean(recusalAsked)}
          recusalAnswer={recusalAnswer}
        />
      )}
      <Form.Item
        name="isEntityClosed"
        label={t('randomChecks.fieldInspections.record.isEntityClosed')}
        valuePropName="checked"
        extra={t('randomChecks.fieldInspections.record.isEntityClosedHelp')}
      >
        <Switch />
      </Form.Item>

      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('randomChecks.fieldInspections.record.items')}
      </Typography.Title>
      <Flex vertical gap={10} style={{ marginBottom: 16 }}>
        {data.items.map((item, index) => (
          <ItemCard key={item.id} item={item} index={index} isOptional={Boolean(isEntityClosed)} />
        ))}
      </Flex>

      <Form.Item name="observations" label={t('randomChecks.fieldInspections.record.observations')}>
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={4000}
          placeholder={t('randomChecks.fieldInspections.record.observationsPlaceholder')}
        />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        block
        {...touch}
        loading={syncState === 'syncing'}
        data-testid="record-save"
      >
        {t('randomChecks.fieldInspections.draft.syncNow')}
      </Button>
    </Form>
  );
}
