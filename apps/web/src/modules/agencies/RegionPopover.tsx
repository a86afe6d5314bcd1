import { Descriptions, Popover, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLabels } from '../../lib/labels';
import { useRegionDetail } from './agencies.api';

function RegionDetailContent({ code }: { code: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const region = useRegionDetail(code);
  if (region.isPending) return <Spin size="small" />;
  if (region.isError) return <Typography.Text type="danger">{region.error.message}</Typography.Text>;
  const data = region.data;
  return (
    <div style={{ maxWidth: 360 }}>
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'name', label: t('regions.fullName'), children: data.fullName },
          { key: 'code', label: t('regions.code'), children: <span className="qs-mono">{data.code}</span> },
          {
            key: 'level',
            label: t('regions.level'),
            children: (
              <Space size={4}>
                {labels.regionLevel(data.level)}
                {data.isDevelopmentZone ? <Tag color="orange">{t('regions.developmentZone')}</Tag> : null}
              </Space>
            ),
          },
          {
            key: 'children',
            label: t('regions.children'),
            children: t('regions.childrenCount', { count: data.children.length }),
          },
          {
            key: 'agencies',
            label: t('regions.agencies'),
            children:
              data.agencies.length === 0 ? (
                <Typography.Text type="secondary">{t('regions.noAgencies')}</Typography.Text>
              ) : (
                <Space orientation="vertical" size={2}>
                  {data.agencies.map((agency) => (
                    <Link key={agency.id} to={`/agencies/${agency.id}`}>
                      {agency.name}
                    </Link>
                  ))}
                </Space>
              ),
          },
        ]}
      />
    </div>
  );
}

/** A region name that opens its GB/T 2260 details and the agencies in scope located there. */
export function RegionPopover({ code, name }: { code: string; name: string }) {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <Popover
      trigger="click"
      open={isOpen}
      onOpenChange={setIsOpen}
      content={isOpen ? <RegionDetailContent code={code} /> : null}
      title={name}
    >
      <Typography.Link>{name}</Typography.Link>
    </Popover>
  );
}
