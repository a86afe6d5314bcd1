import { SearchOutlined } from '@ant-design/icons';
import { type AuditQuery, auditActionLabels } from '@qingshan/domain';
import { Button, Card, DatePicker, Form, Input, Select, Space, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListQueryState } from '../../components/list';
import { dayjs } from '../../lib/dates';
import { useLabels } from '../../lib/labels';

interface AuditFilterValues {
  dates?: [Dayjs | null, Dayjs | null] | null;
  action?: string;
  actor?: string;
  targetType?: string;
  targetId?: string;
}

const targetTypes = ['user', 'agency', 'audit_log', 'calendar_day', 'calendar_year', 'database'];

/**
 * The audit filters: a form applied with 查询 (a search over the whole trail is costly, so not on
 * every keystroke), and the agency picked from a row as a closable tag.
 */
export function AuditFilterForm({
  list,
}: {
  list: ListQueryState<AuditQuery & { agencyName?: string; highlight?: number }>;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { query: filters, update } = list;
  const [form] = Form.useForm<AuditFilterValues>();

  // The form follows the URL (back/forward, links, "show broken entry").
  useEffect(() => {
    form.setFieldsValue({
      dates:
        filters.from || filters.to
          ? [filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]
          : null,
      action: filters.action,
      actor: filters.actor,
      targetType: filters.targetType,
      targetId: filters.targetId,
    });
  }, [form, filters.from, filters.to, filters.action, filters.actor, filters.targetType, filters.targetId]);

  const applyForm = (values: AuditFilterValues) => {
    const [from, to] = values.dates ?? [];
    update({
      from: from ? from.format('YYYY-MM-DD') : undefined,
      to: to ? to.format('YYYY-MM-DD') : undefined,
      action: values.action,
      actor: values.actor?.trim() || undefined,
      targetType: values.targetType,
      targetId: values.targetId?.trim() || undefined,
      highlight: undefined,
    });
  };

  return (
    <Card style={{ marginBottom: 16 }} styles={{ body: { paddingBottom: 0 } }}>
      <Form<AuditFilterValues> form={form} layout="inline" onFinish={applyForm} className="qs-filter-form">
        <Form.Item name="dates" label={t('audit.filters.dateRange')} style={{ marginBottom: 16 }}>
          <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: 250 }} />
        </Form.Item>
        <Form.Item name="action" label={t('audit.filters.action')} style={{ marginBottom: 16 }}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('audit.filters.actionPlaceholder')}
            options={Object.keys(auditActionLabels).map((action) => ({
              value: action,
              label: labels.auditAction(action),
            }))}
            style={{ width: 180 }}
          />
        </Form.Item>
        <Form.Item name="actor" label={t('audit.filters.actor')} style={{ marginBottom: 16 }}>
          <Input
            allowClear
            placeholder={t('audit.filters.actorPlaceholder')}
            style={{ width: 160 }}
            maxLength={50}
          />
        </Form.Item>
        <Form.Item name="targetType" label={t('audit.filters.targetType')} style={{ marginBottom: 16 }}>
          <Select
            allowClear
            placeholder={t('audit.filters.targetTypePlaceholder')}
            options={targetTypes.map((type) => ({ value: type, label: labels.auditTargetType(type) }))}
            style={{ width: 140 }}
          />
        </Form.Item>
        <Form.Item name="targetId" label={t('audit.filters.targetId')} style={{ marginBottom: 16 }}>
          <Input allowClear style={{ width: 200 }} maxLength={64} className="qs-mono" />
        </Form.Item>
        <Form.Item style={{ marginBottom: 16 }}>
          <Space>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
              {t('common.actions.search')}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                list.reset();
              }}
            >
              {t('common.actions.reset')}
            </Button>
          </Space>
        </Form.Item>
      </Form>
      {filters.agencyId ? (
        <div style={{ marginBottom: 16 }}>
          <Tag closable color="green" onClose={() => update({ agencyId: undefined, agencyName: undefined })}>
            {t('audit.filters.agency')}：{filters.agencyName ?? filters.agencyId}
          </Tag>
        </div>
      ) : null}
    </Card>
  );
}
