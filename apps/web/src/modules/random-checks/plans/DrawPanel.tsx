import { ExperimentOutlined } from '@ant-design/icons';
import type { AnnulledRandomCheckDraw, RandomCheckPlanDetail } from '@qingshan/domain';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  Input,
  Popconfirm,
  Row,
  Space,
  Steps,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import { formatDateTime } from '../../../lib/dates';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useAnnulDraw, useDrawPlan } from './random-checks.api';
import { appendDie } from './random-checks.query';

/** ⚀ … ⚅ */
const dieFaces = ['\u2680', '\u2681', '\u2682', '\u2683', '\u2684', '\u2685'];

interface DrawValues {
  publicEntropy: string;
  witnesses: string;
}

function Digest({ value, testId }: { value: string; testId?: string }) {
  return (
    <Typography.Text
      code
      copyable
      className="qs-digest"
      data-testid={testId}
      style={{ wordBreak: 'break-all' }}
    >
      {value}
    </Typography.Text>
  );
}

/** Earlier draws of the plan, annulled before their inspection day: shown, never hidden. */
export function AnnulledDrawList({
  draws,
  labels,
}: {
  draws: AnnulledRandomCheckDraw[];
  labels: 'randomChecks.draw' | 'randomChecks.public.draw';
}) {
  const { t } = useTranslation();
  if (draws.length === 0) return null;
  return (
    <Card title={t(`${labels}.annulledDraws`)} style={{ marginBottom: 16 }} data-testid="annulled-draws">
      {draws.map((annulled) => (
        <Descriptions key={annulled.commitment} column={1} size="small" bordered style={{ marginBottom: 8 }}>
          <Descriptions.Item label={t('randomChecks.public.draw.commitment')}>
            <Digest value={annulled.commitment} />
          </Descriptions.Item>
          <Descriptions.Item label={t('randomChecks.public.draw.drawnAt')}>
            {formatDateTime(annulled.drawnAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t(`${labels}.annulledAt`)}>
            {formatDateTime(annulled.annulledAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t(`${labels}.annulledReason`)}>
            <span data-testid="annulled-reason">{annulled.reason}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t(`${labels}.annulledTasks`)}>{annulled.taskCount}</Descriptions.Item>
        </Descriptions>
      ))}
    </Card>
  );
}

/** The owner's way back from a draw made in error, before the inspection day (reason required). */
function AnnulDrawCard({ plan }: { plan: RandomCheckPlanDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<{ reason: string }>();
  const annul = useAnnulDraw(plan.id);
  const submit = async (values: { reason: string }) => {
    try {
      await annul.mutateAsync(values);
      void message.success(t('randomChecks.draw.annulled'));
    } catch (error) {
      handleError(error, form);
    }
  };
  return (
    <Card title={t('randomChecks.draw.annulTitle')} style={{ marginTop: 16 }} data-testid="annul-draw">
      <Typography.Paragraph type="secondary">
        {t('randomChecks.draw.annulHelp', { date: plan.inspectionStartsOn })}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item
          name="reason"
          label={t('randomChecks.draw.annulReason')}
          rules={[
            {
              required: true,
              message: t('randomChecks.form.required', { field: t('randomChecks.draw.annulReason') }),
            },
          ]}
        >
          <Input.TextArea
            rows={2}
            maxLength={500}
            placeholder={t('randomChecks.draw.annulReasonPlaceholder')}
            data-testid="annul-reason"
          />
        </Form.Item>
        <Popconfirm
          title={t('randomChecks.draw.annulTitle')}
          description={t('randomChecks.draw.annulHelp', { date: plan.inspectionStartsOn })}
          onConfirm={() => form.submit()}
          okText={t('randomChecks.draw.annulSubmit')}
          okButtonProps={{ danger: true }}
        >
          <Button danger loading={annul.isPending} data-testid="annul-submit">
            {t('randomChecks.draw.annul')}
          </Button>
        </Popconfirm>
      </Form>
    </Card>
  );
}

/**
 * The 抽取 tab (DR-3): how verification works, the commitment published before the draw, the dice
 * entry for the draw meeting, and afterwards the entropy, seed and secret the record publishes.
 */
export function DrawPanel({ plan }: { plan: RandomCheckPlanDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<DrawValues>();
  const draw = useDrawPlan(plan.id);
  const [shortage, setShortage] = useState<{ message: string; lines: string[] } | null>(null);
  const entropy = Form.useWatch('publicEntropy', form) ?? '';
  const step = plan.status === 'draft' ? 0 : plan.status === 'committed' ? 1 : 2;

  const submit = async (values: DrawValues) => {
    setShortage(null);
    try {
      const drawn = await draw.mutateAsync(values);
      void message.success(t('randomChecks.draw.drawn', { count: drawn.taskCount }));
    } catch (error) {
      if (isApiError(error) && error.code === 'RULES_UNSATISFIABLE') {
        setShortage({ message: error.message, lines: (error.issues ?? []).map((issue) => issue.message) });
        return;
      }
      handleError(error, form);
    }
  };

  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <Steps
          current={step}
          status={step === 2 ? 'finish' : 'process'}
          items={[
            {
              title: t('randomChecks.draw.steps.commit'),
              description: t('randomChecks.draw.steps.commitDescription'),
            },
            {
              title: t('randomChecks.draw.steps.draw'),
              description: t('randomChecks.draw.steps.drawDescription'),
            },
            {
              title: t('randomChecks.draw.steps.publish'),
              description: t('randomChecks.draw.steps.publishDescription'),
            },
          ]}
        />
      </Card>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message={t('randomChecks.draw.howTitle')}
        description={
          <div data-testid="draw-explanation">
            {t('randomChecks.draw.how', { returnObjects: true }).map((line) => (
              <Typography.Paragraph key={line} style={{ marginBottom: 4 }}>
                {line}
              </Typography.Paragraph>
            ))}
          </div>
        }
      />
      {plan.commitment === null ? (
        <Alert type="warning" showIcon message={t('randomChecks.draw.notCommitted')} />
      ) : (
        <Card title={t('randomChecks.draw.commitment')} style={{ marginBottom: 16 }}>
          <Digest value={plan.commitment} testId="plan-commitment" />
          {plan.committedAt ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              {t('randomChecks.draw.committedAt')}：{formatDateTime(plan.committedAt)}
            </Typography.Paragraph>
          ) : null}
        </Card>
      )}

      {plan.status === 'committed' ? (
        plan.canDraw ? (
          <Card
            title={t('randomChecks.draw.steps.draw')}
            style={{ marginBottom: 16 }}
            data-testid="draw-panel"
          >
            {shortage ? (
              <Alert
                type="error"
                showIcon
                closable
                onClose={() => setShortage(null)}
                style={{ marginBottom: 16 }}
                message={t('randomChecks.draw.shortageTitle')}
                description={
                  <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="draw-shortage">
                    {(shortage.lines.length > 0 ? shortage.lines : [shortage.message]).map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                }
              />
            ) : null}
            <Form<DrawValues>
              form={form}
              layout="vertical"
              initialValues={{ publicEntropy: '', witnesses: '' }}
              onFinish={(values) => void submit(values)}
            >
              <Row gutter={24}>
                <Col xs={24} lg={12}>
                  <Form.Item
                    label={t('randomChecks.draw.entropy')}
                    extra={t('randomChecks.draw.entropyHelp')}
                    required
                  >
                    <Space wrap style={{ marginBottom: 8 }}>
                      {dieFaces.map((face, index) => (
                        <Button
                          key={face}
                          size="large"
                          aria-label={t('randomChecks.draw.diceLabel', { value: index + 1 })}
                          data-testid={`die-${index + 1}`}
                          onClick={() => form.setFieldValue('publicEntropy', appendDie(entropy, index + 1))}
                          style={{ fontSize: 26, width: 52, height: 52, lineHeight: 1 }}
                        >
                          {face}
                        </Button>
                      ))}
                      <Button onClick={() => form.setFieldValue('publicEntropy', '')}>
                        {t('randomChecks.draw.clear')}
                      </Button>
                    </Space>
                    <Form.Item
                      name="publicEntropy"
                      noStyle
                      rules={[
                        {
                          required: true,
                          whitespace: true,
                          message: t('randomChecks.form.required', { field: t('randomChecks.draw.entropy') }),
                        },
                      ]}
                    >
                      <Input
                        size="large"
                        maxLength={500}
                        data-testid="draw-entropy"
                        style={{ fontFamily: 'monospace' }}
                      />
                    </Form.Item>
                  </Form.Item>
                </Col>
                <Col xs={24} lg={12}>
                  <Form.Item
                    name="witnesses"
                    label={t('randomChecks.draw.witnesses')}
                    extra={t('randomChecks.draw.witnessesHelp')}
                    rules={[
                      {
                        required: true,
                        whitespace: true,
                        message: t('randomChecks.form.required', { field: t('randomChecks.draw.witnesses') }),
                      },
                    ]}
                  >
                    <Input.TextArea
                      rows={3}
                      maxLength={300}
                      placeholder={t('randomChecks.draw.witnessesPlaceholder')}
                      data-testid="draw-witnesses"
                    />
                  </Form.Item>
                </Col>
              </Row>
              <Popconfirm
                title={t('randomChecks.draw.confirmTitle')}
                description={t('randomChecks.draw.confirm')}
                onConfirm={() => form.submit()}
              >
                <Button
                  type="primary"
                  size="large"
                  icon={<ExperimentOutlined />}
                  loading={draw.isPending}
                  data-testid="draw-submit"
                >
                  {t('randomChecks.draw.submit')}
                </Button>
              </Popconfirm>
            </Form>
          </Card>
        ) : (
          <Alert type="info" showIcon message={t('randomChecks.draw.cannotDraw')} />
        )
      ) : null}

      {plan.status === 'drawn' || plan.status === 'closed' ? (
        <Card title={t('randomChecks.draw.result')} data-testid="draw-result">
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('randomChecks.draw.drawnAt')}>
              {formatDateTime(plan.drawnAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('randomChecks.draw.entropy')}>
              <Typography.Text code data-testid="draw-result-entropy">
                {plan.publicEntropy}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('randomChecks.draw.witnesses')}>
              {plan.drawWitnesses}
            </Descriptions.Item>
            <Descriptions.Item label={t('randomChecks.draw.algorithm')}>
              {plan.algorithmVersion}
            </Descriptions.Item>
            <Descriptions.Item label={t('randomChecks.draw.seed')}>
              {plan.seed ? (
                <Digest value={plan.seed} testId="draw-result-seed" />
              ) : (
                t('randomChecks.draw.hiddenUntil', { date: plan.inspectionStartsOn })
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('randomChecks.draw.secret')}>
              {plan.secret ? (
                <Digest value={plan.secret} />
              ) : (
                t('randomChecks.draw.hiddenUntil', { date: plan.inspectionStartsOn })
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('randomChecks.draw.taskCount')}>{plan.taskCount}</Descriptions.Item>
          </Descriptions>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('randomChecks.draw.verifyHint')}
          </Typography.Paragraph>
          {plan.canAnnulDraw ? <AnnulDrawCard plan={plan} /> : null}
        </Card>
      ) : null}
      <div style={{ marginTop: 16 }}>
        <AnnulledDrawList draws={plan.annulledDraws} labels="randomChecks.draw" />
      </div>
    </>
  );
}
