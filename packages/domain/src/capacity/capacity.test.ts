import { describe, expect, it } from 'vitest';
import { getProvinceProfile } from '../profile/profile.provinces';
import {
  type CapacityCounts,
  countMissedTargets,
  evaluateCapacity,
  sumCapacityTotals,
  totalsOfUnit,
} from './capacity.indicators';
import { type CapacityAgency, isCapacityUnit, resolveCapacityUnits } from './capacity.units';

const targets = getProvinceProfile('jiangxi').capacity.staffing;

const counts = (values: Partial<CapacityCounts>): CapacityCounts => ({
  authorizedPositions: null,
  enforcementStaff: 0,
  onDuty: 0,
  certified: 0,
  legallyQualified: 0,
  ...values,
});

describe('the capacity targets of the Jiangxi profile', () => {
  it('are those of seed 004 items 17 and 18', () => {
    expect(targets).toMatchObject({
      maxVacancyRatePercent: 5,
      minOnDutyRatePercent: 90,
      certificateRatePercent: 100,
      minLegallyQualifiedPerCityAgency: 1,
    });
    expect(targets.basis).toContain('第17、18项');
  });
});

describe('evaluateCapacity for one agency', () => {
  it('a county unit of 20 positions with 18 staff, 16 on duty, 17 certified misses vacancy, on-duty and certificates', () => {
    const totals = totalsOfUnit(
      counts({
        authorizedPositions: 20,
        enforcementStaff: 18,
        onDuty: 16,
        certified: 17,
        legallyQualified: 0,
      }),
      { kind: 'county_enforcement_unit' },
      targets,
    );
    const indicators = evaluateCapacity(totals, targets, {
      scope: 'unit',
      level: 'county',
      kind: 'county_enforcement_unit',
    });
    expect(indicators.vacancy).toMatchObject({ value: 10, numerator: 2, denominator: 20, isMet: false });
    expect(indicators.onDuty).toMatchObject({ value: 88.9, numerator: 16, denominator: 18, isMet: false });
    expect(indicators.certificate).toMatchObject({ value: 94.4, isMet: false });
    // Only city-level agencies need a legally qualified officer.
    expect(indicators.legalQualification).toMatchObject({ value: 0, isApplicable: false, isMet: null });
    expect(countMissedTargets(indicators)).toBe(3);
  });

  it('meets the targets exactly at the thresholds: 5 % vacancy, 90 % on duty, 100 % certified', () => {
    const totals = totalsOfUnit(
      counts({
        authorizedPositions: 40,
        enforcementStaff: 38,
        onDuty: 35,
        certified: 38,
        legallyQualified: 1,
      }),
      { kind: 'city_enforcement_unit' },
      targets,
    );
    // 35 / 38 = 92.1 %; 2 / 40 = 5 %.
    const indicators = evaluateCapacity(totals, targets, {
      scope: 'unit',
      level: 'city',
      kind: 'city_enforcement_unit',
    });
    expect(indicators.vacancy).toMatchObject({ value: 5, isMet: true });
    expect(indicators.onDuty).toMatchObject({ value: 92.1, isMet: true });
    expect(indicators.certificate).toMatchObject({ value: 100, isMet: true });
    expect(indicators.legalQualification).toMatchObject({ value: 1, isApplicable: true, isMet: true });
    expect(countMissedTargets(indicators)).toBe(0);

    const onDutyAtNinety = totalsOfUnit(
      counts({ authorizedPositions: 10, enforcementStaff: 10, onDuty: 9, certified: 10 }),
      { kind: 'county_enforcement_unit' },
      targets,
    );
    expect(
      evaluateCapacity(onDutyAtNinety, targets, {
        scope: 'unit',
        level: 'county',
        kind: 'county_enforcement_unit',
      }).onDuty.isMet,
    ).toBe(true);
  });

  it('a city unit without a legally qualified officer misses that target', () => {
    const totals = totalsOfUnit(
      counts({ authorizedPositions: 30, enforcementStaff: 30, onDuty: 30, certified: 30 }),
      { kind: 'city_enforcement_unit' },
      targets,
    );
    const indicators = evaluateCapacity(totals, targets, {
      scope: 'unit',
      level: 'city',
      kind: 'city_enforcement_unit',
    });
    expect(indicators.legalQualification).toMatchObject({ value: 0, isApplicable: true, isMet: false });
  });

  it('overstaffing is no vacancy; without 编制 or staff nothing is judged', () => {
    const over = totalsOfUnit(
      counts({ authorizedPositions: 10, enforcementStaff: 12, onDuty: 12, certified: 12 }),
      { kind: 'county_enforcement_unit' },
      targets,
    );
    expect(over.vacantPositions).toBe(0);
    const none = evaluateCapacity(
      totalsOfUnit(counts({}), { kind: 'county_enforcement_unit' }, targets),
      targets,
      { scope: 'unit', level: 'county', kind: 'county_enforcement_unit' },
    );
    expect(none.vacancy).toMatchObject({ value: null, isMet: null });
    expect(none.onDuty).toMatchObject({ value: null, isMet: null });
    expect(none.certificate).toMatchObject({ value: null, isMet: null });
    // 编制 entered, nobody there: fully vacant.
    const empty = evaluateCapacity(
      totalsOfUnit(counts({ authorizedPositions: 8 }), { kind: 'county_enforcement_unit' }, targets),
      targets,
      { scope: 'unit', level: 'county', kind: 'county_enforcement_unit' },
    );
    expect(empty.vacancy).toMatchObject({ value: 100, isMet: false });
  });

  it('the provincial bureau’s own vacancy and on-duty rates are shown but not judged (seed 004 binds 市县)', () => {
    const totals = totalsOfUnit(
      counts({ authorizedPositions: 50, enforcementStaff: 40, onDuty: 30, certified: 40 }),
      { kind: 'provincial_enforcement_bureau' },
      targets,
    );
    const indicators = evaluateCapacity(totals, targets, {
      scope: 'unit',
      level: 'province',
      kind: 'provincial_enforcement_bureau',
    });
    expect(indicators.vacancy).toMatchObject({ value: 20, isApplicable: false, isMet: null });
    expect(indicators.onDuty).toMatchObject({ value: 75, isApplicable: false, isMet: null });
    expect(indicators.certificate).toMatchObject({ isApplicable: true, isMet: true });
  });
});

describe('rolled-up indicators', () => {
  it('sum numerators and denominators instead of averaging rates, vacancy unit by unit', () => {
    const city = totalsOfUnit(
      counts({
        authorizedPositions: 40,
        enforcementStaff: 40,
        onDuty: 40,
        certified: 40,
        legallyQualified: 2,
      }),
      { kind: 'city_enforcement_unit' },
      targets,
    );
    // A small county: 50 % vacancy; a large one overstaffed by 10 — its surplus does not fill the gap.
    const small = totalsOfUnit(
      counts({ authorizedPositions: 10, enforcementStaff: 5, onDuty: 3, certified: 5 }),
      { kind: 'county_enforcement_unit' },
      targets,
    );
    const large = totalsOfUnit(
      counts({ authorizedPositions: 50, enforcementStaff: 60, onDuty: 60, certified: 59 }),
      { kind: 'county_enforcement_unit' },
      targets,
    );
    const noStaffing = totalsOfUnit(
      counts({ enforcementStaff: 7, onDuty: 7, certified: 7 }),
      { kind: 'county_enforcement_unit' },
      targets,
    );
    const total = sumCapacityTotals([city, small, large, noStaffing]);
    expect(total).toMatchObject({
      unitCount: 4,
      unitsWithStaffing: 3,
      authorizedPositions: 100,
      vacantPositions: 5,
      enforcementStaff: 112,
      onDuty: 110,
      certified: 111,
      cityUnitCount: 1,
      cityUnitsWithLegalQualification: 1,
    });
    const indicators = evaluateCapacity(total, targets, {
      scope: 'rollup',
      level: 'city',
      kind: 'city_enforcement_unit',
    });
    expect(indicators.vacancy).toMatchObject({ value: 5, numerator: 5, denominator: 100, isMet: true });
    // 110 / 112, not the mean of 100 %, 60 %, 100 %, 100 %.
    expect(indicators.onDuty).toMatchObject({ value: 98.2, isMet: true });
    expect(indicators.certificate).toMatchObject({ numerator: 111, denominator: 112, isMet: false });
    expect(indicators.legalQualification).toMatchObject({ numerator: 1, denominator: 1, isMet: true });
  });

  it('a province roll-up fails the legal-qualification target when one city unit lacks it', () => {
    const withLegal = totalsOfUnit(
      counts({ enforcementStaff: 3, onDuty: 3, certified: 3, legallyQualified: 1 }),
      { kind: 'city_enforcement_unit' },
      targets,
    );
    const without = totalsOfUnit(
      counts({ enforcementStaff: 3, onDuty: 3, certified: 3 }),
      { kind: 'city_enforcement_unit' },
      targets,
    );
    const indicators = evaluateCapacity(sumCapacityTotals([withLegal, without]), targets, {
      scope: 'rollup',
      level: 'province',
      kind: 'provincial_enforcement_bureau',
    });
    expect(indicators.legalQualification).toMatchObject({
      value: 1,
      numerator: 1,
      denominator: 2,
      isApplicable: true,
      isMet: false,
    });
    // Rolled up, the province's rows are judged on every target.
    expect(indicators.onDuty.isApplicable).toBe(true);
  });
});

describe('resolveCapacityUnits', () => {
  const agency = (
    id: string,
    parentId: string | null,
    kind: CapacityAgency['kind'],
    level: CapacityAgency['level'],
    jurisdictionAgencyId: string | null = null,
  ): CapacityAgency => ({ id, parentId, kind, level, jurisdictionAgencyId });
  const tree: CapacityAgency[] = [
    agency('dept', null, 'provincial_department', 'province'),
    agency('prov-enf', 'dept', 'provincial_enforcement_bureau', 'province', 'dept'),
    agency('city', 'dept', 'city_bureau', 'city'),
    agency('city-enf', 'city', 'city_enforcement_unit', 'city', 'city'),
    agency('county', 'city', 'county_bureau', 'county'),
    agency('county-enf', 'county', 'county_enforcement_unit', 'county', 'county'),
    agency('office-1', 'county-enf', 'field_office', 'field'),
    agency('grid-1', 'office-1', 'grid', 'field'),
    agency('zone', 'city', 'county_bureau', 'county'),
  ];

  it('bureaus count for the unit that serves them, offices and grids for the county unit above them', () => {
    const { unitOf, units } = resolveCapacityUnits(tree, 'dept');
    expect(Object.fromEntries(unitOf)).toEqual({
      dept: 'prov-enf',
      'prov-enf': 'prov-enf',
      city: 'city-enf',
      'city-enf': 'city-enf',
      county: 'county-enf',
      'county-enf': 'county-enf',
      'office-1': 'county-enf',
      'grid-1': 'county-enf',
      // A development-zone bureau without an enforcement unit enforces itself.
      zone: 'zone',
    });
    expect(units).toEqual([
      { id: 'prov-enf', parentUnitId: null },
      { id: 'city-enf', parentUnitId: 'prov-enf' },
      { id: 'county-enf', parentUnitId: 'city-enf' },
      { id: 'zone', parentUnitId: 'city-enf' },
    ]);
    expect(isCapacityUnit(tree[4]!, tree)).toBe(false);
    expect(isCapacityUnit(tree[8]!, tree)).toBe(true);
  });

  it('a subtree keeps its own units; a field office looked at alone is its own unit', () => {
    const cityTree = tree.filter((item) => !['dept', 'prov-enf'].includes(item.id));
    expect(resolveCapacityUnits(cityTree, 'city').units).toEqual([
      { id: 'city-enf', parentUnitId: null },
      { id: 'county-enf', parentUnitId: 'city-enf' },
      { id: 'zone', parentUnitId: 'city-enf' },
    ]);
    const office = tree.filter((item) => ['office-1', 'grid-1'].includes(item.id));
    const resolved = resolveCapacityUnits(office, 'office-1');
    expect(resolved.units).toEqual([{ id: 'office-1', parentUnitId: null }]);
    expect(resolved.unitOf.get('grid-1')).toBe('office-1');
  });
});
