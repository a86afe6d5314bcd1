import { describe, expect, it } from 'vitest';
import { getProvinceProfile } from '../profile/index';
import {
  addRandomCheckFacts,
  coverageFiguresOf,
  disclosureRatePercent,
  emptyCoverageFacts,
  emptyRandomCheckFacts,
  generalRequiredOf,
  isDisclosureBelowTarget,
  monthlySummaryDueOn,
  monthPeriod,
  previousMonthOf,
  type RandomCheckFacts,
  type ReportAgency,
  randomCheckReportReminders,
  ratioLevelOf,
  reportPeriodKey,
  rollUpReport,
  summaryFiguresOf,
  yearlySummaryDueOn,
} from './random-checks.reports';

const rules = getProvinceProfile('jiangxi').randomInspection;

describe('due dates of the monthly table and the yearly summary (seed 002 二（二）5)', () => {
  it('the monthly table is due on the 5th of the next month', () => {
    expect(monthlySummaryDueOn('2026-10', rules)).toBe('2026-11-05');
    expect(monthlySummaryDueOn('2026-12', rules)).toBe('2027-01-05');
  });

  it('a due day past the end of a short month falls on its last day', () => {
    const late = { ...rules, monthlySummaryDueDay: { ...rules.monthlySummaryDueDay, day: 31 } };
    expect(monthlySummaryDueOn('2026-01', late)).toBe('2026-02-28');
    expect(monthlySummaryDueOn('2027-03', late)).toBe('2027-04-30');
  });

  it('the yearly summary is due on 15 December of the year', () => {
    expect(yearlySummaryDueOn(2026, rules)).toBe('2026-12-15');
  });

  it('periods cover whole months, leap years included', () => {
    expect(monthPeriod('2028-02')).toEqual({ start: '2028-02-01', end: '2028-02-29', label: '2028年2月' });
    expect(monthPeriod('2026-11').end).toBe('2026-11-30');
    expect(() => monthPeriod('2026-13')).toThrow();
    expect(previousMonthOf('2027-01-03')).toBe('2026-12');
    expect(previousMonthOf('2026-11-20')).toBe('2026-10');
  });
});

describe('to-do reminders', () => {
  it('remind about last month’s table from the 1st, overdue after the due day until submitted', () => {
    expect(randomCheckReportReminders('2026-11-01', rules)).toEqual([
      {
        kind: 'monthly',
        period: '2026-10',
        periodLabel: '2026年10月',
        dueOn: '2026-11-05',
        daysLeft: 4,
        isOverdue: false,
      },
    ]);
    expect(randomCheckReportReminders('2026-11-05', rules)[0]).toMatchObject({
      daysLeft: 0,
      isOverdue: false,
    });
    expect(randomCheckReportReminders('2026-11-06', rules)[0]).toMatchObject({
      daysLeft: -1,
      isOverdue: true,
    });
    expect(randomCheckReportReminders('2026-11-20', rules)[0]).toMatchObject({
      period: '2026-10',
      isOverdue: true,
    });
  });

  it('a submitted table reminds no more, before or after its due day', () => {
    const submitted = new Set([reportPeriodKey('monthly', '2026-10')]);
    expect(randomCheckReportReminders('2026-11-03', rules, { submitted })).toEqual([]);
    expect(randomCheckReportReminders('2026-11-20', rules, { submitted })).toEqual([]);
  });

  it('counts the days to the due day as rolled to a working day', () => {
    // 2026-12-05 is a Saturday: the table is due on Monday the 7th.
    const rollToWorkingDay = (date: string) => (date === '2026-12-05' ? '2026-12-07' : date);
    expect(randomCheckReportReminders('2026-12-06', rules, { rollToWorkingDay })[0]).toMatchObject({
      period: '2026-11',
      dueOn: '2026-12-07',
      daysLeft: 1,
      isOverdue: false,
    });
  });

  it('remind about the yearly summary from 1 December, overdue after the 15th until submitted', () => {
    const december = randomCheckReportReminders('2026-12-03', rules);
    expect(december.map((reminder) => reminder.kind)).toEqual(['monthly', 'yearly']);
    expect(december[1]).toMatchObject({ period: '2026', dueOn: '2026-12-15', daysLeft: 12 });
    expect(randomCheckReportReminders('2026-11-30', rules).map((reminder) => reminder.kind)).toEqual([
      'monthly',
    ]);
    expect(randomCheckReportReminders('2026-12-16', rules)[1]).toMatchObject({
      kind: 'yearly',
      isOverdue: true,
    });
    const submitted = new Set([reportPeriodKey('monthly', '2026-11'), reportPeriodKey('yearly', '2026')]);
    expect(randomCheckReportReminders('2026-12-16', rules, { submitted })).toEqual([]);
  });

  it('January reminds about December’s table of the year before', () => {
    expect(randomCheckReportReminders('2027-01-02', rules)[0]).toMatchObject({
      period: '2026-12',
      dueOn: '2027-01-05',
    });
  });
});

describe('disclosure rate (seed 002 二（二）4: 100 %)', () => {
  it('is published over completed, one decimal, null when nothing was completed', () => {
    expect(disclosureRatePercent(0, 0)).toBeNull();
    expect(disclosureRatePercent(3, 3)).toBe(100);
    expect(disclosureRatePercent(2, 3)).toBe(66.7);
    expect(disclosureRatePercent(1, 8)).toBe(12.5);
  });

  it('never exceeds 100 %', () => {
    expect(disclosureRatePercent(5, 4)).toBe(100);
  });

  it('is below the target only when there is a rate under it', () => {
    expect(isDisclosureBelowTarget(null, 100)).toBe(false);
    expect(isDisclosureBelowTarget(99.9, 100)).toBe(true);
    expect(isDisclosureBelowTarget(100, 100)).toBe(false);
  });
});

/**
 * A city (市局 with its 支队 and a police unit) over two counties (局 + 大队 each) and a
 * development-zone bureau without an enforcement unit.
 */
const agencies: ReportAgency[] = [
  {
    id: 'dept',
    name: '省厅',
    parentId: null,
    jurisdictionAgencyId: null,
    sortOrder: 1,
    isReportingUnit: true,
  },
  {
    id: 'city',
    name: '市局',
    parentId: 'dept',
    jurisdictionAgencyId: null,
    sortOrder: 2,
    isReportingUnit: true,
  },
  {
    id: 'city-enf',
    name: '市支队',
    parentId: 'city',
    jurisdictionAgencyId: 'city',
    sortOrder: 3,
    isReportingUnit: true,
  },
  {
    id: 'police',
    name: '市公安',
    parentId: 'city',
    jurisdictionAgencyId: null,
    sortOrder: 4,
    isReportingUnit: false,
  },
  {
    id: 'b',
    name: 'B县局',
    parentId: 'city',
    jurisdictionAgencyId: null,
    sortOrder: 7,
    isReportingUnit: true,
  },
  {
    id: 'b-enf',
    name: 'B县大队',
    parentId: 'b',
    jurisdictionAgencyId: 'b',
    sortOrder: 8,
    isReportingUnit: true,
  },
  {
    id: 'a',
    name: 'A县局',
    parentId: 'city',
    jurisdictionAgencyId: null,
    sortOrder: 5,
    isReportingUnit: true,
  },
  {
    id: 'a-enf',
    name: 'A县大队',
    parentId: 'a',
    jurisdictionAgencyId: 'a',
    sortOrder: 6,
    isReportingUnit: true,
  },
  {
    id: 'zone',
    name: '开发区分局',
    parentId: 'city',
    jurisdictionAgencyId: null,
    sortOrder: 9,
    isReportingUnit: true,
  },
];

function facts(values: Partial<RandomCheckFacts>): RandomCheckFacts {
  return { ...emptyRandomCheckFacts(), ...values };
}

function rollUp(rootId: string, byAgency: Record<string, RandomCheckFacts>) {
  return rollUpReport({
    agencies,
    rootId,
    facts: new Map(Object.entries(byAgency)),
    empty: emptyRandomCheckFacts,
    add: addRandomCheckFacts,
  });
}

describe('rolling the facts up to the table’s rows', () => {
  const data = {
    'a-enf': facts({
      plans: 1,
      drawnGeneral: 10,
      inspected: 6,
      published: 6,
      officerIds: ['o1', 'o2', 'o3'],
    }),
    a: facts({ overdue: 1 }),
    'b-enf': facts({ plans: 2, drawnKeyPolluter: 4, inspected: 4, published: 2, officerIds: ['o4', 'o3'] }),
    'city-enf': facts({ plans: 1, drawnSpecial: 2, inspected: 2, published: 2, officerIds: ['o9'] }),
  };

  it('a city sees its own level (市局 with its 支队) first, then each county with its 大队, then the total', () => {
    const result = rollUp('city', data);
    expect(result.rootName).toBe('市局');
    expect(result.rows.map((row) => [row.agencyName, row.isOwnLevel])).toEqual([
      ['市局', true],
      ['A县局', false],
      ['B县局', false],
      ['开发区分局', false],
    ]);
    expect(result.rows[1]!.facts).toMatchObject({ plans: 1, drawnGeneral: 10, overdue: 1 });
    expect(result.rows[3]!.facts.plans).toBe(0);
    expect(result.total).toMatchObject({ plans: 4, inspected: 12, published: 10 });
  });

  it('counts an officer once in a row and in the total although they worked for two agencies', () => {
    const result = rollUp('city', data);
    const total = summaryFiguresOf(result.total, 100);
    expect(total.officers).toBe(5);
    expect(total.drawnTotal).toBe(16);
    expect(total.disclosureRatePercent).toBe(83.3);
    expect(total.isBelowTarget).toBe(true);
    expect(summaryFiguresOf(result.rows[1]!.facts, 100)).toMatchObject({
      officers: 3,
      disclosureRatePercent: 100,
      isBelowTarget: false,
    });
  });

  it('a county is one row: its 大队 reports with it (局队合一); choosing the 大队 shows the 局', () => {
    for (const root of ['a', 'a-enf']) {
      const result = rollUp(root, data);
      expect(result.rootId).toBe('a');
      expect(result.rows.map((row) => row.agencyName)).toEqual(['A县局']);
      expect(result.total).toMatchObject({ plans: 1, overdue: 1, inspected: 6 });
    }
  });

  it('a county that did nothing still has its one row', () => {
    const result = rollUp('zone', data);
    expect(result.rows.map((row) => [row.agencyName, row.isOwnLevel, row.facts.plans])).toEqual([
      ['开发区分局', true, 0],
    ]);
  });

  it('leaves out facts of agencies outside the chosen subtree', () => {
    const result = rollUp('b', { ...data, dept: facts({ plans: 9 }) });
    expect(result.total.plans).toBe(2);
  });

  it('the province sees its cities, each with everything below it', () => {
    const result = rollUp('dept', { ...data, dept: facts({ plans: 9 }) });
    expect(result.rows.map((row) => [row.agencyName, row.facts.plans])).toEqual([
      ['省厅', 9],
      ['市局', 4],
    ]);
  });

  it('the total equals the sum of the rows for every count', () => {
    const result = rollUp('city', data);
    const sum = emptyRandomCheckFacts();
    for (const row of result.rows) addRandomCheckFacts(sum, row.facts);
    expect(summaryFiguresOf(sum, 100)).toEqual(summaryFiguresOf(result.total, 100));
  });
});

describe('coverage against the ratios', () => {
  it('shares are against what the ratio asked and the key-polluter list', () => {
    const figures = coverageFiguresOf(
      {
        ...emptyCoverageFacts(),
        generalRequired: 40,
        generalDrawn: 36,
        keyPollutersListed: 20,
        keyPollutersDrawn: 15,
        keyPollutersInspected: 12,
      },
      '2026-11-20',
      2026,
    );
    expect(figures).toMatchObject({
      generalAchievementPercent: 90,
      keyPolluterCoveragePercent: 75,
      keyPolluterInspectedPercent: 60,
      isGeneralShort: true,
      isKeyPolluterShort: true,
    });
  });

  it('key polluters not all drawn yet are not short before the fourth quarter', () => {
    const figures = coverageFiguresOf(
      { ...emptyCoverageFacts(), keyPollutersListed: 20, keyPollutersDrawn: 10 },
      '2026-06-30',
      2026,
    );
    expect(figures.isKeyPolluterShort).toBe(false);
    expect(figures.generalAchievementPercent).toBeNull();
    expect(figures.isGeneralShort).toBe(false);
  });
});

describe('what the ratio asks of an agency’s officers', () => {
  const rules = getProvinceProfile('jiangxi').randomInspection.generalObjectRatio;
  it('asks a county at least 10 entities per officer and a city at least 5 (seed 002 二（二）3)', () => {
    expect(generalRequiredOf(8, rules[ratioLevelOf('county')])).toBe(80);
    expect(generalRequiredOf(45, rules[ratioLevelOf('city')])).toBe(225);
    expect(generalRequiredOf(0, rules.county)).toBe(0);
  });
  it('rounds a fractional requirement up: an adjusted 2 : 5 ratio of 3 officers asks 8', () => {
    expect(generalRequiredOf(3, { officers: 2, entities: 5 })).toBe(8);
  });
  it('puts field offices with the counties, the province with the cities', () => {
    expect(ratioLevelOf('field')).toBe('county');
    expect(ratioLevelOf('province')).toBe('city');
  });
});
