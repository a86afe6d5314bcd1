import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema, multilineText, uuidSchema } from '../common/common.contract';
import { keyPolluterMedia, operatingStatuses, permitClasses } from '../entities/entities.contract';
import {
  randomCheckOfficerRoles,
  randomCheckOutcomes,
  randomCheckStrata,
  randomCheckTaskStatuses,
} from './random-checks.contract';

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

/**
 * 回避 (行政处罚法 art. 43): the party is asked whether they request that an officer withdraw;
 * when they do, the request is decided on the spot or by the agency head.
 */
export const recusalAnswers = ['not_requested', 'requested'] as const;
export type RecusalAnswer = (typeof recusalAnswers)[number];
export const recusalAnswerLabels: Record<RecusalAnswer, string> = {
  not_requested: '不申请回避',
  requested: '申请回避',
};
export const recusalOutcomes = ['granted', 'rejected'] as const;
export type RecusalOutcome = (typeof recusalOutcomes)[number];
export const recusalOutcomeLabels: Record<RecusalOutcome, string> = {
  granted: '准予回避，已更换检查人员',
  rejected: '不予回避',
};

/** Who signs the 现场检查笔录: each officer, and the entity's person present. */
export const inspectionSigners = ['officer', 'person_present'] as const;
export type InspectionSigner = (typeof inspectionSigners)[number];

/** A signature drawn on the phone, as PNG; a 390 px canvas at 2× is well under this. */
export const maxInspectionSignatureBytes = 512 * 1024;
export const maxInspectionSignatureBase64Length = Math.ceil(maxInspectionSignatureBytes / 3) * 4;

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
export const inspectionSignatureParamsSchema = z.object({ taskId: uuidSchema, signatureId: uuidSchema });
export const inspectionRecordParamsSchema = z.object({ recordId: uuidSchema });

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

/** 出示执法证件 (行政处罚法 art. 55): which officer showed which certificate. */
export const certificateShownSchema = z
  .object({
    officerId: uuidSchema,
    certificateNumber: z
      .string({ error: '执法证号应为文字' })
      .trim()
      .min(1, '请填写出示的执法证号')
      .max(40, '执法证号最多 40 个字符'),
  })
  .strict();
export type CertificateShown = z.infer<typeof certificateShownSchema>;

/** The 回避 question (行政处罚法 art. 43) as asked on site and answered by the party. */
export const recusalRecordSchema = z
  .object({
    isAsked: z.boolean({ error: '应为 true 或 false' }),
    answer: z
      .enum(recusalAnswers, { error: '当事人答复应为 not_requested 或 requested' })
      .nullable()
      .default(null),
    /** The officer whose recusal the party requested. */
    officerId: uuidSchema.nullable().default(null),
    outcome: z.enum(recusalOutcomes, { error: '处理结果应为 granted 或 rejected' }).nullable().default(null),
    /** The party's reason and how the request was decided. */
    note: optionalText('回避申请及处理情况', 500),
  })
  .strict();
export type RecusalRecord = z.infer<typeof recusalRecordSchema>;

/**
 * Saves the record as it stands (a draft: items may still be open). The whole record is sent each
 * time; saving after a confirmation withdraws the confirmations and signatures (the officers and
 * the party sign what they read).
 *
 * Offline drafts sync through this request: `draftId` names this version of the draft (made on the
 * phone), so a sync repeated after a lost answer changes nothing; `revision` is the server
 * revision the draft was edited from, and a draft edited from an older one is refused (409).
 */
export const saveInspectionRecordRequestSchema = z
  .object({
    revision: z
      .number({ error: '请提供笔录的版本号（revision）' })
      .int('版本号应为整数')
      .min(0, '版本号不能为负数')
      .max(1_000_000, '版本号过大'),
    draftId: uuidSchema,
    inspectedOn: z.iso.date({ error: '检查日期格式应为 YYYY-MM-DD' }),
    startedAt: isoDateTimeSchema.nullable().default(null),
    endedAt: isoDateTimeSchema.nullable().default(null),
    location: optionalText('检查地点', 200),
    personPresent: optionalText('现场负责人', 40),
    personPresentPosition: optionalText('现场负责人职务', 40),
    personPresentIdNumber: optionalText('现场负责人身份证件号码', 30),
    personPresentPhone: optionalText('现场负责人联系电话', 30),
    certificatesShown: z
      .array(certificateShownSchema)
      .max(20, '出示证件的检查人员最多 20 名')
      .default([])
      .refine((shown) => new Set(shown.map((entry) => entry.officerId)).size === shown.length, {
        message: '同一检查人员只能登记一次出示证件',
      }),
    /** 告知权利义务 (incl. 陈述、申辩权): when the party was informed; null while not yet. */
    rightsInformedAt: isoDateTimeSchema.nullable().default(null),
    recusal: recusalRecordSchema.nullable().default(null),
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

/**
 * A signature drawn on the phone (PNG), or — for the person present only — their refusal to sign
 * with what happened and who witnessed it (当事人拒绝签字的，注明情况).
 */
export const addInspectionSignatureRequestSchema = z
  .object({
    signer: z.enum(inspectionSigners, {
      error: '签名人应为 officer（检查人员）或 person_present（现场负责人）',
    }),
    /** For an officer's signature: which of the task's officers signs. */
    officerId: uuidSchema.nullable().default(null),
    imageBase64: z
      .string({ error: '签名图片应为 Base64 编码' })
      .max(maxInspectionSignatureBase64Length, `签名图片不能超过 ${maxInspectionSignatureBytes / 1024} KB`)
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, '签名图片应为 Base64 编码')
      .nullable()
      .default(null),
    isRefused: z.boolean({ error: '应为 true 或 false' }).default(false),
    refusalNote: optionalText('拒绝签字情况', 300),
    witness: optionalText('见证人', 60),
  })
  .strict()
  .superRefine((signature, context) => {
    if (signature.signer === 'officer') {
      if (!signature.officerId) {
        context.addIssue({ code: 'custom', path: ['officerId'], message: '请选择签名的检查人员' });
      }
      if (signature.isRefused) {
        context.addIssue({ code: 'custom', path: ['isRefused'], message: '检查人员须签名，不能登记拒签' });
      }
    } else if (signature.officerId) {
      context.addIssue({ code: 'custom', path: ['officerId'], message: '现场负责人签名不填写检查人员' });
    }
    if (signature.isRefused) {
      if (signature.imageBase64) {
        context.addIssue({ code: 'custom', path: ['imageBase64'], message: '拒绝签字时不应附签名图片' });
      }
      if (!signature.refusalNote) {
        context.addIssue({
          code: 'custom',
          path: ['refusalNote'],
          message: '当事人拒绝签字的，须注明情况',
        });
      }
    } else if (!signature.imageBase64) {
      context.addIssue({ code: 'custom', path: ['imageBase64'], message: '请在签名板上签名' });
    }
  });
export type AddInspectionSignatureRequest = z.input<typeof addInspectionSignatureRequestSchema>;
export type AddInspectionSignatureInput = z.infer<typeof addInspectionSignatureRequestSchema>;

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
  personPresentIdNumber: z.string().nullable(),
  personPresentPhone: z.string().nullable(),
  certificatesShown: z.array(certificateShownSchema),
  rightsInformedAt: isoDateTimeSchema.nullable(),
  recusal: recusalRecordSchema.nullable(),
  isEntityClosed: z.boolean(),
  itemResults: z.array(inspectionItemResultSchema),
  observations: z.string().nullable(),
  outcome: z.enum(randomCheckOutcomes),
  /** Grows by one with every saved change; an offline draft names the revision it was edited from. */
  revision: z.number().int(),
  /** The draft version last synced (a repeated sync of it is answered without a change). */
  lastDraftId: uuidSchema.nullable(),
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

export const inspectionSignatureSchema = z.object({
  id: uuidSchema,
  signer: z.enum(inspectionSigners),
  officerId: uuidSchema.nullable(),
  signerName: z.string().nullable(),
  isRefused: z.boolean(),
  refusalNote: z.string().nullable(),
  witness: z.string().nullable(),
  /** SHA-256 of the PNG as received (null for a refusal). */
  sha256: z.string().nullable(),
  byteSize: z.number().int().nullable(),
  signedAt: isoDateTimeSchema,
  capturedByName: z.string().nullable(),
});
export type InspectionSignature = z.infer<typeof inspectionSignatureSchema>;

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
  signatures: z.array(inspectionSignatureSchema),
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
