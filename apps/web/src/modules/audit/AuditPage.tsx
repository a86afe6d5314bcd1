import { SafetyOutlined } from '@ant-design/icons';
import {
  type AuditChainBreak,
  type AuditEntry,
  type AuditVerification,
  auditQuerySchema,
  type Paged,
  securityPolicy,
} from '@qingshan/domain';
import { App, Button, Card } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ExportButton, ListTable, useListQuery } from '../../components/list';
import { PageContainer } from '../../components/PageContainer';
import { formatDate } from '../../lib/dates';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { AuditEntryDetails } from './AuditEntryDetails';
import { AuditFilterForm } from './AuditFilterForm';
import { VerificationResult } from './AuditVerificationResult';
import { useAuditPage, useVerifyAuditChain } from './audit.api';
import { useAuditColumns } from './audit.columns';
import { findPageOfEntry } from './audit.locate';
import { auditUrlExtras } from './audit.query';

/**
 * /audit (SYS-1, audit administrator only): the hash-chained audit trail, filtered on the
 * server, with the chain verifier and an Excel export of the current filters.
 */
export default function AuditPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const list = useListQuery(auditQuerySchema, { extra: auditUrlExtras });
  const filters = list.query;
  const page = useAuditPage(list.apiQuery);
  const verify = useVerifyAuditChain();
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const [isLocating, setIsLocating] = useState(false);
  const runVerification = async () => {
    try {
      setVerification(await verify.mutateAsync());
    } catch (error) {
      showError(error);
    }
  };

  const showBroken = async (broken: AuditChainBreak) => {
    const day = broken.occurredAt ? formatDate(broken.occurredAt) : undefined;
    const narrowed = { pageSize: filters.pageSize, from: day, to: day };
    setIsLocating(true);
    try {
      const pageOfEntry = await findPageOfEntry(broken.id, narrowed.pageSize, async (pageNumber) => {
        const result = await api.get<Paged<AuditEntry>>('/api/audit', { ...narrowed, page: pageNumber });
        return { ids: result.items.map((entry) => entry.id), total: result.total };
      });
      list.replace({ ...narrowed, page: pageOfEntry ?? 1, highlight: broken.id });
      if (pageOfEntry) void message.info(t('audit.highlighted', { id: broken.id }));
      else void message.warning(t('audit.notVisible', { id: broken.id }));
    } catch (error) {
      showError(error);
    } finally {
      setIsLocating(false);
    }
  };

  // Bring the highlighted entry into view once its page has loaded.
  const highlightedId = filters.highlight;
  const isHighlightLoaded = Boolean(
    highlightedId && page.data?.items.some((entry) => entry.id === highlightedId),
  );
  useEffect(() => {
    if (!isHighlightLoaded || !highlightedId) return;
    document
      .querySelector(`tr[data-row-key="${highlightedId}"]`)
      ?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [isHighlightLoaded, highlightedId]);

  const columns = useAuditColumns((agencyId, agencyName) => list.update({ agencyId, agencyName }));

  return (
    <PageContainer
      title={t('audit.title')}
      subTitle={t('audit.retention', { days: securityPolicy.auditRetentionDays })}
      extra={
        <>
          <ExportButton path="/api/audit/export.xlsx" query={list.exportQuery} />
          <Button
            type="primary"
            icon={<SafetyOutlined />}
            loading={verify.isPending}
            onClick={() => void runVerification()}
            data-testid="audit-verify"
          >
            {verify.isPending ? t('audit.verify.running') : t('audit.verify.button')}
          </Button>
        </>
      }
    >
      {verification ? (
        <VerificationResult
          result={verification}
          isLocating={isLocating}
          onShowBroken={(broken) => void showBroken(broken)}
        />
      ) : null}

      <AuditFilterForm list={list} />

      <Card styles={{ body: { padding: 0 } }}>
        <ListTable<AuditEntry>
          list={list}
          result={page}
          size="medium"
          columns={columns}
          scroll={{ x: 1220 }}
          rowClassName={(entry) => (entry.id === filters.highlight ? 'qs-audit-row-highlight' : '')}
          expandable={{ expandedRowRender: (entry) => <AuditEntryDetails entry={entry} /> }}
        />
      </Card>
    </PageContainer>
  );
}
