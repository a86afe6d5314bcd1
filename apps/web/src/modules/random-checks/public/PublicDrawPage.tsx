import { CheckCircleFilled, CloseCircleFilled, DownloadOutlined, LoadingOutlined } from '@ant-design/icons';
import {
  type DrawObjectKind,
  type DrawVerification,
  type PublicDraw,
  type RandomCheckStratum,
  verifyDrawRecord,
} from '@qingshan/domain';
import { Alert, Button, Card, Descriptions, Result, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../../api/client';
import { BrandMark } from '../../../components/Brand';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import { PageLoading } from '../../../components/PageLoading';
import { formatDateTime } from '../../../lib/dates';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { AnnulledDrawList } from '../plans/DrawPanel';
import { usePublicDraw } from '../plans/random-checks.api';

const stratumOfKind: Record<DrawObjectKind, RandomCheckStratum> = {
  key_polluter: 'key_polluter',
  special_supervision: 'special',
  general: 'general',
};

type DrawnTask = Extract<NonNullable<PublicDraw['record']>['outcome'], { status: 'drawn' }>['tasks'][number];

/**
 * Runs the domain's verifyDrawRecord in the browser (pure TypeScript SHA-256, no server call), after
 * the page has painted, so a large record does not freeze the first view.
 */
function useVerification(record: PublicDraw['record']): DrawVerification | null {
  const [verification, setVerification] = useState<DrawVerification | null>(null);
  useEffect(() => {
    setVerification(null);
    if (!record) return undefined;
    const timer = setTimeout(() => setVerification(verifyDrawRecord(record)), 30);
    return () => clearTimeout(timer);
  }, [record]);
  return verification;
}

function downloadRecord(draw: PublicDraw) {
  const blob = new Blob([JSON.stringify(draw.record, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `抽取记录-${draw.plan.number}.json`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * /public/draws/:planId (DR-3, PUB-1): no login. Shows the commitment published before the draw
 * and, from the inspection day, the full record, recomputed here in the browser: 校验通过 / 不一致.
 */
export default function PublicDrawPage() {
  const { t } = useTranslation();
  const { planId } = useParams();
  const draw = usePublicDraw(planId);
  const verification = useVerification(draw.data?.record ?? null);
  useDocumentTitle(
    draw.data
      ? `${t('randomChecks.public.draw.title')} ${draw.data.plan.number}`
      : t('randomChecks.public.draw.title'),
  );

  const names = useMemo(
    () => new Map((draw.data?.entities ?? []).map((entity) => [entity.id, entity])),
    [draw.data],
  );
  const itemNames = useMemo(
    () => new Map((draw.data?.record?.input.plan.items ?? []).map((item) => [item.id, item.name])),
    [draw.data],
  );
  const countyNames = useMemo(
    () => new Map((draw.data?.record?.input.plan.counties ?? []).map((county) => [county.code, county.name])),
    [draw.data],
  );

  let content: React.ReactNode;
  if (draw.isPending) {
    content = <PageLoading />;
  } else if (draw.isError) {
    content = (
      <Result
        status={isApiError(draw.error) && draw.error.status === 404 ? '404' : 'error'}
        title={t('randomChecks.public.draw.notFound')}
        subTitle={draw.error instanceof Error ? draw.error.message : undefined}
      />
    );
  } else {
    const data = draw.data;
    const record = data.record;
    const tasks: DrawnTask[] = record?.outcome.status === 'drawn' ? record.outcome.tasks : [];
    content = (
      <>
        <Card style={{ marginBottom: 16 }}>
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={t('randomChecks.public.draw.plan')}>
              {data.plan.title}（{data.plan.number}）
            </Descriptions.Item>
            <Descriptions.Item label={t('randomChecks.public.draw.agency')}>
              {data.plan.agencyName}
            </Descriptions.Item>
            <Descriptions.Item label={t('randomChecks.public.draw.status')}>
              {t(`randomChecks.statuses.${data.plan.status}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('randomChecks.detail.fields.inspectionStartsOn')}>
              {data.plan.inspectionStartsOn}
            </Descriptions.Item>
            <Descriptions.Item label={t('randomChecks.public.draw.commitment')} span={2}>
              <Typography.Text
                code
                copyable
                style={{ wordBreak: 'break-all' }}
                data-testid="public-commitment"
              >
                {data.plan.commitment}
              </Typography.Text>
              {data.plan.committedAt ? (
                <div>
                  <Typography.Text type="secondary">{formatDateTime(data.plan.committedAt)}</Typography.Text>
                </div>
              ) : null}
            </Descriptions.Item>
            {data.plan.publicEntropy ? (
              <Descriptions.Item label={t('randomChecks.public.draw.entropy')}>
                <Typography.Text code>{data.plan.publicEntropy}</Typography.Text>
              </Descriptions.Item>
            ) : null}
            {data.plan.drawnAt ? (
              <Descriptions.Item label={t('randomChecks.public.draw.drawnAt')}>
                {formatDateTime(data.plan.drawnAt)}
              </Descriptions.Item>
            ) : null}
            {data.plan.drawWitnesses ? (
              <Descriptions.Item label={t('randomChecks.public.draw.witnesses')} span={2}>
                {data.plan.drawWitnesses}
              </Descriptions.Item>
            ) : null}
            {record ? (
              <>
                <Descriptions.Item label={t('randomChecks.public.draw.secret')} span={2}>
                  <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
                    {record.secret}
                  </Typography.Text>
                </Descriptions.Item>
                <Descriptions.Item label={t('randomChecks.public.draw.seed')} span={2}>
                  <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
                    {record.seed}
                  </Typography.Text>
                </Descriptions.Item>
                <Descriptions.Item label={t('randomChecks.public.draw.algorithm')}>
                  {record.algorithmVersion}
                </Descriptions.Item>
              </>
            ) : null}
          </Descriptions>
        </Card>

        <AnnulledDrawList draws={data.annulledDraws} labels="randomChecks.public.draw" />

        {record ? (
          <Card style={{ marginBottom: 16 }} data-testid="public-verification">
            {verification === null ? (
              <Space>
                <LoadingOutlined /> {t('randomChecks.public.draw.verifying')}
              </Space>
            ) : verification.isValid ? (
              <Alert
                type="success"
                showIcon
                icon={<CheckCircleFilled />}
                message={
                  <strong data-testid="public-verified">{t('randomChecks.public.draw.verified')}</strong>
                }
                description={t('randomChecks.public.draw.verifiedDetail', { count: tasks.length })}
              />
            ) : (
              <Alert
                type="error"
                showIcon
                icon={<CloseCircleFilled />}
                message={
                  <strong data-testid="public-mismatch">{t('randomChecks.public.draw.mismatch')}</strong>
                }
                description={
                  <>
                    {t('randomChecks.public.draw.mismatchDetail')}
                    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                      {verification.differences.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  </>
                }
              />
            )}
            <Space style={{ marginTop: 12 }} wrap>
              <Button icon={<DownloadOutlined />} onClick={() => downloadRecord(data)}>
                {t('randomChecks.public.draw.download')}
              </Button>
              <Typography.Text type="secondary">{t('randomChecks.public.draw.cli')}</Typography.Text>
            </Space>
          </Card>
        ) : (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            message={t('randomChecks.public.draw.notYet')}
            description={data.notice}
          />
        )}

        {record ? (
          <Card title={t('randomChecks.public.draw.result')}>
            <Table<DrawnTask>
              rowKey="entityId"
              size="small"
              dataSource={tasks}
              scroll={{ x: 800 }}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              columns={[
                { title: '#', key: 'index', width: 56, render: (_, __, index) => index + 1 },
                {
                  title: t('randomChecks.public.draw.entity'),
                  key: 'entity',
                  render: (_, row) => (
                    <Space direction="vertical" size={0}>
                      <span>{names.get(row.entityId)?.name}</span>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {names.get(row.entityId)?.creditCode}
                      </Typography.Text>
                    </Space>
                  ),
                },
                {
                  title: t('randomChecks.public.draw.county'),
                  key: 'county',
                  width: 100,
                  render: (_, row) => countyNames.get(row.countyCode) ?? row.countyCode,
                },
                {
                  title: t('randomChecks.public.draw.kinds'),
                  key: 'kinds',
                  width: 150,
                  render: (_, row) =>
                    row.objectKinds.map((kind) => (
                      <Tag key={kind}>{t(`randomChecks.strata.${stratumOfKind[kind]}`)}</Tag>
                    )),
                },
                {
                  title: t('randomChecks.public.draw.items'),
                  key: 'items',
                  render: (_, row) => row.itemIds.map((id) => itemNames.get(id) ?? id).join('；'),
                },
                {
                  title: t('randomChecks.public.draw.officers'),
                  key: 'officers',
                  width: 200,
                  render: (_, row) => (
                    <Typography.Text code style={{ fontSize: 12 }}>
                      {row.officerIds.map((pseudonym) => pseudonym.slice(0, 10)).join(' ')}
                    </Typography.Text>
                  ),
                },
              ]}
            />
          </Card>
        ) : null}
      </>
    );
  }

  return (
    <div style={{ minHeight: '100vh', background: '#f3f6f4' }}>
      <header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 12,
          padding: '12px 24px',
          background: '#0f2a22',
          color: '#fff',
        }}
      >
        <BrandMark size={32} />
        <div style={{ flex: 1 }}>
          <div style={{ fontSize: 18, fontWeight: 600 }}>{t('randomChecks.public.draw.title')}</div>
          <div style={{ fontSize: 12, opacity: 0.8 }}>{t('common.appName')}</div>
        </div>
        <div style={{ background: '#ffffff', borderRadius: 6 }}>
          <LanguageSwitch />
        </div>
      </header>
      <main style={{ maxWidth: 1100, margin: '0 auto', padding: 16 }}>
        <Typography.Paragraph type="secondary">{t('randomChecks.public.draw.subtitle')}</Typography.Paragraph>
        {content}
      </main>
    </div>
  );
}
