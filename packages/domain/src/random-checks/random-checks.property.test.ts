import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAssignmentBlockers } from '../personnel/personnel.assignment';
import type { Specialty } from '../personnel/personnel.specialties';
import { drawRandomChecks } from './random-checks.draw';
import type {
  DrawInput,
  DrawItem,
  DrawOfficer,
  DrawOutcome,
  DrawResult,
} from './random-checks.draw.contract';
import { bytesToHex, sha256 } from './random-checks.sha256';
import { buildEntity, buildOfficer, buildPlan, jiangxiDrawRules } from './random-checks.test-support';

/**
 * DR-2 and DR-3 for any pool: the rules are checked here independently of the draw's own
 * bookkeeping (eligibility is recomputed with findAssignmentBlockers, pools are recounted).
 */

const countyCodes = ['360102', '360103', '360104', '360105'];
const inspectionDate = '2026-03-10';
const departments = [
  { id: 'dept-ecology', name: '生态环境局' },
  { id: 'dept-market', name: '市场监管局' },
];
const itemCatalogue: DrawItem[] = [
  { id: 'i-general', name: '日常检查', objectKinds: ['general'], specialties: [] },
  {
    id: 'i-key',
    name: '重点排污单位检查',
    objectKinds: ['key_polluter'],
    specialties: ['automatic_monitoring'],
  },
  {
    id: 'i-special',
    name: '特殊监管对象检查',
    objectKinds: ['special_supervision'],
    specialties: ['hazardous_waste'],
  },
  { id: 'i-water', name: '水污染防治', objectKinds: ['general', 'key_polluter'], specialties: ['water'] },
];
const specialtyChoices: Specialty[] = ['automatic_monitoring', 'hazardous_waste', 'water'];

const certificateCases = [
  { hasCertificate: true, certificateValidFrom: '2024-01-01', certificateValidUntil: '2028-12-31' },
  { hasCertificate: true, certificateValidFrom: '2020-01-01', certificateValidUntil: '2026-03-09' },
  { hasCertificate: true, certificateValidFrom: '2026-03-11', certificateValidUntil: '2031-03-10' },
  { hasCertificate: false, certificateValidFrom: null, certificateValidUntil: null },
  { hasCertificate: true, certificateValidFrom: '2021-03-10', certificateValidUntil: '2026-03-10' },
] as const;

const entityArbitrary = fc.record({
  county: fc.nat({ max: 3 }),
  isKeyPolluter: fc.boolean(),
  isSpecialSupervision: fc.boolean(),
  isOnPositiveList: fc.boolean(),
  isCovered: fc.boolean(),
});

// Biased towards inspectors who can serve, so that most pools are drawn and some are short.
const officerArbitrary = fc.record({
  county: fc.nat({ max: 3 }),
  status: fc.oneof(
    { arbitrary: fc.constant('on_duty' as const), weight: 8 },
    { arbitrary: fc.constantFrom('on_leave' as const, 'seconded' as const, 'departed' as const), weight: 1 },
  ),
  certificate: fc.oneof(
    { arbitrary: fc.constant(0), weight: 8 },
    { arbitrary: fc.integer({ min: 1, max: 4 }), weight: 2 },
  ),
  specialties: fc.oneof(
    { arbitrary: fc.constant(specialtyChoices), weight: 2 },
    { arbitrary: fc.subarray(specialtyChoices), weight: 1 },
  ),
  conflicts: fc.array(fc.nat({ max: 79 }), { maxLength: 3 }),
  department: fc.nat({ max: 2 }),
});

const inputArbitrary = fc
  .record({
    countyCount: fc.integer({ min: 1, max: 4 }),
    level: fc.constantFrom('city', 'county'),
    kind: fc.constantFrom('yearly', 'yearly', 'special'),
    quarter: fc.integer({ min: 1, max: 4 }),
    isCrossRegion: fc.boolean(),
    isJoint: fc.oneof(
      { arbitrary: fc.constant(false), weight: 3 },
      { arbitrary: fc.constant(true), weight: 1 },
    ),
    items: fc.subarray(itemCatalogue, { minLength: 1 }),
    specialSupervisionPercent: fc.constantFrom(0, 10, 25, 33.33, 100),
    cityRatio: fc.record({
      officers: fc.integer({ min: 1, max: 3 }),
      entities: fc.integer({ min: 1, max: 12 }),
    }),
    countyRatio: fc.record({
      officers: fc.integer({ min: 1, max: 3 }),
      entities: fc.integer({ min: 1, max: 12 }),
    }),
    keyPolluterPercent: fc.constantFrom(0, 5, 25, 50),
    minOfficersPerTask: fc.integer({ min: 1, max: 3 }),
    isPositiveListExcluded: fc.boolean(),
    isItemsMergedPerEntity: fc.boolean(),
    entities: fc.array(entityArbitrary, { maxLength: 80, size: 'medium' }),
    officers: fc.array(officerArbitrary, { maxLength: 16 }),
  })
  .map((draft): DrawInput => {
    const counties = countyCodes
      .slice(0, draft.countyCount)
      .map((code) => ({ code, name: `县${code.slice(4)}` }));
    const entities = draft.entities.map((entity, index) =>
      buildEntity(`e${String(index).padStart(2, '0')}`, {
        countyCode: counties[entity.county % draft.countyCount]!.code,
        isKeyPolluter: entity.isKeyPolluter,
        isSpecialSupervision: entity.isSpecialSupervision,
        isOnPositiveList: entity.isOnPositiveList,
      }),
    );
    const officers = draft.officers.map((officer, index) =>
      buildOfficer(`o${String(index).padStart(2, '0')}`, {
        countyCode: countyCodes[officer.county]!,
        agencyId: draft.isJoint
          ? ['dept-ecology', 'dept-market', 'dept-water'][officer.department]!
          : 'agency-1',
        status: officer.status,
        ...certificateCases[officer.certificate]!,
        specialties: officer.specialties,
        conflictEntityIds: officer.conflicts.map((conflict) => `e${String(conflict).padStart(2, '0')}`),
      }),
    );
    return {
      plan: buildPlan({
        level: draft.level,
        kind: draft.kind,
        quarter: draft.quarter,
        inspectionDate,
        items: draft.items,
        isCrossRegion: draft.isCrossRegion,
        jointDepartments: draft.isJoint ? departments : [],
        specialSupervisionPercent: draft.specialSupervisionPercent,
        counties,
      }),
      rules: {
        ...jiangxiDrawRules,
        generalObjectRatio: {
          city: draft.cityRatio,
          county: draft.countyRatio,
          isCountyRatioAdjustable: true,
        },
        keyPolluterQuarterlyCoverage: {
          cityPercent: draft.keyPolluterPercent,
          countyPercent: draft.keyPolluterPercent,
        },
        minOfficersPerTask: draft.minOfficersPerTask,
        isPositiveListExcluded: draft.isPositiveListExcluded,
        isItemsMergedPerEntity: draft.isItemsMergedPerEntity,
      },
      entities,
      officers,
      keyPolluterIdsCoveredThisYear: entities
        .filter((entity, index) => entity.isKeyPolluter && draft.entities[index]!.isCovered)
        .map((entity) => entity.id),
    };
  });

const seedArbitrary = fc.uint8Array({ minLength: 32, maxLength: 32 }).map(bytesToHex);

/** Who may inspect on the day, recomputed with the one assignment rule. */
function isEligibleOnDay(input: DrawInput, officer: DrawOfficer): boolean {
  if (
    input.plan.jointDepartments.length > 0 &&
    !input.plan.jointDepartments.some((d) => d.id === officer.agencyId)
  ) {
    return false;
  }
  const blockers = findAssignmentBlockers(
    {
      status: officer.status,
      certificateNumber: officer.hasCertificate ? 'x' : null,
      certificateValidFrom: officer.certificateValidFrom,
      certificateValidUntil: officer.certificateValidUntil,
    },
    input.plan.inspectionDate,
  );
  return blockers.length === 0;
}

function kindsWithItems(input: DrawInput): Set<string> {
  return new Set(input.plan.items.flatMap((item) => item.objectKinds));
}

function isGeneralObject(input: DrawInput, entity: DrawInput['entities'][number]): boolean {
  const isKey = input.plan.kind === 'yearly' && entity.isKeyPolluter;
  if (isKey || entity.isSpecialSupervision) return false;
  return !(input.rules.isPositiveListExcluded && entity.isOnPositiveList);
}

function checkDrawnRules(input: DrawInput, result: DrawResult): void {
  const officerById = new Map(input.officers.map((officer) => [officer.id, officer]));
  const entityById = new Map(input.entities.map((entity) => [entity.id, entity]));
  const eligible = input.officers.filter((officer) => isEligibleOnDay(input, officer));
  expect(result.eligibleOfficerCount).toBe(eligible.length);

  // Ratios met per county: Σ drawn = min(pool, ceil(officers × N ÷ M)), each county its proportional share.
  const ratio =
    input.plan.level === 'city' ? input.rules.generalObjectRatio.city : input.rules.generalObjectRatio.county;
  const pools = input.plan.counties.map(
    (county) =>
      input.entities.filter((entity) => entity.countyCode === county.code && isGeneralObject(input, entity))
        .length,
  );
  const poolTotal = pools.reduce((sum, pool) => sum + pool, 0);
  const target = kindsWithItems(input).has('general')
    ? Math.min(poolTotal, Math.ceil((eligible.length * ratio.entities) / ratio.officers))
    : 0;
  expect(result.generalTargetCount).toBe(target);
  const sortedCounties = [...input.plan.counties].sort((a, b) => (a.code < b.code ? -1 : 1));
  sortedCounties.forEach((county, index) => {
    const pool = pools[input.plan.counties.indexOf(county)]!;
    const summary = result.counties[index]!;
    expect(summary.countyCode).toBe(county.code);
    expect(summary.generalPoolCount).toBe(pool);
    expect(summary.generalDrawnCount).toBeGreaterThanOrEqual(
      Math.floor((target * pool) / Math.max(1, poolTotal)),
    );
    expect(summary.generalDrawnCount).toBeLessThanOrEqual(pool);
    const generalTasks = new Set(
      result.tasks
        .filter((task) => task.countyCode === county.code && task.objectKinds.includes('general'))
        .map((task) => task.entityId),
    );
    expect(generalTasks.size).toBe(summary.generalDrawnCount);
    // Key polluters: newly drawn ones were not inspected earlier this year.
    const keyTasks = new Set(
      result.tasks
        .filter((task) => task.countyCode === county.code && task.objectKinds.includes('key_polluter'))
        .map((task) => task.entityId),
    );
    const fresh = [...keyTasks].filter((id) => !input.keyPolluterIdsCoveredThisYear.includes(id));
    expect(fresh).toHaveLength(summary.keyPolluterNewlyDrawnCount);
    expect(keyTasks.size).toBe(summary.keyPolluterNewlyDrawnCount + summary.keyPolluterRedrawnCount);
  });
  expect(result.counties.reduce((sum, county) => sum + county.generalDrawnCount, 0)).toBe(target);

  const minimum = input.rules.minOfficersPerTask;
  const visits = new Set<string>();
  for (const task of result.tasks) {
    const entity = entityById.get(task.entityId)!;
    if (task.objectKinds.includes('general')) expect(isGeneralObject(input, entity)).toBe(true);
    if (input.rules.isItemsMergedPerEntity) {
      // One visit per entity.
      expect(visits.has(task.entityId)).toBe(false);
      visits.add(task.entityId);
    }
    // At least the profile's number of distinct, eligible, unconflicted officers.
    expect(new Set(task.officerIds).size).toBe(task.officerIds.length);
    expect(task.officerIds.length).toBeGreaterThanOrEqual(minimum);
    const team = task.officerIds.map((id) => officerById.get(id)!);
    for (const officer of team) {
      expect(isEligibleOnDay(input, officer)).toBe(true);
      expect(officer.conflictEntityIds).not.toContain(task.entityId);
      if (input.plan.isCrossRegion) expect(officer.countyCode).not.toBe(task.countyCode);
    }
    // Every specialty an item of the task needs is held by someone on the team.
    const needed = input.plan.items
      .filter((item) => task.itemIds.includes(item.id))
      .flatMap((item) => item.specialties);
    for (const specialty of needed)
      expect(team.some((officer) => officer.specialties.includes(specialty))).toBe(true);
    for (const department of input.plan.jointDepartments) {
      expect(team.some((officer) => officer.agencyId === department.id)).toBe(true);
    }
  }
}

function checkShortfallsAreReal(
  input: DrawInput,
  outcome: Extract<DrawOutcome, { status: 'shortage' }>,
): void {
  for (const shortfall of outcome.shortfalls) {
    expect(shortfall.message.startsWith(`${shortfall.countyName}: `)).toBe(true);
    const candidates = input.officers.filter(
      (officer) =>
        isEligibleOnDay(input, officer) &&
        !(input.plan.isCrossRegion && officer.countyCode === shortfall.countyCode) &&
        (!shortfall.specialty || officer.specialties.includes(shortfall.specialty)) &&
        (!shortfall.departmentId || officer.agencyId === shortfall.departmentId),
    );
    if (shortfall.kind === 'recusal') {
      const entityId = shortfall.entityIds[0]!;
      const free = candidates.filter((officer) => !officer.conflictEntityIds.includes(entityId));
      expect(free.length).toBeLessThan(shortfall.needed);
    } else {
      expect(candidates.length).toBe(shortfall.available);
      expect(candidates.length).toBeLessThan(shortfall.needed);
    }
  }
}

describe('the draw for any pool (fast-check)', () => {
  it('meets the ratios per county and puts enough eligible, unconflicted officers on every task — or names a real shortfall', () => {
    fc.assert(
      fc.property(inputArbitrary, seedArbitrary, (input, seed) => {
        const outcome = drawRandomChecks(input, seed);
        expect(outcome.status).not.toBe('invalid');
        if (outcome.status === 'drawn') checkDrawnRules(input, outcome);
        if (outcome.status === 'shortage') checkShortfallsAreReal(input, outcome);
      }),
      { numRuns: 400 },
    );
  });

  it('covers every key polluter over the four quarterly draws of a year', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ county: fc.nat({ max: 2 }), isKeyPolluter: fc.boolean() }), { maxLength: 60 }),
        fc.constantFrom('city', 'county'),
        fc.constantFrom(0, 5, 25),
        seedArbitrary,
        (draft, level, percent, seed) => {
          const entities = draft.map((entity, index) =>
            buildEntity(`e${index}`, {
              countyCode: countyCodes[entity.county]!,
              isKeyPolluter: entity.isKeyPolluter,
            }),
          );
          const covered: string[] = [];
          for (const quarter of [1, 2, 3, 4]) {
            const input: DrawInput = {
              plan: buildPlan({
                level,
                quarter,
                items: [itemCatalogue[1]!],
                counties: countyCodes.slice(0, 3).map((code) => ({ code, name: code })),
              }),
              rules: {
                ...jiangxiDrawRules,
                keyPolluterQuarterlyCoverage: { cityPercent: percent, countyPercent: percent },
              },
              entities,
              officers: [buildOfficer('a'), buildOfficer('b')],
              keyPolluterIdsCoveredThisYear: [...covered],
            };
            const result = drawRandomChecks(input, seed);
            if (result.status !== 'drawn') throw new Error(result.status);
            for (const task of result.tasks)
              if (!covered.includes(task.entityId)) covered.push(task.entityId);
          }
          const keyPolluters = entities.filter((entity) => entity.isKeyPolluter).map((entity) => entity.id);
          expect(covered.sort()).toEqual(keyPolluters.sort());
        },
      ),
      { numRuns: 150 },
    );
  });

  it('spreads the load evenly (max − min ≤ 1) where no rule restricts the choice', () => {
    fc.assert(
      fc.property(inputArbitrary, seedArbitrary, (draft, seed) => {
        const input: DrawInput = {
          ...draft,
          plan: { ...draft.plan, items: [itemCatalogue[0]!], isCrossRegion: false, jointDepartments: [] },
          officers: draft.officers.map((officer) => ({
            ...officer,
            agencyId: 'agency-1',
            conflictEntityIds: [],
          })),
        };
        const outcome = drawRandomChecks(input, seed);
        if (outcome.status !== 'drawn') return;
        const loads = new Map(
          input.officers
            .filter((officer) => isEligibleOnDay(input, officer))
            .map((officer) => [officer.id, 0]),
        );
        for (const id of outcome.tasks.flatMap((task) => task.officerIds)) loads.set(id, loads.get(id)! + 1);
        const values = [...loads.values()];
        if (values.length > 0) expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic and does not depend on the order of any list', () => {
    fc.assert(
      fc.property(inputArbitrary, seedArbitrary, fc.nat(), (input, seed, shift) => {
        const rotate = <T>(values: readonly T[]) => {
          const at = values.length === 0 ? 0 : shift % values.length;
          return [...values.slice(at), ...values.slice(0, at)].reverse();
        };
        const reordered: DrawInput = {
          plan: {
            ...input.plan,
            items: rotate(input.plan.items).map((item) => ({
              ...item,
              specialties: rotate(item.specialties),
            })),
            counties: rotate(input.plan.counties),
            jointDepartments: rotate(input.plan.jointDepartments),
          },
          rules: input.rules,
          entities: rotate(input.entities),
          officers: rotate(input.officers).map((officer) => ({
            ...officer,
            specialties: rotate(officer.specialties),
            conflictEntityIds: rotate(officer.conflictEntityIds),
          })),
          keyPolluterIdsCoveredThisYear: rotate(input.keyPolluterIdsCoveredThisYear),
        };
        const first = drawRandomChecks(input, seed);
        expect(drawRandomChecks(input, seed)).toEqual(first);
        expect(drawRandomChecks(reordered, seed)).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });
});

describe('changing any input changes the result (DR-3)', () => {
  // A pool with real choice: 150 general objects for 60 places, 12 officers for 2 places each.
  const base: DrawInput = {
    plan: buildPlan({ level: 'city', items: [itemCatalogue[0]!, itemCatalogue[1]!], quarter: 2 }),
    rules: jiangxiDrawRules,
    entities: Array.from({ length: 150 }, (_, index) =>
      buildEntity(`e${String(index).padStart(3, '0')}`, {
        countyCode: index % 3 === 0 ? '360103' : '360102',
        isKeyPolluter: index % 10 === 0,
      }),
    ),
    officers: Array.from({ length: 12 }, (_, index) =>
      buildOfficer(`o${String(index).padStart(2, '0')}`, {
        countyCode: index % 2 === 0 ? '360102' : '360103',
      }),
    ),
    keyPolluterIdsCoveredThisYear: ['e000', 'e010'],
  };
  const baseSeed = bytesToHex(sha256('base seed'));
  const tasksOf = (outcome: DrawOutcome) =>
    JSON.stringify(outcome.status === 'drawn' ? outcome.tasks : outcome);
  const baseTasks = tasksOf(drawRandomChecks(base, baseSeed));

  const mutationArbitrary = fc.oneof(
    fc.record({ kind: fc.constant('seed' as const), at: fc.nat({ max: 31 }), bit: fc.nat({ max: 7 }) }),
    fc.record({
      kind: fc.constant('entity' as const),
      at: fc.nat({ max: 149 }),
      field: fc.constantFrom('isOnPositiveList', 'isSpecialSupervision', 'countyCode', 'id', 'isKeyPolluter'),
    }),
    fc.record({
      kind: fc.constant('officer' as const),
      at: fc.nat({ max: 11 }),
      field: fc.constantFrom(
        'agencyId',
        'specialties',
        'conflictEntityIds',
        'certificateValidUntil',
        'countyCode',
      ),
    }),
    fc.record({ kind: fc.constant('add-entity' as const), at: fc.nat({ max: 999 }) }),
    fc.record({ kind: fc.constant('remove-officer' as const), at: fc.nat({ max: 11 }) }),
  );

  it('changes the task list for a flipped seed bit, one changed entity or officer, an added entity or a removed officer', () => {
    fc.assert(
      fc.property(mutationArbitrary, (mutation) => {
        let seed = baseSeed;
        const input: DrawInput = structuredClone(base);
        switch (mutation.kind) {
          case 'seed': {
            const bytes = Uint8Array.from(Buffer.from(baseSeed, 'hex'));
            bytes[mutation.at]! ^= 1 << mutation.bit;
            seed = bytesToHex(bytes);
            break;
          }
          case 'entity': {
            const entity = input.entities[mutation.at]!;
            if (mutation.field === 'countyCode')
              entity.countyCode = entity.countyCode === '360102' ? '360103' : '360102';
            else if (mutation.field === 'id') entity.id = `${entity.id}x`;
            else entity[mutation.field] = !entity[mutation.field];
            break;
          }
          case 'officer': {
            const officer = input.officers[mutation.at]!;
            // Changes the draw's rules do not even look at (a specialty no item needs) still count.
            if (mutation.field === 'agencyId') officer.agencyId = 'agency-other';
            else if (mutation.field === 'specialties')
              officer.specialties = [...officer.specialties, 'noise'];
            else if (mutation.field === 'conflictEntityIds') officer.conflictEntityIds = ['e149'];
            else if (mutation.field === 'certificateValidUntil') officer.certificateValidUntil = '2030-01-01';
            else officer.countyCode = '360104';
            break;
          }
          case 'add-entity':
            input.entities.push(buildEntity(`new-${mutation.at}`));
            break;
          case 'remove-officer':
            input.officers.splice(mutation.at, 1);
            break;
        }
        expect(tasksOf(drawRandomChecks(input, seed))).not.toBe(baseTasks);
      }),
      { numRuns: 200 },
    );
  });
});
