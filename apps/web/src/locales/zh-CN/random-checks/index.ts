import { fieldInspections } from './field-inspections';
import { planTexts } from './plans';
import { publicTexts } from './public';
import { reports } from './reports';

/**
 * 双随机、一公开 — one area, one namespace (issue 9): plans, draw and tasks at the top, then the
 * field inspection record (DR-5), the publication and summary tables (DR-6, DR-7) and the public pages.
 */
export const randomChecks = {
  ...planTexts,
  fieldInspections,
  reports,
  public: publicTexts,
};
