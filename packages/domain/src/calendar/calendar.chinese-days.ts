// The import attribute is what Node's ESM loader requires for JSON; esbuild (tsx, the server
// bundle) and Vite (vitest, the web build) accept it as well. chinese-days has no "exports" map,
// so the deep path into dist/ resolves everywhere.
import chineseDaysJson from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { assertIsoDate, yearOf } from './calendar.dates';
import type { CalendarData, CalendarOverride, IsoDate } from './calendar.types';

interface ChineseDaysJson {
  holidays: Record<IsoDate, string>;
  workdays: Record<IsoDate, string>;
  /** Weekdays off that are paid back by make-up days; they are already listed in `holidays`. */
  inLieuDays: Record<IsoDate, string>;
}

const packageData: ChineseDaysJson = chineseDaysJson;

/** chinese-days stores "English name,中文名,number of statutory days"; we show the Chinese name. */
function readChineseName(value: string): string {
  const [englishName, chineseName] = value.split(',');
  return chineseName?.trim() || englishName?.trim() || value;
}

function translateNames(entries: Record<IsoDate, string>): Record<IsoDate, string> {
  const names: Record<IsoDate, string> = {};
  for (const [date, value] of Object.entries(entries)) names[date] = readChineseName(value);
  return names;
}

/**
 * Builds calendar data from the `chinese-days` package, corrected by an administrator.
 *
 * `overrides` win over the package: they carry next year's schedule once the State Council
 * publishes it (around November) and fix any mistake in the package. `confirmedYears` are
 * years whose overrides an administrator has declared complete; only confirmed years that
 * follow the package's last year without a gap extend `knownThroughYear`, because a gap year
 * would still be unknown.
 */
export function loadChineseDaysData(
  overrides: CalendarOverride[] = [],
  confirmedYears: number[] = [],
): CalendarData {
  const holidays = translateNames(packageData.holidays);
  const workdays = translateNames(packageData.workdays);

  for (const override of overrides) {
    assertIsoDate(override.date, 'override date');
    if (override.kind === 'holiday') {
      delete workdays[override.date];
      holidays[override.date] = override.name;
    } else if (override.kind === 'workday') {
      delete holidays[override.date];
      workdays[override.date] = override.name;
    } else {
      throw new RangeError(
        `调整类型应为 holiday 或 workday：${String(override.kind)} / Override kind must be holiday or workday: ${String(override.kind)}`,
      );
    }
  }

  const packageYears = [...Object.keys(packageData.holidays), ...Object.keys(packageData.workdays)].map(
    yearOf,
  );
  let knownThroughYear = Math.max(...packageYears);
  const confirmed = new Set(confirmedYears);
  while (confirmed.has(knownThroughYear + 1)) knownThroughYear++;

  return { holidays, workdays, knownThroughYear };
}
