import { PlusOutlined } from '@ant-design/icons';
import { equipmentListQuerySchema } from '@qingshan/domain';
import { Button, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton, useListQuery } from '../../components/list';
import { PageContainer } from '../../components/PageContainer';
import { useSession } from '../auth/session';
import { EquipmentGapTab } from './EquipmentGapTab';
import { EquipmentInventory } from './EquipmentInventory';
import { equipmentApiQuery, equipmentUrlExtras } from './equipment.query';

/**
 * /equipment (ORG-4): the inventory of the jurisdiction with its lifecycle (使用、维修、报废、更新),
 * and the gap of each enforcement agency against the equipment standard. State in the URL.
 */
export default function EquipmentPage() {
  const { t } = useTranslation();
  const { me, access } = useSession();
  const list = useListQuery(equipmentListQuerySchema, { extra: equipmentUrlExtras, keep: ['tab'] });
  const tab = list.query.tab ?? 'inventory';
  const [isCreating, setIsCreating] = useState(false);

  return (
    <PageContainer
      title={t('equipment.title')}
      subTitle={me.jurisdiction.description}
      extra={
        tab === 'inventory' ? (
          <>
            <ExportButton
              path="/api/equipment/items/export.xlsx"
              query={equipmentApiQuery(list.exportQuery)}
            />
            {access.can('equipment.manage') ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
                {t('equipment.actions.create')}
              </Button>
            ) : null}
          </>
        ) : null
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(key) => list.update({ tab: key === 'gaps' ? 'gaps' : undefined })}
        items={[
          {
            key: 'inventory',
            label: t('equipment.tabs.inventory'),
            children: (
              <EquipmentInventory
                list={list}
                isCreating={isCreating}
                onCreateClose={() => setIsCreating(false)}
              />
            ),
          },
          {
            key: 'gaps',
            label: t('equipment.tabs.gaps'),
            children: (
              <EquipmentGapTab
                agencyId={list.query.agencyId}
                onAgencyChange={(agencyId) => list.update({ agencyId })}
              />
            ),
          },
        ]}
      />
    </PageContainer>
  );
}
