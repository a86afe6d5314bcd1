import {
  CameraOutlined,
  CheckCircleFilled,
  ClockCircleOutlined,
  DeleteOutlined,
  EnvironmentOutlined,
  PhoneOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import {
  type InspectionFindingDisposition,
  type InspectionTaskDetail,
  type InspectionTaskItem,
  inspectionFindingDispositions,
  inspectionItemResults,
  isRectificationDisposition,
  maxInspectionPhotoBytes,
  type RandomCheckTaskStatus,
} from '@qingshan/domain';
import {
  Alert,
  App,
  Button,
  Card,
  Collapse,
  DatePicker,
  Descriptions,
  Drawer,
  Empty,
  Flex,
  Form,
  Grid,
  Image,
  Input,
  List,
  Popconfirm,
  Radio,
  Select,
  Space,
  Spin,
  Switch,
  Tag,
  TimePicker,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, isApiError } from '../../../api/client';
import { ErrorResult } from '../../../components/ErrorResult';
import { PageContainer } from '../../../components/PageContainer';
import { PageLoading } from '../../../components/PageLoading';
import { dayjs, formatDateTime } from '../../../lib/dates';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useSession } from '../../auth/session';
import { ProcedureFields, SyncStatus } from './FieldRecordProcedure';
import { DocumentActions, SignaturesSection } from './FieldSignatures';
import {
  changedDraft,
  draftKey,
  type RecordDraft,
  readDraft,
  shouldRestoreDraft,
  writeDraft,
} from './field-inspections.draft';
import './field-inspections.print.css';
import {
  photoUrl,
  useAddFinding,
  useAddPhoto,
  useConfirmRecord,
  useInspectionTask,
  useRemoveFinding,
  useRemovePhoto,
  useSaveRecord,
} from './field-inspections.api';
import {
  base64OfDataUrl,
  photoMediaTypeOf,
  type RecordFormValues,
  shortenFingerprint,
  toRecordFormValues,
  toSaveRecordRequest,
} from './field-inspections.form';

const statusColors: Record<RandomCheckTaskStatus, string> = {
  pending: 'blue',
  recorded: 'gold',
  completed: 'green',
};
const dispositionColors: Record<InspectionFindingDisposition, string> = {
  rectification: 'orange',
  case_referral: 'red',
  both: 'volcano',
};
/** Large touch targets on a phone (antd's large controls are 40 px high). */
const touch = { size: 'large' as const };

/** 现场检查笔录 (DR-5), phone first: one column of cards, large controls, no tables. */
export default function FieldInspectionPage() {
  const { t } = useTranslation();
  const { taskId = '' } = useParams();
  const detail = useInspectionTask(taskId);
  // The record form's unsaved changes: the officers confirm only what is saved.
  const [isDirty, setIsDirty] = useState(false);
  if (detail.isLoading) return <PageLoading />;
  if (detail.isError || !detail.data) {
    return (
      <PageContainer
        title={t('layout.menu.fieldInspectionDetail')}
        breadcrumb={[{ title: t('randomChecks.fieldInspections.detail.back'), to: '/field-inspections' }]}
      >
        <ErrorResult error={detail.error} onRetry={() => void detail.refetch()} />
      </PageContainer>
    );
  }
  const data = detail.data;
  return (
    <PageContainer
      title={data.entity.name}
      breadcrumb={[
        { title: t('randomChecks.fieldInspections.detail.back'), to: '/field-inspections' },
        { title: data.plan.number },
      ]}
    >
      <Flex vertical gap={12} style={{ maxWidth: 820 }} data-testid="field-inspection">
        <TaskSummary data={data} />
        <EntityCard data={data} />
        <OfficersCard data={data} />
        <RecordSection data={data} taskId={taskId} isDirty={isDirty} onDirtyChange={setIsDirty} />
        <PhotosSection data={data} taskId={taskId} />
        <FindingsSection data={data} taskId={taskId} />
        <SignaturesSection data={data} taskId={taskId} isDirty={isDirty} />
        <DocumentActions data={data} />
        <ConfirmSection data={data} taskId={taskId} isDirty={isDirty} />
      </Flex>
    </PageContainer>
  );
}

function TaskSummary({ data }: { data: InspectionTaskDetail }) {
  const { t } = useTranslation();
  const { task, plan } = data;
  return (
    <Card size="small" data-testid="field-task-summary">
      <Flex vertical gap={6}>
        <Space size={[4, 4]} wrap>
          <Tag color={statusColors[task.status]} data-testid="field-task-status">
            {t(`randomChecks.fieldInspections.labels.status.${task.status}`)}
          </Tag>
          {task.outcome ? (
            <Tag color={task.outcome === 'problem_found' ? 'red' : 'default'}>
              {t(`randomChecks.fieldInspections.labels.outcome.${task.outcome}`)}
            </Tag>
          ) : null}
          {task.isOverdue ? <Tag color="red">{t('randomChecks.fieldInspections.list.overdue')}</Tag> : null}
          <Tag>{t(`randomChecks.fieldInspections.labels.stratum.${task.stratum}`)}</Tag>
          {data.viewer.canEdit ? null : <Tag>{t('randomChecks.fieldInspections.detail.readOnly')}</Tag>}
        </Space>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('randomChecks.fieldInspections.detail.plan')}：{plan.title}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('randomChecks.fieldInspections.detail.planLine', {
            number: plan.number,
            agency: plan.agencyName,
          })}
        </Typography.Text>
        <Typography.Text type={task.isOverdue ? 'danger' : undefined} strong={task.isOverdue}>
          <ClockCircleOutlined /> {t('randomChecks.fieldInspections.detail.dueOn')}：{task.resultsDueOn}
          {task.resultsDueOn !== plan.inspectionDueOn
            ? t('randomChecks.fieldInspections.detail.dueOnMoved', { date: plan.inspectionDueOn })
            : ''}
          {task.isOverdue ? ` · ${t('randomChecks.fieldInspections.detail.overdue')}` : ''}
        </Typography.Text>
        {plan.jointDepartments.length > 0 ? (
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('randomChecks.fieldInspections.detail.jointDepartments', {
              names: plan.jointDepartments.join('、'),
            })}
          </Typography.Text>
        ) : null}
      </Flex>
    </Card>
  );
}

function EntityCard({ data }: { data: InspectionTaskDetail }) {
  const { t } = useTranslation();
  const { entity } = data;
  const items: { key: string; label: string; children: ReactNode }[] = [
    {
      key: 'creditCode',
      label: t('randomChecks.fieldInspections.entity.creditCode'),
      children: <Typography.Text copyable>{entity.creditCode}</Typography.Text>,
    },
    {
      key: 'address',
      label: t('randomChecks.fieldInspections.entity.address'),
      children: entity.address ?? '—',
    },
    { key: 'region', label: t('randomChecks.fieldInspections.entity.region'), children: entity.regionName },
  ];
  if (entity.longitude !== null && entity.latitude !== null) {
    items.push({
      key: 'coordinates',
      label: t('randomChecks.fieldInspections.entity.coordinates'),
      children: (
        <a
          href={`geo:${entity.latitude},${entity.longitude}`}
          title={t('randomChecks.fieldInspections.entity.openMap')}
        >
          <EnvironmentOutlined /> {entity.longitude.toFixed(5)}, {entity.latitude.toFixed(5)}
        </a>
      ),
    });
  }
  items.push(
    {
      key: 'legalRepresentative',
      label: t('randomChecks.fieldInspections.entity.legalRepresentative'),
      children: entity.legalRepresentative ?? '—',
    },
    {
      key: 'contact',
      label: t('randomChecks.fieldInspections.entity.contact'),
      children: entity.contactPerson ? (
        <Space size={8} wrap>
          <span>{entity.contactPerson}</span>
          {entity.contactPhone ? (
            <a href={`tel:${entity.contactPhone}`}>
              <PhoneOutlined /> {entity.contactPhone}
            </a>
          ) : null}
        </Space>
      ) : (
        '—'
      ),
    },
    {
      key: 'industry',
      label: t('randomChecks.fieldInspections.entity.industry'),
      children: `${entity.industryName}（${entity.industryCode}）`,
    },
    {
      key: 'permit',
      label: t('randomChecks.fieldInspections.entity.permit'),
      children: entity.permitNumber ? (
        <Flex vertical>
          <Typography.Text copyable style={{ wordBreak: 'break-all' }}>
            {entity.permitNumber}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {entity.permitClass
              ? t(`randomChecks.fieldInspections.labels.permitClass.${entity.permitClass}`)
              : ''}
            {entity.permitValidUntil
              ? ` · ${t('randomChecks.fieldInspections.entity.permitValidUntil', { date: entity.permitValidUntil })}`
              : ''}
          </Typography.Text>
        </Flex>
      ) : (
        t('randomChecks.fieldInspections.entity.permitNone')
      ),
    },
    {
      key: 'operatingStatus',
      label: t('randomChecks.fieldInspections.entity.operatingStatus'),
      children: t(`randomChecks.fieldInspections.labels.operatingStatus.${entity.operatingStatus}`),
    },
  );
  if (entity.keyPolluterMedia.length > 0 || entity.isSpecialSupervision) {
    items.push({
      key: 'lists',
      label: t('randomChecks.fieldInspections.entity.keyPolluter'),
      children: (
        <Space size={[4, 4]} wrap>
          {entity.keyPolluterMedia.map((medium) => (
            <Tag key={medium} color="volcano">
              {t(`randomChecks.fieldInspections.labels.keyPolluterMedium.${medium}`)}
            </Tag>
          ))}
          {entity.isSpecialSupervision ? (
            <Tag color="purple">{t('randomChecks.fieldInspections.entity.specialSupervision')}</Tag>
          ) : null}
        </Space>
      ),
    });
  }
  return (
    <Card size="small" title={t('randomChecks.fieldInspections.entity.title')} data-testid="field-entity">
      <Descriptions column={1} size="small" items={items} />
    </Card>
  );
}

function OfficersCard({ data }: { data: InspectionTaskDetail }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('randomChecks.fieldInspections.officers.title')}>
      <List
        size="small"
        dataSource={data.officers}
        data-testid="field-officers"
        renderItem={(officer) => (
          <List.Item style={{ paddingInline: 0 }}>
            <Flex vertical gap={2} style={{ width: '100%' }}>
              <Space size={6} wrap>
                <Typography.Text strong>{officer.name}</Typography.Text>
                <Tag>{t(`randomChecks.fieldInspections.labels.role.${officer.role}`)}</Tag>
                {officer.isMe ? (
                  <Tag color="blue">{t('randomChecks.fieldInspections.officers.me')}</Tag>
                ) : null}
              </Space>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {officer.agencyName} ·{' '}
                {officer.certificateNumber
                  ? t('randomChecks.fieldInspections.officers.certificate', {
                      number: officer.certificateNumber,
                    })
                  : t('randomChecks.fieldInspections.officers.noCertificate')}
              </Typography.Text>
              <Typography.Text
                style={{ fontSize: 13 }}
                type={officer.confirmedAt ? 'success' : 'secondary'}
                data-testid="field-officer-confirmation"
              >
                {officer.confirmedAt ? (
                  <>
                    <CheckCircleFilled />{' '}
                    {t('randomChecks.fieldInspections.officers.confirmedAt', {
                      time: formatDateTime(officer.confirmedAt),
                    })}
                  </>
                ) : officer.hasAccount ? (
                  t('randomChecks.fieldInspections.officers.waiting')
                ) : (
                  t('randomChecks.fieldInspections.officers.noAccount')
                )}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}

// ---------------------------------------------------------------------------------------------
// The record form
// ---------------------------------------------------------------------------------------------

const dateProps = {
  getValueProps: (value: string | null) => ({ value: value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null),
};
const timeProps = {
  getValueProps: (value: string | null) => ({ value: value ? dayjs(`2000-01-01T${value}`) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format('HH:mm') : null),
};

interface DirtyProps {
  isDirty: boolean;
  onDirtyChange: (isDirty: boolean) => void;
}

function RecordSection({
  data,
  taskId,
  ...dirty
}: { data: InspectionTaskDetail; taskId: string } & DirtyProps) {
  const { t } = useTranslation();
  if (!data.viewer.canEdit) return <RecordView data={data} />;
  return (
    <Card size="small" title={t('randomChecks.fieldInspections.record.title')} data-testid="field-record">
      <RecordForm data={data} taskId={taskId} {...dirty} />
    </Card>
  );
}

type SyncState = 'synced' | 'local' | 'syncing' | 'offline' | 'conflict';

function RecordForm({
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

function LegalBases({ item }: { item: InspectionTaskItem }) {
  const { t } = useTranslation();
  if (item.legalBases.length === 0 && !item.content) return null;
  return (
    <Collapse
      ghost
      size="small"
      items={[
        {
          key: 'basis',
          label: (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t('randomChecks.fieldInspections.record.itemContent')} ·{' '}
              {t('randomChecks.fieldInspections.record.legalBasis')}
            </Typography.Text>
          ),
          children: (
            <Flex vertical gap={6}>
              {item.content ? (
                <Typography.Paragraph style={{ margin: 0 }}>{item.content}</Typography.Paragraph>
              ) : null}
              {item.legalBases.map((basis) => (
                <div key={`${basis.law}${basis.article}`}>
                  <Typography.Text strong style={{ fontSize: 13 }}>
                    {basis.law}
                    {basis.article}
                  </Typography.Text>
                  {basis.text ? (
                    <Typography.Paragraph type="secondary" style={{ fontSize: 13, margin: 0 }}>
                      {basis.text}
                    </Typography.Paragraph>
                  ) : null}
                </div>
              ))}
            </Flex>
          ),
        },
      ]}
    />
  );
}

function ItemCard({
  item,
  index,
  isOptional,
}: {
  item: InspectionTaskItem;
  index: number;
  isOptional: boolean;
}) {
  const { t } = useTranslation();
  const result = Form.useWatch(['items', item.id, 'result']);
  return (
    <Card
      size="small"
      type="inner"
      data-testid={`record-item-${index}`}
      styles={{ body: { padding: 12 } }}
      style={result === 'non_compliant' ? { borderColor: '#ff7875' } : undefined}
    >
      <Typography.Text strong>
        {index + 1}. {item.name}
      </Typography.Text>
      <LegalBases item={item} />
      <Form.Item name={['items', item.id, 'result']} style={{ marginBottom: 8 }} required={!isOptional}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          size="large"
          style={{ display: 'flex', width: '100%' }}
          options={inspectionItemResults.map((value) => ({
            value,
            label: t(`randomChecks.fieldInspections.labels.result.${value}`),
            style: { flex: 1, textAlign: 'center', paddingInline: 4 },
          }))}
        />
      </Form.Item>
      <Form.Item name={['items', item.id, 'note']} style={{ marginBottom: 0 }}>
        <Input.TextArea
          autoSize={{ minRows: 1, maxRows: 4 }}
          maxLength={500}
          placeholder={
            result === 'non_compliant'
              ? t('randomChecks.fieldInspections.record.notePlaceholder')
              : t('randomChecks.fieldInspections.record.note')
          }
        />
      </Form.Item>
    </Card>
  );
}

/** What a reader who may not edit sees: the record as text. */
function RecordView({ data }: { data: InspectionTaskDetail }) {
  const { t } = useTranslation();
  const record = data.record;
  if (!record) {
    return (
      <Card size="small" title={t('randomChecks.fieldInspections.record.title')}>
        <Empty description={t('randomChecks.fieldInspections.record.notFilled')} />
      </Card>
    );
  }
  const results = new Map(record.itemResults.map((item) => [item.itemId, item]));
  const time = (moment: string | null) => (moment ? formatDateTime(moment).slice(11) : '—');
  return (
    <Card
      size="small"
      title={t('randomChecks.fieldInspections.record.title')}
      data-testid="field-record-view"
    >
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'date',
            label: t('randomChecks.fieldInspections.record.inspectedOn'),
            children: record.inspectedOn,
          },
          {
            key: 'time',
            label: t('randomChecks.fieldInspections.record.time'),
            children: t('randomChecks.fieldInspections.record.timeRange', {
              start: time(record.startedAt),
              end: time(record.endedAt),
            }),
          },
          {
            key: 'location',
            label: t('randomChecks.fieldInspections.record.location'),
            children: record.location ?? '—',
          },
          {
            key: 'person',
            label: t('randomChecks.fieldInspections.record.personPresent'),
            children: [record.personPresent, record.personPresentPosition].filter(Boolean).join('，') || '—',
          },
          ...(record.isEntityClosed
            ? [
                {
                  key: 'closed',
                  label: t('randomChecks.fieldInspections.record.isEntityClosed'),
                  children: '✓',
                },
              ]
            : []),
          {
            key: 'observations',
            label: t('randomChecks.fieldInspections.record.observations'),
            children: <span style={{ whiteSpace: 'pre-wrap' }}>{record.observations ?? '—'}</span>,
          },
        ]}
      />
      <List
        size="small"
        header={<Typography.Text strong>{t('randomChecks.fieldInspections.record.items')}</Typography.Text>}
        dataSource={data.items}
        renderItem={(item, index) => {
          const result = results.get(item.id);
          return (
            <List.Item style={{ paddingInline: 0 }}>
              <Flex vertical gap={4} style={{ width: '100%' }}>
                <Flex justify="space-between" gap={8}>
                  <Typography.Text>
                    {index + 1}. {item.name}
                  </Typography.Text>
                  {result ? (
                    <Tag
                      color={
                        result.result === 'non_compliant'
                          ? 'red'
                          : result.result === 'compliant'
                            ? 'green'
                            : 'default'
                      }
                    >
                      {t(`randomChecks.fieldInspections.labels.result.${result.result}`)}
                    </Tag>
                  ) : (
                    <Tag>—</Tag>
                  )}
                </Flex>
                {result?.note ? (
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {result.note}
                  </Typography.Text>
                ) : null}
              </Flex>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}

// ---------------------------------------------------------------------------------------------
// Photos
// ---------------------------------------------------------------------------------------------

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** HEIC/HEIF photos are kept as taken, but most browsers cannot show them. */
function isBrowserImage(mediaType: string): boolean {
  return mediaType === 'image/jpeg' || mediaType === 'image/png' || mediaType === 'image/webp';
}

function PhotosSection({ data, taskId }: { data: InspectionTaskDetail; taskId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const addPhoto = useAddPhoto(taskId);
  const removePhoto = useRemovePhoto(taskId);
  const input = useRef<HTMLInputElement>(null);
  const canEdit = data.viewer.canEdit;
  const maxMegabytes = maxInspectionPhotoBytes / 1024 / 1024;

  const upload = async (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) {
      const mediaType = photoMediaTypeOf(file);
      if (!mediaType) {
        void message.error(t('randomChecks.fieldInspections.photos.wrongType'));
        continue;
      }
      if (file.size > maxInspectionPhotoBytes) {
        void message.error(t('randomChecks.fieldInspections.photos.tooLarge', { size: maxMegabytes }));
        continue;
      }
      try {
        const photo = await addPhoto.mutateAsync({
          fileName: file.name || 'photo.jpg',
          mediaType,
          contentBase64: base64OfDataUrl(await readAsDataUrl(file)),
          takenAt: file.lastModified ? new Date(Math.min(file.lastModified, Date.now())).toISOString() : null,
        });
        void message.success(
          t('randomChecks.fieldInspections.photos.uploaded', {
            fingerprint: shortenFingerprint(photo.sha256),
          }),
        );
      } catch (error) {
        handleError(error);
      }
    }
    if (input.current) input.current.value = '';
  };

  return (
    <Card
      size="small"
      title={t('randomChecks.fieldInspections.photos.title')}
      data-testid="field-photos"
      extra={<Typography.Text type="secondary">{data.photos.length}</Typography.Text>}
    >
      {canEdit ? (
        <>
          <input
            ref={input}
            type="file"
            accept="image/*"
            capture="environment"
            multiple
            hidden
            onChange={(event) => void upload(event.target.files)}
            data-testid="photo-input"
          />
          <Button
            block
            {...touch}
            icon={<CameraOutlined />}
            loading={addPhoto.isPending}
            onClick={() => input.current?.click()}
            style={{ marginBottom: 12 }}
            data-testid="photo-take"
          >
            {addPhoto.isPending
              ? t('randomChecks.fieldInspections.photos.uploading')
              : t('randomChecks.fieldInspections.photos.take')}
          </Button>
        </>
      ) : null}
      {data.photos.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('randomChecks.fieldInspections.photos.empty')}
        />
      ) : (
        <Image.PreviewGroup>
          <div
            style={{
              display: 'grid',
              gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))',
              gap: 10,
            }}
          >
            {data.photos.map((photo) => (
              <Card
                key={photo.id}
                size="small"
                styles={{ body: { padding: 8 } }}
                data-testid="photo-card"
                cover={
                  isBrowserImage(photo.mediaType) ? (
                    <Image
                      src={photoUrl(taskId, photo.id)}
                      alt={photo.caption ?? photo.fileName}
                      height={130}
                      width="100%"
                      style={{ objectFit: 'cover' }}
                    />
                  ) : (
                    <Flex
                      align="center"
                      justify="center"
                      style={{ height: 130, background: '#fafafa', color: '#8c8c8c', fontSize: 12 }}
                    >
                      <a href={photoUrl(taskId, photo.id)} download={photo.fileName}>
                        {t('randomChecks.fieldInspections.photos.noPreview')}
                      </a>
                    </Flex>
                  )
                }
              >
                <Flex vertical gap={2}>
                  <Typography.Text ellipsis style={{ fontSize: 12 }}>
                    {photo.caption ?? photo.fileName}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 11 }}>
                    {t('randomChecks.fieldInspections.photos.bytes', {
                      size: Math.max(1, Math.round(photo.byteSize / 1024)),
                    })}{' '}
                    · {formatDateTime(photo.createdAt).slice(5)}
                  </Typography.Text>
                  <Typography.Text
                    code
                    style={{ fontSize: 11 }}
                    copyable={{
                      text: photo.sha256,
                      tooltips: [
                        t('randomChecks.fieldInspections.photos.copy'),
                        t('randomChecks.fieldInspections.photos.copied'),
                      ],
                    }}
                    data-testid="photo-fingerprint"
                    title={photo.sha256}
                  >
                    {shortenFingerprint(photo.sha256)}
                  </Typography.Text>
                  {canEdit ? (
                    <Popconfirm
                      title={t('randomChecks.fieldInspections.photos.removeConfirm')}
                      onConfirm={async () => {
                        try {
                          await removePhoto.mutateAsync(photo.id);
                          void message.success(t('randomChecks.fieldInspections.photos.removed'));
                        } catch (error) {
                          handleError(error);
                        }
                      }}
                    >
                      <Button size="small" danger type="text" icon={<DeleteOutlined />}>
                        {t('randomChecks.fieldInspections.photos.remove')}
                      </Button>
                    </Popconfirm>
                  ) : null}
                </Flex>
              </Card>
            ))}
          </div>
        </Image.PreviewGroup>
      )}
    </Card>
  );
}

// ---------------------------------------------------------------------------------------------
// Findings
// ---------------------------------------------------------------------------------------------

interface FindingFormValues {
  catalogueItemId: string;
  description: string;
  disposition: InspectionFindingDisposition;
  rectificationDueOn: string | null;
}
const noItem = 'none';

function FindingsSection({ data, taskId }: { data: InspectionTaskDetail; taskId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const removeFinding = useRemoveFinding(taskId);
  const [isAdding, setIsAdding] = useState(false);
  const canEdit = data.viewer.canEdit;
  return (
    <Card
      size="small"
      title={t('randomChecks.fieldInspections.findings.title')}
      data-testid="field-findings"
      extra={
        canEdit ? (
          <Button
            type="primary"
            ghost
            icon={<PlusOutlined />}
            onClick={() => setIsAdding(true)}
            data-testid="finding-add"
          >
            {t('randomChecks.fieldInspections.findings.add')}
          </Button>
        ) : null
      }
    >
      {data.findings.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('randomChecks.fieldInspections.findings.empty')}
        />
      ) : (
        <List
          size="small"
          dataSource={data.findings}
          renderItem={(finding) => (
            <List.Item style={{ paddingInline: 0 }} data-testid="finding-row">
              <Flex vertical gap={4} style={{ width: '100%' }}>
                <Space size={[4, 4]} wrap>
                  <Tag color={dispositionColors[finding.disposition]}>
                    {t(`randomChecks.fieldInspections.labels.disposition.${finding.disposition}`)}
                  </Tag>
                  {finding.rectificationDueOn ? (
                    <Typography.Text type="warning" style={{ fontSize: 13 }}>
                      {t('randomChecks.fieldInspections.findings.dueOn', {
                        date: finding.rectificationDueOn,
                      })}
                    </Typography.Text>
                  ) : null}
                </Space>
                <Typography.Text>{finding.description}</Typography.Text>
                {finding.itemName ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {finding.itemName}
                  </Typography.Text>
                ) : null}
                {canEdit ? (
                  <Popconfirm
                    title={t('randomChecks.fieldInspections.findings.removeConfirm')}
                    onConfirm={async () => {
                      try {
                        await removeFinding.mutateAsync(finding.id);
                        void message.success(t('randomChecks.fieldInspections.findings.removed'));
                      } catch (error) {
                        handleError(error);
                      }
                    }}
                  >
                    <Button
                      size="small"
                      danger
                      type="text"
                      icon={<DeleteOutlined />}
                      style={{ alignSelf: 'flex-start' }}
                    >
                      {t('randomChecks.fieldInspections.findings.remove')}
                    </Button>
                  </Popconfirm>
                ) : null}
              </Flex>
            </List.Item>
          )}
        />
      )}
      {canEdit ? (
        <FindingDrawer data={data} taskId={taskId} open={isAdding} onClose={() => setIsAdding(false)} />
      ) : null}
    </Card>
  );
}

function FindingDrawer({
  data,
  taskId,
  open,
  onClose,
}: {
  data: InspectionTaskDetail;
  taskId: string;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const isNarrow = Grid.useBreakpoint().sm === false;
  const [form] = Form.useForm<FindingFormValues>();
  const addFinding = useAddFinding(taskId);
  const disposition = Form.useWatch('disposition', form);
  const needsDueOn = disposition ? isRectificationDisposition(disposition) : false;

  const submit = async (values: FindingFormValues) => {
    try {
      await addFinding.mutateAsync({
        catalogueItemId: values.catalogueItemId === noItem ? null : values.catalogueItemId,
        description: values.description,
        disposition: values.disposition,
        rectificationDueOn: needsDueOn ? values.rectificationDueOn : null,
      });
      void message.success(t('randomChecks.fieldInspections.findings.added'));
      form.resetFields();
      onClose();
    } catch (error) {
      handleError(error, form);
    }
  };

  const nonCompliant = data.record?.itemResults.find((item) => item.result === 'non_compliant')?.itemId;
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('randomChecks.fieldInspections.findings.add')}
      placement={isNarrow ? 'bottom' : 'right'}
      size={isNarrow ? '85%' : 480}
      destroyOnHidden
      data-testid="finding-drawer"
    >
      <Form<FindingFormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          catalogueItemId: nonCompliant ?? noItem,
          disposition: 'rectification',
          rectificationDueOn: null,
        }}
      >
        <Form.Item name="catalogueItemId" label={t('randomChecks.fieldInspections.findings.item')}>
          <Select
            {...touch}
            options={[
              ...data.items.map((item) => ({ value: item.id, label: item.name })),
              { value: noItem, label: t('randomChecks.fieldInspections.findings.itemNone') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('randomChecks.fieldInspections.findings.description')}
          rules={[
            {
              required: true,
              min: 4,
              message: t('randomChecks.fieldInspections.findings.descriptionPlaceholder'),
            },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={1000}
            placeholder={t('randomChecks.fieldInspections.findings.descriptionPlaceholder')}
            data-testid="finding-description"
          />
        </Form.Item>
        <Form.Item name="disposition" label={t('randomChecks.fieldInspections.findings.disposition')}>
          <Radio.Group style={{ width: '100%' }}>
            <Flex vertical gap={8}>
              {inspectionFindingDispositions.map((value) => (
                <Radio key={value} value={value} style={{ fontSize: 15, paddingBlock: 4 }}>
                  {t(`randomChecks.fieldInspections.labels.disposition.${value}`)}
                </Radio>
              ))}
            </Flex>
          </Radio.Group>
        </Form.Item>
        {needsDueOn ? (
          <Form.Item
            name="rectificationDueOn"
            label={t('randomChecks.fieldInspections.findings.rectificationDueOn')}
            rules={[
              { required: true, message: t('randomChecks.fieldInspections.findings.rectificationDueOn') },
            ]}
            {...dateProps}
          >
            <DatePicker
              {...touch}
              style={{ width: '100%' }}
              inputReadOnly
              disabledDate={(day) => day.format('YYYY-MM-DD') <= data.today}
              data-testid="finding-due-on"
            />
          </Form.Item>
        ) : null}
        <Button
          type="primary"
          htmlType="submit"
          block
          {...touch}
          loading={addFinding.isPending}
          data-testid="finding-submit"
        >
          {t('randomChecks.fieldInspections.findings.submit')}
        </Button>
      </Form>
    </Drawer>
  );
}

// ---------------------------------------------------------------------------------------------
// Confirmation
// ---------------------------------------------------------------------------------------------

function ConfirmSection({
  data,
  taskId,
  isDirty,
}: {
  data: InspectionTaskDetail;
  taskId: string;
  isDirty: boolean;
}) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const handleError = useApiErrorHandler();
  const confirm = useConfirmRecord(taskId);
  const { task, viewer } = data;

  if (task.status === 'completed') {
    return (
      <Alert
        type="success"
        showIcon
        data-testid="field-completed"
        title={t('randomChecks.fieldInspections.detail.completed', {
          time: formatDateTime(task.completedAt),
          outcome: task.outcome ? t(`randomChecks.fieldInspections.labels.outcome.${task.outcome}`) : '',
        })}
      />
    );
  }
  if (!viewer.isAssigned) return null;
  const waitingFor = data.officers
    .filter((officer) => officer.hasAccount && !officer.confirmedAt && !officer.isMe)
    .map((officer) => officer.name);

  const onConfirm = () => {
    if (isDirty) {
      void message.warning(t('randomChecks.fieldInspections.confirm.saveFirst'));
      return;
    }
    modal.confirm({
      title: t('randomChecks.fieldInspections.confirm.confirmTitle'),
      content: t('randomChecks.fieldInspections.confirm.confirmBody'),
      okText: t('randomChecks.fieldInspections.confirm.ok'),
      cancelText: t('common.actions.cancel'),
      onOk: async () => {
        try {
          const result = await confirm.mutateAsync(undefined);
          void message.success(
            result.task.status === 'completed'
              ? t('randomChecks.fieldInspections.confirm.completed')
              : t('randomChecks.fieldInspections.confirm.confirmed'),
          );
        } catch (error) {
          handleError(error);
        }
      },
    });
  };

  return (
    <Card size="small" title={t('randomChecks.fieldInspections.confirm.title')} data-testid="field-confirm">
      <Flex vertical gap={10}>
        {data.gaps.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            title={t('randomChecks.fieldInspections.confirm.gaps')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {data.gaps.map((gap) => (
                  <li key={gap.field}>{gap.message}</li>
                ))}
              </ul>
            }
            data-testid="field-gaps"
          />
        ) : null}
        {viewer.hasConfirmed ? (
          <Typography.Text type="success">
            <CheckCircleFilled /> {t('randomChecks.fieldInspections.confirm.done')}
            {waitingFor.length > 0
              ? ` · ${t('randomChecks.fieldInspections.confirm.waitingFor', { names: waitingFor.join('、') })}`
              : ''}
          </Typography.Text>
        ) : null}
        {isDirty ? (
          <Typography.Text type="warning">
            {t('randomChecks.fieldInspections.confirm.saveFirst')}
          </Typography.Text>
        ) : null}
        {viewer.readOnlyReason ? (
          <Typography.Text type="secondary">{viewer.readOnlyReason}</Typography.Text>
        ) : null}
        <Button
          type="primary"
          block
          {...touch}
          disabled={!viewer.canConfirm}
          loading={confirm.isPending}
          onClick={onConfirm}
          data-testid="record-confirm"
        >
          {viewer.hasConfirmed
            ? t('randomChecks.fieldInspections.confirm.done')
            : t('randomChecks.fieldInspections.confirm.button')}
        </Button>
        {confirm.isPending ? <Spin size="small" /> : null}
      </Flex>
    </Card>
  );
}
