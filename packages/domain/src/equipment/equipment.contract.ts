import { z } from 'zod';
import {
  booleanQuerySchema,
  isoDateSchema,
  isoDateTimeSchema,
  multilineText,
  pagedSchema,
  pageQuerySchema,
  uuidSchema,
} from '../common/common.contract';
import { agencyKinds, agencyLevels } from '../org/org.contract';
import { equipmentCategories } from './equipment.categories';
import { equipmentStatuses, equipmentTransitionTargets } from './equipment.lifecycle';
import { equipmentRequirementTiers, equipmentStandardLevels } from './equipment.standard';

// ---------------------------------------------------------------------------------------------
// Inventory (ORG-4)
// ---------------------------------------------------------------------------------------------

export const equipmentCategorySchema = z.enum(equipmentCategories, { error: '装备类别不存在' });
export const equipmentStatusSchema = z.enum(equipmentStatuses, {
  error: '状态应为 in_use、maintenance、scrapped 或 replaced',
});

/** 资产编号: the agency's asset tag; plate numbers such as 赣A·F1234 are used for vehicles. */
const assetNumberSchema = z
  .string({ error: '请输入资产编号' })
  .trim()
  .min(2, '资产编号至少 2 个字符')
  .max(40, '资产编号最多 40 个字符')
  .regex(/^[\p{L}\p{N}\-_/.·]+$/u, '资产编号只能包含汉字、字母、数字和 - _ / . ·');

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label}最多 ${max} 个字`)
    .transform((value) => (value === '' ? null : value))
    .nullable();

const equipmentItemFields = {
  name: z
    .string({ error: '请输入装备名称' })
    .trim()
    .min(2, '装备名称至少 2 个字')
    .max(60, '装备名称最多 60 个字'),
  model: optionalText(60, '型号'),
  serialNumber: optionalText(60, '出厂编号'),
  assetNumber: assetNumberSchema,
  acquiredOn: isoDateSchema.nullable(),
  note: multilineText(optionalText(500, '备注')),
};

export const equipmentListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(50, '搜索词最多 50 个字').optional(),
  agencyId: uuidSchema.optional(),
  /** With agencyId: include the agencies below it too. */
  includeSubordinates: booleanQuerySchema.optional(),
  category: equipmentCategorySchema.optional(),
  status: equipmentStatusSchema.optional(),
  sort: z
    .enum(
      [
        'assetNumber',
        '-assetNumber',
        'acquiredOn',
        '-acquiredOn',
        'category',
        '-category',
        'name',
        '-name',
        'updatedAt',
        '-updatedAt',
      ],
      { error: '排序字段不支持' },
    )
    .default('assetNumber'),
});
export type EquipmentListQuery = z.infer<typeof equipmentListQuerySchema>;

export const equipmentItemSchema = z.object({
  id: uuidSchema,
  agencyId: uuidSchema,
  agencyName: z.string(),
  category: equipmentCategorySchema,
  name: z.string(),
  model: z.string().nullable(),
  serialNumber: z.string().nullable(),
  assetNumber: z.string().nullable(),
  acquiredOn: isoDateSchema.nullable(),
  status: equipmentStatusSchema,
  statusChangedOn: isoDateSchema.nullable(),
  replacesId: uuidSchema.nullable(),
  note: z.string().nullable(),
  updatedAt: isoDateTimeSchema,
});
export type EquipmentItem = z.infer<typeof equipmentItemSchema>;
export const equipmentPageSchema = pagedSchema(equipmentItemSchema);

export const equipmentEventSchema = z.object({
  id: uuidSchema,
  occurredOn: isoDateSchema,
  fromStatus: equipmentStatusSchema.nullable(),
  toStatus: equipmentStatusSchema,
  note: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: isoDateTimeSchema,
});
export type EquipmentEvent = z.infer<typeof equipmentEventSchema>;

const linkedItemSchema = z.object({
  id: uuidSchema,
  name: z.string(),
  assetNumber: z.string().nullable(),
  status: equipmentStatusSchema,
});

export const equipmentItemDetailSchema = equipmentItemSchema.extend({
  createdAt: isoDateTimeSchema,
  /** The item this one replaced, and the item that replaced this one. */
  replaces: linkedItemSchema.nullable(),
  replacedBy: linkedItemSchema.nullable(),
  /** Oldest first. */
  events: z.array(equipmentEventSchema),
});
export type EquipmentItemDetail = z.infer<typeof equipmentItemDetailSchema>;

export const createEquipmentItemRequestSchema = z
  .object({
    agencyId: uuidSchema,
    category: equipmentCategorySchema,
    ...equipmentItemFields,
    model: equipmentItemFields.model.default(null),
    serialNumber: equipmentItemFields.serialNumber.default(null),
    acquiredOn: equipmentItemFields.acquiredOn.default(null),
    note: equipmentItemFields.note.default(null),
  })
  .strict();
export type CreateEquipmentItemRequest = z.infer<typeof createEquipmentItemRequestSchema>;

export const updateEquipmentItemRequestSchema = z
  .object({ agencyId: uuidSchema, category: equipmentCategorySchema, ...equipmentItemFields })
  .partial()
  .strict()
  .refine((value) => Object.keys(value).length > 0, { message: '请至少修改一项' });
export type UpdateEquipmentItemRequest = z.infer<typeof updateEquipmentItemRequestSchema>;

export const equipmentTransitionRequestSchema = z
  .object({
    status: z.enum(equipmentTransitionTargets, {
      error: '状态应为 in_use（恢复使用）、maintenance（送修）或 scrapped（报废）；更新替换请使用替换操作',
    }),
    occurredOn: isoDateSchema,
    note: multilineText(optionalText(500, '说明').default(null)),
  })
  .strict();
export type EquipmentTransitionRequest = z.infer<typeof equipmentTransitionRequestSchema>;

/** Replacing an item: the old one is closed as replaced, the new one (same agency and category) is entered. */
export const replaceEquipmentItemRequestSchema = z
  .object({
    occurredOn: isoDateSchema,
    note: multilineText(optionalText(500, '说明').default(null)),
    newItem: z
      .object({
        name: equipmentItemFields.name,
        model: equipmentItemFields.model.default(null),
        serialNumber: equipmentItemFields.serialNumber.default(null),
        assetNumber: equipmentItemFields.assetNumber,
      })
      .strict(),
  })
  .strict();
export type ReplaceEquipmentItemRequest = z.infer<typeof replaceEquipmentItemRequestSchema>;

// ---------------------------------------------------------------------------------------------
// Gap against the standard
// ---------------------------------------------------------------------------------------------

export const equipmentGapQuerySchema = z.object({ agencyId: uuidSchema.optional() });
export type EquipmentGapQuery = z.infer<typeof equipmentGapQuerySchema>;

export const equipmentGapLineSchema = z.object({
  category: equipmentCategorySchema,
  tier: z.enum(equipmentRequirementTiers),
  required: z.number().int(),
  recommended: z.number().int(),
  inUse: z.number().int(),
  inMaintenance: z.number().int(),
  shortfall: z.number().int(),
});

export const equipmentGapSchema = z.object({
  lines: z.array(equipmentGapLineSchema),
  requiredTotal: z.number().int(),
  fulfilledTotal: z.number().int(),
  shortfallTotal: z.number().int(),
  shortCategories: z.array(equipmentCategorySchema),
});
export type EquipmentGapResponseLine = z.infer<typeof equipmentGapLineSchema>;

export const equipmentStandardCategorySchema = z.object({
  category: equipmentCategorySchema,
  label: z.string(),
  unit: z.string(),
  purpose: z.string(),
  basis: z.string(),
  isConfigurable: z.boolean(),
  note: z.string(),
  /** Listed by the province profile as required (seed 004 item 12 for Jiangxi). */
  isRequiredByProvince: z.boolean(),
  requirements: z.record(
    z.enum(equipmentStandardLevels),
    z.object({ tier: z.enum(equipmentRequirementTiers), description: z.string() }),
  ),
});

export const equipmentGapUnitSchema = z.object({
  agencyId: uuidSchema,
  name: z.string(),
  shortName: z.string(),
  kind: z.enum(agencyKinds),
  level: z.enum(agencyLevels),
  /** The unit above this one in the view (null at the top). */
  parentAgencyId: uuidSchema.nullable(),
  onDutyOfficers: z.number().int(),
  own: equipmentGapSchema,
  /** This unit and every unit below it. */
  rolledUp: equipmentGapSchema,
});
export type EquipmentGapUnit = z.infer<typeof equipmentGapUnitSchema>;

export const equipmentGapResponseSchema = z.object({
  agencyId: uuidSchema,
  agencyName: z.string(),
  standard: z.object({
    title: z.string(),
    revisionNote: z.string(),
    /** The province profile's required list and its citation. */
    requiredBasis: z.string(),
  }),
  categories: z.array(equipmentStandardCategorySchema),
  units: z.array(equipmentGapUnitSchema),
  total: equipmentGapSchema,
});
export type EquipmentGapResponse = z.infer<typeof equipmentGapResponseSchema>;
