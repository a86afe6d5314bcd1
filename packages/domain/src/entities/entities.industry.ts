import { z } from 'zod';
import { industryEntries } from './entities.industry-table';

/**
 * GB/T 4754-2017《国民经济行业分类》: 门类 (section, letter A–T) → 大类 (division, 2 digits) →
 * 中类 (group, 3 digits) → 小类 (class, 4 digits). Clause 4: each lower code extends its parent's
 * digits; a division's parent is its section letter. The data and its sources are in industry-table.ts.
 */

export const industryLevels = ['section', 'division', 'group', 'class'] as const;
export type IndustryLevel = (typeof industryLevels)[number];

export interface IndustryEntry {
  code: string;
  name: string;
  level: IndustryLevel;
  /** The parent's code; null for a section. */
  parent: string | null;
}

/**
 * Divisions an ecological-environment agency regulates most, for demo data and filters. Every one of
 * them ships with its complete groups and classes in the table; other divisions ship without.
 * Besides the obvious polluters: 03 livestock (manure), 44–46 power, gas and water (incl. 4620
 * sewage treatment), 52 retail (5265 fuel stations: vapour recovery), 77–78 environmental services
 * (hazardous waste, sanitation), 81 vehicle repair (spray booths, VOCs), 84 health (medical waste).
 */
export const pollutingIndustryDivisions = [
  '03',
  '06',
  '07',
  '08',
  '09',
  '10',
  '11',
  '12',
  '13',
  '14',
  '15',
  '17',
  '19',
  '22',
  '25',
  '26',
  '27',
  '28',
  '29',
  '30',
  '31',
  '32',
  '33',
  '38',
  '39',
  '44',
  '45',
  '46',
  '52',
  '77',
  '78',
  '81',
  '84',
] as const;
export type PollutingIndustryDivision = (typeof pollutingIndustryDivisions)[number];

/** The table, frozen: sections and divisions complete, groups and classes for the divisions above. */
export const industryTable: readonly Readonly<IndustryEntry>[] = Object.freeze(
  industryEntries.map((entry) => Object.freeze({ ...entry })),
);

const entriesByCode = new Map(industryTable.map((entry) => [entry.code, entry]));
const childrenByParent = new Map<string | null, Readonly<IndustryEntry>[]>();
for (const entry of industryTable) {
  const siblings = childrenByParent.get(entry.parent) ?? [];
  siblings.push(entry);
  childrenByParent.set(entry.parent, siblings);
}
const divisionsWithDetail = new Set<string>(pollutingIndustryDivisions);

/** The entry for a code (`'C'`, `'26'`, `'261'`, `'2614'`), or undefined. */
export function findIndustry(code: string): Readonly<IndustryEntry> | undefined {
  return entriesByCode.get(code.trim());
}

/** True when the code is in the table. */
export function isIndustryCode(code: string): boolean {
  return entriesByCode.has(code.trim());
}

/** Section → division → group → class, ending with the code itself; empty when the code is unknown. */
export function industryPath(code: string): Readonly<IndustryEntry>[] {
  const path: Readonly<IndustryEntry>[] = [];
  let entry = findIndustry(code);
  while (entry) {
    path.unshift(entry);
    entry = entry.parent === null ? undefined : entriesByCode.get(entry.parent);
  }
  return path;
}

/** The children of a code in table order; `null` lists the 20 sections. */
export function listIndustryChildren(code: string | null): Readonly<IndustryEntry>[] {
  return [...(childrenByParent.get(code === null ? null : code.trim()) ?? [])];
}

function describeUnknownIndustryCode(code: string): string {
  const division = code.slice(0, 2);
  const divisionEntry = /^\d{3,4}$/.test(code) ? entriesByCode.get(division) : undefined;
  if (divisionEntry && !divisionsWithDetail.has(division)) {
    // We do not ship this division's groups and classes, so we cannot say the code is wrong.
    return `行业代码 ${code} 属于大类 ${division}（${divisionEntry.name}），本系统只收录到该大类，请选择大类代码 ${division}`;
  }
  // A code is at most 4 characters; anything longer is not echoed back (it may be any input).
  if (code.length > 4) return '行业代码应为门类字母或 2–4 位数字（GB/T 4754-2017）';
  return `行业代码 ${code} 不在 GB/T 4754-2017 中`;
}

/** A code from the table (section, division, group or class); trimmed. */
export const industryCodeSchema = z
  .string({ error: '请填写行业代码（GB/T 4754-2017）' })
  .trim()
  .superRefine((code, context) => {
    if (!isIndustryCode(code)) {
      context.addIssue({ code: 'custom', message: describeUnknownIndustryCode(code) });
    }
  });
