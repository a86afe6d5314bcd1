import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { downloadFile } from '../../api/client';
import { PageContainer } from '../../components/PageContainer';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { useSession } from '../auth/session';
import { EquipmentGapTab } from './EquipmentGapTab';
import { EquipmentInventory } from './EquipmentInventory';
import {
  type EquipmentFilters,
  type EquipmentTab,
  parseEquipmentFilters,
  serializeEquipmentFilters,
  toEquipmentQuery,
} from './equipment.query';

/**
 * /equipment (ORG-4): the inventory of the jurisdiction with its lifecycle (使用、维修、报废、更新),
 * and the gap of each enforcement agency against the equipment standard. State in the URL.
 */
export default function EquipmentPage() {
  const { t } = useTranslation();
  const { me, access } = useSession();
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = parseEquipmentFilters(searchParams);
  const [isExporting, setIsExporting] = useState(false);
  const [isCreating, setIsCreating] = useState(false);

  const update = (changes: Partial<EquipmentFilters>, options: { keepPage?: boolean } = {}) => {
    const next = { ...filters, ...changes, ...(options.keepPage ? {} : { page: 1 }) };
    setSearchParams(serializeEquipmentFilters(next));
  };

  const exportExcel = async () => {
    setIsExporting(true);
    const hide = message.loading(t('common.messages.exporting'), 0);
    try {
      const name = await downloadFile(
        '/api/equipment/items/export.xlsx',
        toEquipmentQuery(filters, { forExport: true }),
      );
      void message.success(t('common.messages.exported', { name }));
    } catch (error) {
      showError(error);
    } finally {
      hide();
      setIsExporting(false);
    }
  };

  return (
    <PageContainer
      title={t('equipment.title')}
      subTitle={me.jurisdiction.description}
      extra={
        filters.tab === 'inventory' ? (
          <>
            <Button icon={<DownloadOutlined />} loading={isExporting} onClick={() => void exportExcel()}>
              {t('common.actions.export')}
            </Button>
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
        activeKey={filters.tab}
        onChange={(tab) => update({ tab: tab as EquipmentTab })}
        items={[
          {
            key: 'inventory',
            label: t('equipment.tabs.inventory'),
            children: (
              <EquipmentInventory
                filters={filters}
                update={update}
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
                agencyId={filters.agencyId}
                onAgencyChange={(agencyId) => update({ agencyId })}
              />
            ),
          },
        ]}
      />
    </PageContainer>
  );
}
