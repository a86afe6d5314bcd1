import type { CatalogueSummary } from '@qingshan/domain';
import { Alert, Collapse, Empty, List, Modal, Select, Space, Spin, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogueComparison } from './catalogues.api';

const enumLabelKeys: Record<string, string> = {
  firstResponsibleLevel: 'levels',
  powerType: 'powerTypes',
  frequency: 'frequencies',
  category: 'noPenaltyCategories',
  method: 'methods',
};

/** Keys built at run time: the typed `t` cannot follow them. */
type Translate = (key: string, options?: Record<string, unknown>) => string;

/** 第一责任层级：设区市级 → 县级; other fields by name only. */
function describeChange(
  field: string,
  before: { name: string; data: Record<string, unknown> },
  after: { name: string; data: Record<string, unknown> },
  t: Translate,
): string {
  const key = field.replace(/^data\./, '');
  const label = t(`catalogues.fieldNames.${key}`, { defaultValue: key });
  const fieldValue = (side: typeof before) => (key === 'name' ? side.name : side.data[key]);
  const show = (value: unknown): string | null => {
    if (typeof value !== 'string') return null;
    const group = enumLabelKeys[key];
    const text = group ? t(`catalogues.${group}.${value}`, { defaultValue: value }) : value;
    return text.length > 40 ? `${text.slice(0, 40)}…` : text;
  };
  const from = show(fieldValue(before));
  const to = show(fieldValue(after));
  return from !== null && to !== null
    ? `${label}：${from} → ${to}`
    : `${label}：${t('catalogues.compare.modified')}`;
}

/** Two versions side by side: items added, removed and changed (by code), with the changed fields. */
export function CatalogueCompareModal({
  catalogue,
  versions,
  initialWithId,
  open,
  onClose,
}: {
  catalogue: CatalogueSummary;
  versions: CatalogueSummary[];
  initialWithId?: string;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [withId, setWithId] = useState<string | undefined>(initialWithId);
  useEffect(() => setWithId(initialWithId), [initialWithId]);
  const comparison = useCatalogueComparison(catalogue.id, open ? withId : undefined);
  const others = versions.filter((version) => version.id !== catalogue.id);
  const data = comparison.data;

  return (
    <Modal
      title={t('catalogues.compare.title')}
      open={open}
      onCancel={onClose}
      footer={null}
      width={860}
      destroyOnHidden
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Typography.Text>{t('catalogues.compare.from')}</Typography.Text>
        <Select
          style={{ minWidth: 220 }}
          value={withId}
          onChange={setWithId}
          data-testid="compare-with"
          options={others.map((version) => ({
            value: version.id,
            label: `${t('catalogues.versionLabel', { version: version.version })}（${t(`catalogues.statuses.${version.status}`)}）`,
          }))}
        />
        <Typography.Text>
          → {t('catalogues.compare.to')}：{t('catalogues.versionLabel', { version: catalogue.version })}
        </Typography.Text>
      </Space>
      {comparison.isFetching && !data ? (
        <Spin />
      ) : comparison.isError ? (
        <Alert type="error" showIcon message={(comparison.error as Error).message} />
      ) : data ? (
        <div data-testid="compare-result">
          <Space wrap style={{ marginBottom: 12 }}>
            <Tag color="green">{t('catalogues.compare.added', { count: data.added.length })}</Tag>
            <Tag color="red">{t('catalogues.compare.removed', { count: data.removed.length })}</Tag>
            <Tag color="orange">{t('catalogues.compare.changed', { count: data.changed.length })}</Tag>
            <Tag>{t('catalogues.compare.unchanged', { count: data.unchangedCount })}</Tag>
          </Space>
          {data.added.length + data.removed.length + data.changed.length === 0 ? (
            <Empty description={t('catalogues.compare.noChange')} />
          ) : (
            <Collapse
              defaultActiveKey={['added', 'removed', 'changed']}
              items={[
                {
                  key: 'added',
                  label: t('catalogues.compare.added', { count: data.added.length }),
                  children: (
                    <List
                      size="small"
                      dataSource={data.added}
                      renderItem={(item) => (
                        <List.Item>
                          <Tag color="green">+</Tag>
                          {item.code} {item.name}
                        </List.Item>
                      )}
                    />
                  ),
                },
                {
                  key: 'removed',
                  label: t('catalogues.compare.removed', { count: data.removed.length }),
                  children: (
                    <List
                      size="small"
                      dataSource={data.removed}
                      renderItem={(item) => (
                        <List.Item>
                          <Tag color="red">−</Tag>
                          {item.code} {item.name}
                        </List.Item>
                      )}
                    />
                  ),
                },
                {
                  key: 'changed',
                  label: t('catalogues.compare.changed', { count: data.changed.length }),
                  children: (
                    <List
                      size="small"
                      dataSource={data.changed}
                      renderItem={(item) => (
                        <List.Item>
                          <Space direction="vertical" size={2}>
                            <span>
                              <Tag color="orange">~</Tag>
                              {item.code} {item.name}
                            </span>
                            {item.changedFields.map((field) => (
                              <Typography.Text type="secondary" key={field}>
                                {describeChange(field, item.before, item.after, t as unknown as Translate)}
                              </Typography.Text>
                            ))}
                          </Space>
                        </List.Item>
                      )}
                    />
                  ),
                },
              ].filter(
                (panel) =>
                  (panel.key === 'added' ? data.added : panel.key === 'removed' ? data.removed : data.changed)
                    .length > 0,
              )}
            />
          )}
        </div>
      ) : null}
    </Modal>
  );
}
