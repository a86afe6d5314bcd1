import { z } from 'zod';
import { roles } from '../auth/auth.roles';
import {
  booleanQuerySchema,
  isoDateSchema,
  isoDateTimeSchema,
  multilineText,
  pagedSchema,
  pageQuerySchema,
  uuidSchema,
} from '../common/common.contract';
import { assignmentBlockerCodes } from './personnel.assignment';
import { certificateStates, findCertificateProblems } from './personnel.certificate';
import { parseRealNameNumber } from './personnel.real-name-number';
import { secondmentProblemCodes, secondmentStates } from './personnel.secondment';
import { specialties } from './personnel.specialties';
import { awardKinds, backbonePools, genders, officerStatuses, trainingKinds } from './personnel.vocabulary';

// ---------------------------------------------------------------------------------------------
// Officers (ORG-3)
// ---------------------------------------------------------------------------------------------

const phoneSchema = z
  .string()
  .trim()
  .regex(/^1\d{10}$|^0\d{2,3}-?\d{7,8}$/, '请输入 11 位手机号或带区号的固定电话');

/** Certificate numbers vary by issuer (digits, letters, 〔2024〕…): no spaces, 4–40 characters. */
function certificateNumberSchema(label: string) {
  return z
    .string()
    .trim()
    .min(4, `${label}至少 4 位`)
    .max(40, `${label}最多 40 位`)
    .regex(/^\S+$/, `${label}不能包含空格`);
}

export const realNameNumberSchema = z
  .string()
  .trim()
  .superRefine((value, context) => {
    const parsed = parseRealNameNumber(value);
    if ('problem' in parsed) context.addIssue({ code: 'custom', message: parsed.problem });
  });

const specialtiesSchema = z
  .array(z.enum(specialties, { error: '专业特长不在词表中' }))
  .max(specialties.length)
  .refine((values) => new Set(values).size === values.length, { message: '专业特长不能重复' });

/** The editable fields of an officer; certificate coherence is checked on the whole record. */
const officerFieldsShape = {
  agencyId: uuidSchema,
  name: z.string({ error: '请填写姓名' }).trim().min(2, '姓名至少 2 个字').max(20, '姓名最多 20 个字'),
  gender: z.enum(genders, { error: '性别应为 male 或 female' }),
  birthYear: z
    .number()
    .int()
    .min(1950, '出生年份不早于 1950 年')
    .max(2010, '出生年份不晚于 2010 年')
    .nullable(),
  phone: phoneSchema.nullable(),
  post: z.string({ error: '请填写岗位' }).trim().min(2, '岗位至少 2 个字').max(30, '岗位最多 30 个字'),
  certificateNumber: certificateNumberSchema('执法证号').nullable(),
  certificateIssuer: z
    .string()
    .trim()
    .min(2, '发证机关至少 2 个字')
    .max(50, '发证机关最多 50 个字')
    .nullable(),
  certificateValidFrom: isoDateSchema.nullable(),
  certificateValidUntil: isoDateSchema.nullable(),
  monitoringCertificateNumber: certificateNumberSchema('现场监测上岗证号').nullable(),
  monitoringCertificateValidUntil: isoDateSchema.nullable(),
  hasLegalQualification: z.boolean(),
  legalQualificationNumber: certificateNumberSchema('法律职业资格证书编号').nullable(),
  specialties: specialtiesSchema,
  joinedOn: isoDateSchema.nullable(),
};

function addCertificateIssues(
  value: Parameters<typeof findCertificateProblems>[0],
  context: z.RefinementCtx,
) {
  for (const problem of findCertificateProblems(value)) {
    context.addIssue({ code: 'custom', message: problem.message, path: [problem.field] });
  }
}

export const createOfficerRequestSchema = z
  .object({
    ...officerFieldsShape,
    /** Given when the officer already has a number (an import); otherwise the server assigns one. */
    realNameNumber: realNameNumberSchema.optional(),
    birthYear: officerFieldsShape.birthYear.default(null),
    phone: officerFieldsShape.phone.default(null),
    certificateNumber: officerFieldsShape.certificateNumber.default(null),
    certificateIssuer: officerFieldsShape.certificateIssuer.default(null),
    certificateValidFrom: officerFieldsShape.certificateValidFrom.default(null),
    certificateValidUntil: officerFieldsShape.certificateValidUntil.default(null),
    monitoringCertificateNumber: officerFieldsShape.monitoringCertificateNumber.default(null),
    monitoringCertificateValidUntil: officerFieldsShape.monitoringCertificateValidUntil.default(null),
    hasLegalQualification: officerFieldsShape.hasLegalQualification.default(false),
    legalQualificationNumber: officerFieldsShape.legalQualificationNumber.default(null),
    specialties: specialtiesSchema.default([]),
    joinedOn: officerFieldsShape.joinedOn.default(null),
  })
  .strict()
  .superRefine(addCertificateIssues);
export type CreateOfficerRequest = z.infer<typeof createOfficerRequestSchema>;

/**
 * Any subset of the fields; the real-name number never changes. The server checks certificate
 * coherence on the stored record merged with the change.
 */
export const updateOfficerRequestSchema = z.object(officerFieldsShape).partial().strict();
export type UpdateOfficerRequest = z.infer<typeof updateOfficerRequestSchema>;

/** Statuses set directly; 借调 starts and ends with a secondment record. */
export const directOfficerStatuses = ['on_duty', 'on_leave', 'departed'] as const;
export const setOfficerStatusRequestSchema = z
  .object({
    status: z.enum(directOfficerStatuses, {
      error: '状态应为 on_duty（在岗）、on_leave（休假）或 departed（离岗）；借调请登记借调记录',
    }),
    note: z.string().trim().max(200, '说明最多 200 个字').nullable().default(null),
  })
  .strict();
export type SetOfficerStatusRequest = z.infer<typeof setOfficerStatusRequestSchema>;

export const certificateFilterValues = certificateStates;
export const secondmentFilterValues = ['any_open', ...secondmentProblemCodes] as const;
export type SecondmentFilter = (typeof secondmentFilterValues)[number];

export const officerSortFields = [
  'realNameNumber',
  'name',
  'agency',
  'certificateValidUntil',
  'joinedOn',
  'updatedAt',
] as const;
export type OfficerSortField = (typeof officerSortFields)[number];
export type OfficerSort = OfficerSortField | `-${OfficerSortField}`;
const officerSorts = officerSortFields.flatMap((field) => [field, `-${field}`]) as [
  OfficerSort,
  ...OfficerSort[],
];

export const officerListQuerySchema = pageQuerySchema.extend({
  /** Part of the name, the real-name number, the certificate number or the phone. */
  q: z.string().trim().max(50, '搜索词最多 50 个字').optional(),
  agencyId: uuidSchema.optional(),
  includeSubordinates: booleanQuerySchema.optional(),
  status: z.enum(officerStatuses, { error: '状态不存在' }).optional(),
  /** The enforcement certificate's state today (expiring = within the profile's warning period). */
  certificateState: z.enum(certificateFilterValues, { error: '执法证状态不存在' }).optional(),
  specialty: z.enum(specialties, { error: '专业特长不在词表中' }).optional(),
  isBackbone: booleanQuerySchema.optional(),
  backbonePool: z.enum(backbonePools, { error: '骨干库应为 province 或 city' }).optional(),
  hasLegalQualification: booleanQuerySchema.optional(),
  hasMonitoringCertificate: booleanQuerySchema.optional(),
  hasAccount: booleanQuerySchema.optional(),
  /** Officers with an open secondment, or one with the given problem. */
  secondment: z.enum(secondmentFilterValues, { error: '借调筛选条件不存在' }).optional(),
  sort: z.enum(officerSorts, { error: '排序字段不支持' }).default('realNameNumber'),
});
export type OfficerListQuery = z.infer<typeof officerListQuerySchema>;

export const officerListItemSchema = z.object({
  id: uuidSchema,
  realNameNumber: z.string(),
  name: z.string(),
  gender: z.enum(genders),
  post: z.string(),
  agencyId: uuidSchema,
  agencyName: z.string(),
  status: z.enum(officerStatuses),
  certificateNumber: z.string().nullable(),
  certificateValidUntil: isoDateSchema.nullable(),
  certificateState: z.enum(certificateStates),
  /** Days left until the last valid day (negative: expired), null without a certificate. */
  certificateDaysLeft: z.number().int().nullable(),
  hasMonitoringCertificate: z.boolean(),
  hasLegalQualification: z.boolean(),
  specialties: z.array(z.enum(specialties)),
  isBackbone: z.boolean(),
  backbonePool: z.enum(backbonePools).nullable(),
  userId: uuidSchema.nullable(),
  username: z.string().nullable(),
  joinedOn: isoDateSchema.nullable(),
  updatedAt: isoDateTimeSchema,
});
export type OfficerListItem = z.infer<typeof officerListItemSchema>;
export const officerPageSchema = pagedSchema(officerListItemSchema).extend({
  /** The business date the certificate states are computed for. */
  onDate: isoDateSchema,
  /** The warning period, in days, of the profile that applies. */
  warningDays: z.number().int(),
});
export type OfficerPage = z.infer<typeof officerPageSchema>;

export const secondmentSchema = z.object({
  id: uuidSchema,
  hostOrganisation: z.string(),
  reason: z.string().nullable(),
  startsOn: isoDateSchema,
  plannedEndsOn: isoDateSchema,
  returnedOn: isoDateSchema.nullable(),
  leavesCity: z.boolean(),
  state: z.enum(secondmentStates),
  /** The last day it may run without approval. */
  approvalFreeUntil: isoDateSchema,
  needsApproval: z.boolean(),
  approvalDocument: z.string().nullable(),
  approvedOn: isoDateSchema.nullable(),
  approvedByName: z.string().nullable(),
  needsFiling: z.boolean(),
  filedOn: isoDateSchema.nullable(),
  filedByName: z.string().nullable(),
  problems: z.array(z.object({ code: z.enum(secondmentProblemCodes), message: z.string() })),
  createdAt: isoDateTimeSchema,
});
export type Secondment = z.infer<typeof secondmentSchema>;

export const linkedAccountSchema = z.object({
  id: uuidSchema,
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(roles)),
  status: z.enum(['active', 'disabled']),
});
export type LinkedAccount = z.infer<typeof linkedAccountSchema>;

export const officerDetailSchema = officerListItemSchema.extend({
  birthYear: z.number().int().nullable(),
  phone: z.string().nullable(),
  agencyKind: z.string(),
  certificateIssuer: z.string().nullable(),
  certificateValidFrom: isoDateSchema.nullable(),
  /** First day of the warning period, null without a certificate. */
  certificateWarningFrom: isoDateSchema.nullable(),
  monitoringCertificateNumber: z.string().nullable(),
  monitoringCertificateValidUntil: isoDateSchema.nullable(),
  monitoringCertificateState: z.enum(certificateStates),
  legalQualificationNumber: z.string().nullable(),
  backboneSince: isoDateSchema.nullable(),
  account: linkedAccountSchema.nullable(),
  /** Why the officer cannot be assigned to an enforcement act today; empty when they can. */
  assignmentBlockers: z.array(z.object({ code: z.enum(assignmentBlockerCodes), message: z.string() })),
  secondments: z.array(secondmentSchema),
  supervisedEntities: z.array(z.object({ id: uuidSchema, name: z.string(), assignedOn: isoDateSchema })),
  supervisedEntityCount: z.number().int(),
  /** The rules of the officer's province profile, with their basis, for the page to explain. */
  rules: z.object({
    warningDays: z.number().int(),
    warningBasis: z.string(),
    secondmentThreshold: z.string(),
    secondmentApprover: z.string(),
    secondmentFiledWith: z.string(),
    secondmentBasis: z.string(),
    isLeavingCityFiled: z.boolean(),
    backboneManagedBy: z.string(),
  }),
  createdAt: isoDateTimeSchema,
});
export type OfficerDetail = z.infer<typeof officerDetailSchema>;

// ---------------------------------------------------------------------------------------------
// Platform accounts
// ---------------------------------------------------------------------------------------------

export const linkAccountRequestSchema = z.object({ userId: uuidSchema }).strict();
export type LinkAccountRequest = z.infer<typeof linkAccountRequestSchema>;
export const accountCandidatesSchema = z.array(
  linkedAccountSchema.extend({
    /** The officer the account is linked to, when it is (such accounts cannot be chosen). */
    linkedOfficerName: z.string().nullable(),
  }),
);
export type AccountCandidate = z.infer<typeof accountCandidatesSchema>[number];

// ---------------------------------------------------------------------------------------------
// Secondments (seed 004 item 17)
// ---------------------------------------------------------------------------------------------

export const officerSecondmentParamsSchema = z.object({ id: uuidSchema, secondmentId: uuidSchema });

export const createSecondmentRequestSchema = z
  .object({
    hostOrganisation: z
      .string({ error: '请填写借调（调用）单位' })
      .trim()
      .min(2, '借调单位至少 2 个字')
      .max(60, '借调单位最多 60 个字'),
    reason: multilineText(z.string().trim().max(200, '事由最多 200 个字').nullable().default(null)),
    startsOn: isoDateSchema,
    plannedEndsOn: isoDateSchema,
    leavesCity: z.boolean().default(false),
  })
  .strict()
  .refine((value) => value.plannedEndsOn > value.startsOn, {
    message: '计划结束日期须晚于开始日期',
    path: ['plannedEndsOn'],
  });
export type CreateSecondmentRequest = z.infer<typeof createSecondmentRequestSchema>;

export const approveSecondmentRequestSchema = z
  .object({
    approvalDocument: z
      .string({ error: '请填写同意文件文号' })
      .trim()
      .min(4, '文号至少 4 个字')
      .max(60, '文号最多 60 个字'),
    approvedOn: isoDateSchema,
  })
  .strict();
export type ApproveSecondmentRequest = z.infer<typeof approveSecondmentRequestSchema>;

export const fileSecondmentRequestSchema = z.object({ filedOn: isoDateSchema }).strict();
export type FileSecondmentRequest = z.infer<typeof fileSecondmentRequestSchema>;

export const returnSecondmentRequestSchema = z.object({ returnedOn: isoDateSchema }).strict();
export type ReturnSecondmentRequest = z.infer<typeof returnSecondmentRequestSchema>;

// ---------------------------------------------------------------------------------------------
// Trainings and awards (seed 004 四(二), item 19)
// ---------------------------------------------------------------------------------------------

export const trainingSchema = z.object({
  id: uuidSchema,
  title: z.string(),
  kind: z.enum(trainingKinds),
  organiser: z.string(),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
  hours: z.number().int(),
  isPassed: z.boolean(),
  createdAt: isoDateTimeSchema,
});
export type Training = z.infer<typeof trainingSchema>;

export const createTrainingRequestSchema = z
  .object({
    title: z
      .string({ error: '请填写培训名称' })
      .trim()
      .min(2, '培训名称至少 2 个字')
      .max(80, '培训名称最多 80 个字'),
    kind: z.enum(trainingKinds, { error: '培训类别不存在' }),
    organiser: z
      .string({ error: '请填写主办单位' })
      .trim()
      .min(2, '主办单位至少 2 个字')
      .max(60, '主办单位最多 60 个字'),
    startsOn: isoDateSchema,
    endsOn: isoDateSchema,
    hours: z.number().int().min(1, '学时至少 1').max(400, '学时最多 400'),
    isPassed: z.boolean().default(true),
  })
  .strict()
  .refine((value) => value.endsOn >= value.startsOn, {
    message: '结束日期不能早于开始日期',
    path: ['endsOn'],
  });
export type CreateTrainingRequest = z.infer<typeof createTrainingRequestSchema>;

export const awardSchema = z.object({
  id: uuidSchema,
  title: z.string(),
  kind: z.enum(awardKinds),
  awardedOn: isoDateSchema,
  awardedBy: z.string(),
  reason: z.string().nullable(),
  createdAt: isoDateTimeSchema,
});
export type Award = z.infer<typeof awardSchema>;

export const createAwardRequestSchema = z
  .object({
    title: z
      .string({ error: '请填写奖励名称' })
      .trim()
      .min(2, '奖励名称至少 2 个字')
      .max(60, '奖励名称最多 60 个字'),
    kind: z.enum(awardKinds, {
      error: '奖励类别应为 merit（记功）、commendation（嘉奖）或 praise（通报表扬）',
    }),
    awardedOn: isoDateSchema,
    awardedBy: z
      .string({ error: '请填写授予单位' })
      .trim()
      .min(2, '授予单位至少 2 个字')
      .max(60, '授予单位最多 60 个字'),
    reason: multilineText(z.string().trim().max(200, '事由最多 200 个字').nullable().default(null)),
  })
  .strict();
export type CreateAwardRequest = z.infer<typeof createAwardRequestSchema>;

// ---------------------------------------------------------------------------------------------
// Backbone pool (seed 004 item 8, 四(三))
// ---------------------------------------------------------------------------------------------

export const setBackboneRequestSchema = z
  .object({
    pool: z.enum(backbonePools, { error: '骨干库应为 province（省级）或 city（市级）' }),
    since: isoDateSchema.optional(),
  })
  .strict();
export type SetBackboneRequest = z.infer<typeof setBackboneRequestSchema>;

// ---------------------------------------------------------------------------------------------
// Supervising officers of an entity (监管责任人)
// ---------------------------------------------------------------------------------------------

export const entitySupervisorSchema = z.object({
  officerId: uuidSchema,
  name: z.string(),
  /** Null for a role without the personnel permission ('personnel.read'), as is `phone`. */
  realNameNumber: z.string().nullable(),
  agencyId: uuidSchema,
  agencyName: z.string(),
  post: z.string(),
  phone: z.string().nullable(),
  status: z.enum(officerStatuses),
  certificateState: z.enum(certificateStates),
  certificateValidUntil: isoDateSchema.nullable(),
  assignedOn: isoDateSchema,
  assignedByName: z.string().nullable(),
  /** Why this officer could not be assigned today (they stay until someone changes the list). */
  blocker: z.string().nullable(),
});
export type EntitySupervisor = z.infer<typeof entitySupervisorSchema>;

export const entitySupervisorsSchema = z.object({
  entityId: uuidSchema,
  ownerAgencyId: uuidSchema,
  ownerAgencyName: z.string(),
  onDate: isoDateSchema,
  warningDays: z.number().int(),
  supervisors: z.array(entitySupervisorSchema),
});
export type EntitySupervisors = z.infer<typeof entitySupervisorsSchema>;

export const supervisorCandidateQuerySchema = z.object({
  q: z.string().trim().max(50, '搜索词最多 50 个字').optional(),
});

export const supervisorCandidateSchema = z.object({
  officerId: uuidSchema,
  name: z.string(),
  /** Null for a role without the personnel permission. */
  realNameNumber: z.string().nullable(),
  agencyName: z.string(),
  post: z.string(),
  status: z.enum(officerStatuses),
  certificateState: z.enum(certificateStates),
  certificateValidUntil: isoDateSchema.nullable(),
  specialties: z.array(z.enum(specialties)),
  isCurrent: z.boolean(),
  /** Why the officer cannot be assigned today, or null. */
  blocker: z.string().nullable(),
});
export type SupervisorCandidate = z.infer<typeof supervisorCandidateSchema>;
export const supervisorCandidatesSchema = z.object({
  onDate: isoDateSchema,
  items: z.array(supervisorCandidateSchema),
  /** More officers matched than are listed: narrow the search. */
  isTruncated: z.boolean(),
});
export type SupervisorCandidates = z.infer<typeof supervisorCandidatesSchema>;

/** At most this many supervisors per entity (1–2 is usual). */
export const maximumSupervisorsPerEntity = 10;

export const setEntitySupervisorsRequestSchema = z
  .object({
    officerIds: z
      .array(uuidSchema)
      .max(maximumSupervisorsPerEntity, `每个监管对象最多 ${maximumSupervisorsPerEntity} 名监管责任人`),
  })
  .strict()
  .superRefine((value, context) => {
    const seen = new Set<string>();
    value.officerIds.forEach((id, index) => {
      if (seen.has(id))
        context.addIssue({ code: 'custom', message: '同一人员不能重复指定', path: ['officerIds', index] });
      seen.add(id);
    });
  });
export type SetEntitySupervisorsRequest = z.infer<typeof setEntitySupervisorsRequestSchema>;
