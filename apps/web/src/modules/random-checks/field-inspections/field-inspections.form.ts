import {
  type InspectionItemResult,
  type InspectionPhotoMediaType,
  type InspectionRecord,
  type InspectionTaskOfficer,
  inspectionPhotoMediaTypes,
  type RecusalAnswer,
  type RecusalOutcome,
  type SaveInspectionRecordRequest,
} from '@qingshan/domain';
import { businessTimeZone, dayjs } from '../../../lib/dates';

/**
 * Pure helpers of the record form: the form's values to the request and back, times in China
 * whatever the phone's zone, photo types, and the shortened fingerprint people compare.
 */

/** `3f2a9c1e…d41b07`: enough to compare by eye; the full value is one tap away (copy). */
export function shortenFingerprint(sha256: string, head = 8, tail = 6): string {
  return sha256.length <= head + tail + 1 ? sha256 : `${sha256.slice(0, head)}…${sha256.slice(-tail)}`;
}

/** `HH:mm` on the inspection date, in Asia/Shanghai, as an instant (ISO 8601). */
export function combineDateAndTime(date: string, time: string | null | undefined): string | null {
  if (!time) return null;
  return dayjs.tz(`${date} ${time}`, 'YYYY-MM-DD HH:mm', businessTimeZone).toISOString();
}

/** The `HH:mm` an instant shows in China. */
export function timeInShanghai(moment: string | null | undefined): string | null {
  return moment ? dayjs(moment).tz(businessTimeZone).format('HH:mm') : null;
}

/** The type to declare for a chosen file; phones sometimes leave `type` empty for HEIC. */
export function photoMediaTypeOf(file: { type: string; name: string }): InspectionPhotoMediaType | null {
  const declared = file.type.toLowerCase();
  if ((inspectionPhotoMediaTypes as readonly string[]).includes(declared)) {
    return declared as InspectionPhotoMediaType;
  }
  if (declared === 'image/jpg') return 'image/jpeg';
  if (declared !== '' && declared !== 'application/octet-stream') return null;
  const extension = file.name.toLowerCase().split('.').pop() ?? '';
  const byExtension: Record<string, InspectionPhotoMediaType> = {
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    png: 'image/png',
    webp: 'image/webp',
    heic: 'image/heic',
    heif: 'image/heif',
  };
  return byExtension[extension] ?? null;
}

/** The base64 of a data: URL (FileReader.readAsDataURL). */
export function base64OfDataUrl(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  return comma >= 0 ? dataUrl.slice(comma + 1) : dataUrl;
}

export interface ItemFormValue {
  result?: InspectionItemResult;
  note?: string;
}

/** What the antd form holds (times as `HH:mm`; the pickers' Dayjs values are converted at the edges). */
export interface RecordFormValues {
  inspectedOn: string;
  startedAt: string | null;
  endedAt: string | null;
  location: string;
  personPresent: string;
  personPresentPosition: string;
  personPresentIdNumber: string;
  personPresentPhone: string;
  /** 出示执法证件 per officer: shown or not, and the number shown (prefilled from the registry). */
  certificates: Record<string, { shown?: boolean; number?: string }>;
  rightsInformedAt: string | null;
  recusalAsked: boolean;
  recusalAnswer: RecusalAnswer | null;
  recusalOfficerId: string | null;
  recusalOutcome: RecusalOutcome | null;
  recusalNote: string;
  isEntityClosed: boolean;
  observations: string;
  items: Record<string, ItemFormValue>;
}

export function toRecordFormValues(
  record: InspectionRecord | null,
  today: string,
  officers: readonly Pick<InspectionTaskOfficer, 'officerId' | 'certificateNumber'>[] = [],
): RecordFormValues {
  const items: Record<string, ItemFormValue> = {};
  for (const item of record?.itemResults ?? []) {
    items[item.itemId] = { result: item.result, note: item.note ?? '' };
  }
  const shown = new Map(
    (record?.certificatesShown ?? []).map((entry) => [entry.officerId, entry.certificateNumber]),
  );
  const certificates: RecordFormValues['certificates'] = {};
  for (const officer of officers) {
    certificates[officer.officerId] = {
      shown: shown.has(officer.officerId),
      number: shown.get(officer.officerId) ?? officer.certificateNumber ?? '',
    };
  }
  const recusal = record?.recusal ?? null;
  return {
    inspectedOn: record?.inspectedOn ?? today,
    startedAt: timeInShanghai(record?.startedAt),
    endedAt: timeInShanghai(record?.endedAt),
    location: record?.location ?? '',
    personPresent: record?.personPresent ?? '',
    personPresentPosition: record?.personPresentPosition ?? '',
    personPresentIdNumber: record?.personPresentIdNumber ?? '',
    personPresentPhone: record?.personPresentPhone ?? '',
    certificates,
    rightsInformedAt: timeInShanghai(record?.rightsInformedAt),
    recusalAsked: recusal?.isAsked ?? false,
    recusalAnswer: recusal?.answer ?? null,
    recusalOfficerId: recusal?.officerId ?? null,
    recusalOutcome: recusal?.outcome ?? null,
    recusalNote: recusal?.note ?? '',
    isEntityClosed: record?.isEntityClosed ?? false,
    observations: record?.observations ?? '',
    items,
  };
}

/** The request for PUT …/record: items in the task's order, only those with a result. */
export function toSaveRecordRequest(
  values: RecordFormValues,
  itemOrder: readonly string[],
  version: { revision: number; draftId: string },
): SaveInspectionRecordRequest {
  const isRequested = values.recusalAnswer === 'requested';
  return {
    ...version,
    inspectedOn: values.inspectedOn,
    startedAt: combineDateAndTime(values.inspectedOn, values.startedAt),
    endedAt: combineDateAndTime(values.inspectedOn, values.endedAt),
    location: values.location ?? '',
    personPresent: values.personPresent ?? '',
    personPresentPosition: values.personPresentPosition ?? '',
    personPresentIdNumber: values.personPresentIdNumber ?? '',
    personPresentPhone: values.personPresentPhone ?? '',
    certificatesShown: Object.entries(values.certificates ?? {}).flatMap(([officerId, entry]) =>
      entry?.shown && entry.number?.trim() ? [{ officerId, certificateNumber: entry.number.trim() }] : [],
    ),
    rightsInformedAt: combineDateAndTime(values.inspectedOn, values.rightsInformedAt),
    recusal: values.recusalAsked
      ? {
          isAsked: true,
          answer: values.recusalAnswer ?? null,
          officerId: isRequested ? (values.recusalOfficerId ?? null) : null,
          outcome: isRequested ? (values.recusalOutcome ?? null) : null,
          note: isRequested ? (values.recusalNote ?? '') : '',
        }
      : null,
    isEntityClosed: values.isEntityClosed ?? false,
    observations: values.observations ?? '',
    itemResults: itemOrder.flatMap((itemId) => {
      const item = values.items?.[itemId];
      return item?.result ? [{ itemId, result: item.result, note: item.note ?? '' }] : [];
    }),
  };
}
