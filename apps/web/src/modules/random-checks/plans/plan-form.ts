import type { RandomCheckPlanDetail, RandomCheckPlanKind, RandomCheckStratum } from '@qingshan/domain';
import type { Dayjs } from 'dayjs';
import { dayjs } from '../../../lib/dates';
import type { SelectedItem } from './PlanFormParts';

export interface FormValues {
  title: string;
  kind: RandomCheckPlanKind;
  year: number;
  quarter: number | null;
  period: [Dayjs, Dayjs];
  inspectionStartsOn: Dayjs;
  inspectionDueOn: Dayjs;
  publicationDueOn: Dayjs | null;
  items: SelectedItem[];
  countyCodes: string[];
  industryCodes: string[];
  permitClasses: string[];
  strata: RandomCheckStratum[];
  ratioOfficers: number;
  ratioEntities: number;
  specialObjectPercent: number;
  isCrossRegion: boolean;
  jointDepartments: string[];
  note: string;
}

export const dateFormat = 'YYYY-MM-DD';

export function valuesOfPlan(plan: RandomCheckPlanDetail): Partial<FormValues> {
  return {
    title: plan.title,
    kind: plan.kind,
    year: plan.year,
    quarter: plan.quarter,
    period: [dayjs(plan.periodStart), dayjs(plan.periodEnd)],
    inspectionStartsOn: dayjs(plan.inspectionStartsOn),
    inspectionDueOn: dayjs(plan.inspectionDueOn),
    publicationDueOn: dayjs(plan.publicationDueOn),
    items: plan.items.map((item) => ({
      catalogueItemId: item.catalogueItemId,
      requiredSpecialty: item.requiredSpecialty,
    })),
    countyCodes: plan.poolFilter.countyCodes,
    industryCodes: plan.poolFilter.industryCodes,
    permitClasses: plan.poolFilter.permitClasses,
    strata: plan.poolFilter.strata,
    ratioOfficers: plan.ratioOfficers,
    ratioEntities: plan.ratioEntities,
    specialObjectPercent: plan.specialObjectPercent,
    isCrossRegion: plan.isCrossRegion,
    jointDepartments: plan.jointDepartments,
    note: plan.note ?? '',
  };
}
