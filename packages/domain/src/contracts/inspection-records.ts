import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema, multilineText, uuidSchema } from './common';
import { keyPolluterMedia, operatingStatuses, permitClasses } from './entities';
import {
  randomCheckOfficerRoles,
  randomCheckOutcomes,
  randomCheckStrata,
  randomCheckTaskStatuses,
} from './random-checks';

/**
 * 现场检查笔录 (DR-5): the record an assigned officer fills on a phone for one random-check task —
 * items checked, what was seen, photos with SHA-256 fingerprints, findings that become a
 * rectification, a case referral or both — and that every assigned officer confirms. The task
 * list itself is `GET /api/random-checks/my-tasks` (contracts/random-checks.ts).
 */

// ---------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------

export const inspectionItemResults = ['compliant', 'non_compliant', 'not_applicable'] as const;
export type InspectionItemResult = (typeof inspectionItemResults)[number];
export const inspectionItemResultLabels: Record<InspectionItemResult, string> = {
  compliant: '符合',
  non_compliant: '不符合',
  not_applicable: '不适用',
};

/** What becomes of a finding (DR-5 in docs/FEATURES.md: "a finding becomes a case, a rectification or both"). */
export const inspectionFindingDispositions = ['rectification', 'case_referral', 'both'] as const;
export type InspectionFindingDisposition = (typeof inspectionFindingDispositions)[number];
export const inspectionFindingDispositionLabels: Record<InspectionFindingDisposition, string> = {
  rectification: '责令整改',
  case_referral: '移送立案',
  both: '责令整改并移送立案',
};

/** True when the disposition makes a rectification item (and so needs a due date). */
export function isRectificationDisposition(disposition: InspectionFindingDisposition): boolean {
  return disposition === 'rectification' || disposition === 'both';
}

/** Photo formats a phone camera produces; anything else is refused. */
export const inspectionPhotoMediaTypes = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'image/heif',
] as const;
export type InspectionPhotoMediaType = (typeof inspectionPhotoMediaTypes)[number];

/** Largest photo accepted, in bytes (a 12-megapixel phone JPEG is 3–6 MB). Configurable here. */
export const maxInspectionPhotoBytes = 8 * 1024 * 1024;
/** Photos one record may hold. */
export const maxInspectionPhotosPerRecord = 30;
/** Base64 length of the largest photo: 4 characters per 3 bytes, padded. */
export const maxInspectionPhotoBase64Length = Math.ceil(maxInspectionPhotoBytes / 3) * 4;

// ---------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------

export const inspectionTaskParamsSchema = z.object({ taskId: uuidSchema });
export const inspectionPhotoParamsSchema = z.object({ taskId: uuidSchema, photoId: uuidSchema });
export const inspectionFindingParamsSchema = z.object({ taskId: uuidSchema, findingId: uuidSchema });

function optionalText(label: string, max: number) {
  return z
    .string({ error: `${label}应为文字` })
    .trim()
    .max(max, `${label}最多 ${max} 个字`)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .default(null);
}

export const inspectionItemResultInputSchema = z
  .object({
    itemId: uuidSchema,
    result: z.enum(inspectionItemResults, {
      error: '检查结果应为 compliant（符合）、non_compliant（不符合）或 not_applicable（不适用）',
    }),
    note: multilineText(optionalText('检查情况说明', 500)),
  })
  .strict();
export type InspectionItemResultInput = z.infer<typeof inspectionItemResultInputSchema>;

/**
 * Saves the record as it stands (a draft: items may still be open). The whole record is sent each
 * time; saving after a confirmation withdraws the confirmations (the officers confirm what they
 * read).
 */
export const saveInspectionRecordRequestSchema = z
  .object({
    inspectedOn: z.iso.date({ error: '检查日期格式应为 YYYY-MM-DD' }),
    startedAt: isoDateTimeSchema.nullable().default(null),
    endedAt: isoDateTimeSchema.nullable().default(null),
    location: optionalText('检查地点', 200),
    personPresent: optionalText('现场负责人', 40),
    personPresentPosition: optionalText('现场负责人职务', 40),
    /** 停产、关闭或查无此户: the visit found nothing to inspect. */
    isEntityClosed: z.boolean({ error: '应为 true 或 false' }).default(false),
    itemResults: z
      .array(inspectionItemResultInputSchema)
      .max(100, '检查事项最多 100 项')
      .default([])
      .refine((results) => new Set(results.map((result) => result.itemId)).size === results.length, {
        message: '同一检查事项只能填写一次',
      }),
    observations: multilineText(optionalText('现场检查情况', 4000)),
  })
  .strict()
  .refine(
    (record) =>
      !record.startedAt || !record.endedAt || Date.parse(record.endedAt) > Date.parse(record.startedAt),
    { message: '检查结束时间应晚于开始时间', path: ['endedAt'] },
  );
export type SaveInspectionRecordRequest = z.input<typeof saveInspectionRecordRequestSchema>;
export type SaveInspectionRecordInput = z.infer<typeof saveInspectionRecordRequestSchema>;

/** A photo as base64 JSON; the server decodes it, checks it is an image and fingerprints it. */
export const addInspectionPhotoRequestSchema = z
  .object({
    fileName: z
      .string({ error: '请提供文件名' })
      .trim()
      .min(1, '请提供文件名')
      .max(120, '文件名最多 120 个字符'),
    mediaType: z.enum(inspectionPhotoMediaTypes, {
      error: '只能上传 JPEG、PNG、WebP 或 HEIC 格式的照片',
    }),
    contentBase64: z
      .string({ error: '请提供照片内容' })
      .min(4, '照片内容为空')
      .max(maxInspectionPhotoBase64Length, `照片不能超过 ${maxInspectionPhotoBytes / 1024 / 1024} MB`)
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, '照片内容应为 Base64 编码'),
    caption: optionalText('照片说明', 200),
    takenAt: isoDateTimeSchema.nullable().default(null),
  })
  .strict();
export type AddInspectionPhotoRequest = z.input<typeof addInspectionPhotoRequestSchema>;
export type AddInspectionPhotoInput = z.infer<typeof addInspectionPhotoRequestSchema>;

export const addInspectionFindingRequestSchema = z
  .object({
    /** The item the problem concerns (one of the task's), or null for a problem outside them. */
    catalogueItemId: uuidSchema.nullable().default(null),
    description: multilineText(
      z
        .string({ error: '请描述发现的问题' })
        .trim()
        .min(4, '问题描述至少 4 个字')
        .max(1000, '问题描述最多 1000 个字'),
    ),
    disposition: z.enum(inspectionFindingDispositions, {
      error: '处理方式应为 rectification（责令整改）、case_referral（移送立案）或 both（两者）',
    }),
    rectificationDueOn: isoDateSchema.nullable().default(null),
  })
  .strict()
  .superRefine((finding, context) => {
    if (isRectificationDisposition(finding.disposition) && !finding.rectificationDueOn) {
      context.addIssue({
        code: 'custom',
        path: ['rectificationDueOn'],
        message: '责令整改须填写整改期限',
      });
    }
    if (finding.disposition === 'case_referral' && finding.rectificationDueOn) {
      context.addIssue({
        code: 'custom',
        path: ['rectificationDueOn'],
        message: '仅移送立案的问题不填写整改期限；需要整改请选择“责令整改并移送立案”',
      });
    }
  });
export type AddInspectionFindingRequest = z.input<typeof addInspectionFindingRequestSchema>;
export type AddInspectionFindingInput = z.infer<typeof addInspectionFindingRequestSchema>;

export const confirmInspectionRecordRequestSchema = z.object({}).strict();

// ---------------------------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------------------------

const legalBasisViewSchema = z.object({
  law: z.string(),
  article: z.string(),
  text: z.string().nullable(),
});

export const inspectionTaskItemSchema = z.object({
  id: uuidSchema,
  code: z.string(),
  name: z.string(),
  /** 检查内容 (CAT-2), when the item comes from the random-inspection item list. */
  content: z.string().nullable(),
  legalBases: z.array(legalBasisViewSchema),
});
export type InspectionTaskItem = z.infer<typeof inspectionTaskItemSchema>;

export const inspectionTaskOfficerSchema = z.object({
  officerId: uuidSchema,
  name: z.string(),
  role: z.enum(randomCheckOfficerRoles),
  agencyName: z.string(),
  certificateNumber: z.string().nullable(),
  isMe: z.boolean(),
  /**
   * Whether the officer has a platform account. Officers without one sign the printed record;
   * the task completes when every officer with an account has confirmed.
   */
  hasAccount: z.boolean(),
  confirmedAt: isoDateTimeSchema.nullable(),
});
export type InspectionTaskOfficer = z.infer<typeof inspectionTaskOfficerSchema>;

export const inspectionEntitySummarySchema = z.object({
  id: uuidSchema,
  name: z.string(),
  creditCode: z.string(),
  address: z.string().nullable(),
  regionName: z.string(),
  legalRepresentative: z.string().nullable(),
  contactPerson: z.string().nullable(),
  contactPhone: z.string().nullable(),
  longitude: z.number().nullable(),
  latitude: z.number().nullable(),
  industryCode: z.string(),
  industryName: z.string(),
  permitNumber: z.string().nullable(),
  permitClass: z.enum(permitClasses).nullable(),
  permitValidUntil: isoDateSchema.nullable(),
  /** Key-polluter lists of the inspection year. */
  keyPolluterMedia: z.array(z.enum(keyPolluterMedia)),
  isSpecialSupervision: z.boolean(),
  operatingStatus: z.enum(operatingStatuses),
});
export type InspectionEntitySummary = z.infer<typeof inspectionEntitySummarySchema>;

export const inspectionItemResultSchema = z.object({
  itemId: uuidSchema,
  result: z.enum(inspectionItemResults),
  note: z.string().nullable(),
});

export const inspectionRecordSchema = z.object({
  id: uuidSchema,
  inspectedOn: isoDateSchema,
  startedAt: isoDateTimeSchema.nullable(),
  endedAt: isoDateTimeSchema.nullable(),
  location: z.string().nullable(),
  personPresent: z.string().nullable(),
  personPresentPosition: z.string().nullable(),
  isEntityClosed: z.boolean(),
  itemResults: z.array(inspectionItemResultSchema),
  observations: z.string().nullable(),
  outcome: z.enum(randomCheckOutcomes),
  createdByName: z.string().nullable(),
  updatedAt: isoDateTimeSchema,
});
export type InspectionRecord = z.infer<typeof inspectionRecordSchema>;

export const inspectionPhotoSchema = z.object({
  id: uuidSchema,
  fileName: z.string(),
  mediaType: z.string(),
  byteSize: z.number().int(),
  /** SHA-256 of the bytes as received, lowercase hex. */
  sha256: z.string(),
  caption: z.string().nullable(),
  takenAt: isoDateTimeSchema.nullable(),
  createdByName: z.string().nullable(),
  createdAt: isoDateTimeSchema,
});
export type InspectionPhoto = z.infer<typeof inspectionPhotoSchema>;

export const inspectionFindingSchema = z.object({
  id: uuidSchema,
  catalogueItemId: uuidSchema.nullable(),
  itemName: z.string().nullable(),
  description: z.string(),
  disposition: z.enum(inspectionFindingDispositions),
  rectificationDueOn: isoDateSchema.nullable(),
  handledAt: isoDateTimeSchema.nullable(),
  createdByName: z.string().nullable(),
  createdAt: isoDateTimeSchema,
});
export type InspectionFinding = z.infer<typeof inspectionFindingSchema>;

/** One thing still missing before the record can be confirmed. */
export const inspectionGapSchema = z.object({ field: z.string(), message: z.string() });
export type InspectionGap = z.infer<typeof inspectionGapSchema>;

/** GET /api/field-inspections/tasks/:taskId: everything the record page shows. */
export const inspectionTaskDetailSchema = z.object({
  task: z.object({
    id: uuidSchema,
    position: z.number().int(),
    stratum: z.enum(randomCheckStrata),
    status: z.enum(randomCheckTaskStatuses),
    outcome: z.enum(randomCheckOutcomes).nullable(),
    inspectedOn: isoDateSchema.nullable(),
    completedAt: isoDateTimeSchema.nullable(),
    /** The plan's deadline, moved to the next working day when it falls on a rest day. */
    resultsDueOn: isoDateSchema,
    isOverdue: z.boolean(),
  }),
  plan: z.object({
    id: uuidSchema,
    number: z.string(),
    title: z.string(),
    agencyName: z.string(),
    inspectionStartsOn: isoDateSchema,
    inspectionDueOn: isoDateSchema,
    jointDepartments: z.array(z.string()),
  }),
  entity: inspectionEntitySummarySchema,
  items: z.array(inspectionTaskItemSchema),
  officers: z.array(inspectionTaskOfficerSchema),
  record: inspectionRecordSchema.nullable(),
  photos: z.array(inspectionPhotoSchema),
  findings: z.array(inspectionFindingSchema),
  /** What must still be filled before the officers can confirm (empty when ready). */
  gaps: z.array(inspectionGapSchema),
  viewer: z.object({
    /** The signed-in user is one of the task's officers. */
    isAssigned: z.boolean(),
    canEdit: z.boolean(),
    canConfirm: z.boolean(),
    hasConfirmed: z.boolean(),
    /** Why the viewer may only read, in Chinese; null when they may edit. */
    readOnlyReason: z.string().nullable(),
  }),
  today: isoDateSchema,
});
export type InspectionTaskDetail = z.infer<typeof inspectionTaskDetailSchema>;
