import { CheckCircleFilled, CloudUploadOutlined } from '@ant-design/icons';
import {
  type InspectionTaskOfficer,
  type RecusalAnswer,
  recusalAnswers,
  recusalOutcomes,
} from '@qingshan/domain';
import {
  Alert,
  Button,
  Checkbox,
  Flex,
  Form,
  Input,
  Radio,
  Select,
  Space,
  Switch,
  Tag,
  TimePicker,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { dayjs } from '../../../lib/dates';

const timeProps = {
  getValueProps: (value: string | null) => ({ value: value ? dayjs(`2000-01-01T${value}`) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format('HH:mm') : null),
};

/**
 * 出示执法证件 (行政处罚法 art. 55), 告知权利义务 and the 回避 question (art. 43): the entries that
 * make the 笔录 evidence. Certificate numbers are prefilled from the officers' registry entries.
 */
export function ProcedureFields({
  officers,
  recusalAsked,
  recusalAnswer,
}: {
  officers: readonly InspectionTaskOfficer[];
  recusalAsked: boolean;
  recusalAnswer: RecusalAnswer | null | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={4} data-testid="record-procedure">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('randomChecks.fieldInspections.procedure.certificates')}
      </Typography.Title>
      {officers.map((officer) => (
        <Flex key={officer.officerId} gap={8} align="center" wrap>
          <Form.Item name={['certificates', officer.officerId, 'shown']} valuePropName="checked" noStyle>
            <Checkbox data-testid="record-certificate-shown">{officer.name}</Checkbox>
          </Form.Item>
          <Form.Item name={['certificates', officer.officerId, 'number']} noStyle>
            <Input
              size="large"
              style={{ flex: '1 1 150px' }}
              maxLength={40}
              placeholder={t('randomChecks.fieldInspections.procedure.certificateNumber')}
              aria-label={t('randomChecks.fieldInspections.procedure.certificateNumberOf', {
                name: officer.name,
              })}
            />
          </Form.Item>
        </Flex>
      ))}
      <Form.Item
        name="rightsInformedAt"
        label={t('randomChecks.fieldInspections.procedure.rightsInformedAt')}
        extra={t('randomChecks.fieldInspections.procedure.rightsHelp')}
        style={{ marginTop: 12 }}
        {...timeProps}
      >
        <TimePicker
          size="large"
          format="HH:mm"
          inputReadOnly
          style={{ width: '100%' }}
          data-testid="record-rights-at"
        />
      </Form.Item>
      <Form.Item
        name="recusalAsked"
        label={t('randomChecks.fieldInspections.procedure.recusalAsked')}
        valuePropName="checked"
        extra={t('randomChecks.fieldInspections.procedure.recusalHelp')}
      >
        <Switch data-testid="record-recusal-asked" />
      </Form.Item>
      {recusalAsked ? (
        <Form.Item name="recusalAnswer" label={t('randomChecks.fieldInspections.procedure.recusalAnswer')}>
          <Radio.Group size="large">
            {recusalAnswers.map((answer) => (
              <Radio.Button key={answer} value={answer}>
                {t(`randomChecks.fieldInspections.procedure.answers.${answer}`)}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
      ) : null}
      {recusalAsked && recusalAnswer === 'requested' ? (
        <>
          <Form.Item
            name="recusalOfficerId"
            label={t('randomChecks.fieldInspections.procedure.recusalOfficer')}
          >
            <Select
              size="large"
              options={officers.map((officer) => ({ value: officer.officerId, label: officer.name }))}
            />
          </Form.Item>
          <Form.Item
            name="recusalOutcome"
            label={t('randomChecks.fieldInspections.procedure.recusalOutcome')}
          >
            <Radio.Group size="large">
              {recusalOutcomes.map((outcome) => (
                <Radio.Button key={outcome} value={outcome}>
                  {t(`randomChecks.fieldInspections.procedure.outcomes.${outcome}`)}
                </Radio.Button>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item name="recusalNote" label={t('randomChecks.fieldInspections.procedure.recusalNote')}>
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} />
          </Form.Item>
        </>
      ) : null}
    </Flex>
  );
}

/** Where the draft is: on this phone only, on its way, or on the server. */
export function SyncStatus({
  state,
  isStorageFull,
  onOverwrite,
  onDiscard,
}: {
  state: 'synced' | 'local' | 'syncing' | 'offline' | 'conflict';
  isStorageFull: boolean;
  onOverwrite: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8} style={{ marginBottom: 12 }} data-print-hide>
      <Space wrap>
        {state === 'synced' ? (
          <Tag color="green" icon={<CheckCircleFilled />} data-testid="record-sync-state">
            {t('randomChecks.fieldInspections.draft.synced')}
          </Tag>
        ) : (
          <Tag
            color={state === 'syncing' ? 'blue' : 'orange'}
            icon={<CloudUploadOutlined />}
            data-testid="record-sync-state"
          >
            {state === 'syncing'
              ? t('randomChecks.fieldInspections.draft.syncing')
              : t('randomChecks.fieldInspections.draft.local')}
          </Tag>
        )}
      </Space>
      {state === 'offline' ? (
        <Alert type="warning" showIcon title={t('randomChecks.fieldInspections.draft.offline')} />
      ) : null}
      {isStorageFull ? (
        <Alert type="error" showIcon title={t('randomChecks.fieldInspections.draft.storageFull')} />
      ) : null}
      {state === 'conflict' ? (
        <Alert
          type="error"
          showIcon
          data-testid="record-sync-conflict"
          title={t('randomChecks.fieldInspections.draft.conflict')}
          action={
            <Space direction="vertical">
              <Button size="small" danger onClick={onOverwrite}>
                {t('randomChecks.fieldInspections.draft.overwrite')}
              </Button>
              <Button size="small" onClick={onDiscard}>
                {t('randomChecks.fieldInspections.draft.discard')}
              </Button>
            </Space>
          }
        />
      ) : null}
    </Flex>
  );
}
