import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema, uuidSchema } from '../common/common.contract';
import { equipmentCategorySchema } from '../equipment/equipment.contract';
import { agencyKinds, agencyLevels } from '../org/org.contract';
import { capacityIndicatorKeys } from './capacity.indicators';

// Capacity indicators (EVAL-3; seed 004 items 17, 18) per agency and rolled up.

export const capacityQuerySchema = z.object({
  agencyId: uuidSchema.optional(),
  /** The day certificates are checked on; today when absent. */
  date: isoDateSchema.optional(),
});
export type CapacityQuery = z.infer<typeof capacityQuerySchema>;

export const capacityIndicatorSchema = z.object({
  key: z.enum(capacityIndicatorKeys),
  value: z.number().nullable(),
  numerator: z.number().int(),
  denominator: z.number().int(),
  isApplicable: z.boolean(),
  isMet: z.boolean().nullable(),
});
export type CapacityIndicatorResponse = z.infer<typeof capacityIndicatorSchema>;

export const capacityFiguresSchema = z.object({
  unitCount: z.number().int(),
  unitsWithStaffing: z.number().int(),
  /** 执法编制数 (sum of those entered); null for a single agency that has not entered it. */
  authorizedPositions: z.number().int().nullable(),
  vacantPositions: z.number().int(),
  enforcementStaff: z.number().int(),
  onDuty: z.number().int(),
  certified: z.number().int(),
  legallyQualified: z.number().int(),
  cityUnitCount: z.number().int(),
  cityUnitsWithLegalQualification: z.number().int(),
  indicators: z.object({
    vacancy: capacityIndicatorSchema,
    onDuty: capacityIndicatorSchema,
    certificate: capacityIndicatorSchema,
    legalQualification: capacityIndicatorSchema,
  }),
  equipment: z.object({
    requiredTotal: z.number().int(),
    fulfilledTotal: z.number().int(),
    shortfallTotal: z.number().int(),
    shortCategories: z.array(z.object({ category: equipmentCategorySchema, shortfall: z.number().int() })),
  }),
  /** Applicable targets missed, the equipment gap included. */
  missedTargets: z.number().int(),
});
export type CapacityFigures = z.infer<typeof capacityFiguresSchema>;

export const capacityRowSchema = z.object({
  agencyId: uuidSchema,
  name: z.string(),
  shortName: z.string(),
  kind: z.enum(agencyKinds),
  level: z.enum(agencyLevels),
  /** The unit above this one in the view (null at the top). */
  parentAgencyId: uuidSchema.nullable(),
  staffingUpdatedAt: isoDateTimeSchema.nullable(),
  own: capacityFiguresSchema,
  /** This unit and every unit below it. */
  rolledUp: capacityFiguresSchema,
});
export type CapacityRow = z.infer<typeof capacityRowSchema>;

export const capacityTargetSchema = z.object({
  key: z.enum([...capacityIndicatorKeys, 'equipment']),
  label: z.string(),
  /** The target in words, e.g. ≤ 5 %. */
  target: z.string(),
  basis: z.string(),
  note: z.string().nullable(),
});
export type CapacityTarget = z.infer<typeof capacityTargetSchema>;

export const capacityResponseSchema = z.object({
  agencyId: uuidSchema,
  agencyName: z.string(),
  date: isoDateSchema,
  thresholds: z.object({
    maxVacancyRatePercent: z.number(),
    minOnDutyRatePercent: z.number(),
    certificateRatePercent: z.number(),
    minLegallyQualifiedPerCityAgency: z.number().int(),
  }),
  targets: z.array(capacityTargetSchema),
  /** Parents before children, in agency order. */
  rows: z.array(capacityRowSchema),
  /** Every unit of the view together. */
  total: capacityFiguresSchema,
});
export type CapacityResponse = z.infer<typeof capacityResponseSchema>;

export const staffingParamsSchema = z.object({ agencyId: uuidSchema });

export const setStaffingRequestSchema = z
  .object({
    authorizedPositions: z
      .number({ error: '编制数应为整数' })
      .int('编制数应为整数')
      .min(0, '编制数不能为负数')
      .max(5000, '编制数最多 5000'),
  })
  .strict();
export type SetStaffingRequest = z.infer<typeof setStaffingRequestSchema>;

export const staffingSchema = z.object({
  agencyId: uuidSchema,
  agencyName: z.string(),
  authorizedPositions: z.number().int(),
  updatedAt: isoDateTimeSchema,
});
export type Staffing = z.infer<typeof staffingSchema>;
