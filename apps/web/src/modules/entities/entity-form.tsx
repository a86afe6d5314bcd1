import {
  type EntityDetail,
  type EntityInput,
  type EntityPatch,
  type KeyPolluterMedium,
  keyPolluterMedia,
  type OperatingStatus,
  type PermitClass,
  validateCreditCode,
} from '@qingshan/domain';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

export interface EntityFormValues {
  creditCode: string;
  name: string;
  legalRepresentative?: string;
  address?: string;
  regionCode?: string;
  industryCode?: string;
  permitNumber?: string;
  permitClass?: PermitClass;
  permitValidUntil?: Dayjs | null;
  keyPolluterMedia: KeyPolluterMedium[];
  operatingStatus: OperatingStatus;
  isSpecialSupervision: boolean;
  specialSupervisionReason?: string;
  hasAutomaticMonitoring: boolean;
  isMonitoringNetworked: boolean;
  longitude?: number | null;
  latitude?: number | null;
  contactPerson?: string;
  contactPhone?: string;
}

export const text = (value: string | undefined) => (value?.trim() ? value.trim() : null);

export function toInput(values: EntityFormValues): EntityInput {
  const hasCoordinates = values.longitude != null && values.latitude != null;
  return {
    creditCode: values.creditCode,
    name: values.name.trim(),
    legalRepresentative: text(values.legalRepresentative),
    address: text(values.address),
    regionCode: values.regionCode ?? '',
    industryCode: values.industryCode ?? '',
    permitNumber: text(values.permitNumber),
    permitClass: values.permitClass ?? null,
    permitValidUntil: values.permitValidUntil ? values.permitValidUntil.format('YYYY-MM-DD') : null,
    isSpecialSupervision: values.isSpecialSupervision,
    specialSupervisionReason: values.isSpecialSupervision ? text(values.specialSupervisionReason) : null,
    hasAutomaticMonitoring: values.hasAutomaticMonitoring,
    isMonitoringNetworked: values.hasAutomaticMonitoring && values.isMonitoringNetworked,
    operatingStatus: values.operatingStatus,
    coordinates: hasCoordinates ? { longitude: values.longitude!, latitude: values.latitude! } : null,
    contactPerson: text(values.contactPerson),
    contactPhone: text(values.contactPhone),
    keyPolluterMedia: keyPolluterMedia.filter((medium) => values.keyPolluterMedia?.includes(medium)),
  };
}

export function fromDetail(entity: EntityDetail, year: number): EntityFormValues {
  return {
    creditCode: entity.creditCode,
    name: entity.name,
    legalRepresentative: entity.legalRepresentative ?? '',
    address: entity.address ?? '',
    regionCode: entity.regionCode,
    industryCode: entity.industryCode,
    permitNumber: entity.permitNumber ?? '',
    permitClass: entity.permitClass ?? undefined,
    permitValidUntil: entity.permitValidUntil ? dayjs(entity.permitValidUntil) : null,
    keyPolluterMedia: entity.keyPolluterListings.find((listing) => listing.year === year)?.media ?? [],
    operatingStatus: entity.operatingStatus,
    isSpecialSupervision: entity.isSpecialSupervision,
    specialSupervisionReason: entity.specialSupervisionReason ?? '',
    hasAutomaticMonitoring: entity.hasAutomaticMonitoring,
    isMonitoringNetworked: entity.isMonitoringNetworked,
    longitude: entity.coordinates?.longitude ?? null,
    latitude: entity.coordinates?.latitude ?? null,
    contactPerson: entity.contactPerson ?? '',
    contactPhone: entity.contactPhone ?? '',
  };
}

/** The fields that differ, for PATCH (the server records exactly what changed). */
export function changedFields(before: EntityInput, after: EntityInput): EntityPatch {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof EntityInput)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) patch[key] = after[key];
  }
  return patch as EntityPatch;
}

/** Live GB 32100 check: the first problem with its position, or what the code says when valid. */
export function CreditCodeHint({ value }: { value: string | undefined }) {
  const { t } = useTranslation();
  if (!value?.trim()) return null;
  const result = validateCreditCode(value);
  if (!result.isValid) return null;
  return (
    <span style={{ color: '#389e0d' }}>
      {t('entities.form.creditCodeValid', {
        authority: result.parts.registrationAuthority.name,
        category: result.parts.organizationCategory.name,
        region: result.parts.regionCode,
      })}
      {result.code !== value ? `；${t('entities.form.creditCodeNormalized', { code: result.code })}` : ''}
    </span>
  );
}
