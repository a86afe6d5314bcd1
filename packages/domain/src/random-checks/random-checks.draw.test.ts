import { describe, expect, it } from 'vitest';
import { allocateProportionally, drawRandomChecks } from './random-checks.draw';
import type { DrawInput, DrawOutcome, DrawResult, DrawShortage } from './random-checks.draw.contract';
import {
  buildEntity,
  buildInput,
  buildOfficer,
  buildPlan,
  jiangxiDrawRules,
  testSeed,
} from './random-checks.test-support';

function drawn(outcome: DrawOutcome): DrawResult {
  if (outcome.status !== 'drawn')
    throw new Error(`expected a draw, got ${JSON.stringify(outcome).slice(0, 400)}`);
  return outcome;
}

function short(outcome: DrawOutcome): DrawShortage {
  if (outcome.status !== 'shortage') throw new Error(`expected a shortage, got ${outcome.status}`);
  return outcome;
}

const generalOnlyItems = [
  { id: 'item-general', name: '日常检查', objectKinds: ['general' as const], specialties: [] },
];

/** `count` general entities in 东湖区 (and 西湖区 for odd numbers when `isTwoCounties`). */
function generalPool(count: number, isTwoCounties = false) {
  return Array.from({ length: count }, (_, index) =>
    buildEntity(`g${String(index).padStart(4, '0')}`, {
      countyCode: isTwoCounties && index % 2 === 1 ? '360103' : '360102',
    }),
  );
}

function officers(count: number, overrides: Parameters<typeof buildOfficer>[1] = {}) {
  return Array.from({ length: count }, (_, index) =>
    buildOfficer(`o${String(index).padStart(3, '0')}`, overrides),
  );
}

describe('general objects at the officer ratio (seed 002 二(二)3)', () => {
  it('draws ceil(officers × 10) at county level and officers × 5 at city level, from the profile', () => {
    const input: DrawInput = buildInput({
      plan: buildPlan({ items: generalOnlyItems }),
      entities: generalPool(200),
      officers: officers(4),
    });
    expect(drawn(drawRandomChecks(input, testSeed)).tasks).toHaveLength(40);
    const city = { ...input, plan: { ...input.plan, level: 'city' as const } };
    const result = drawn(drawRandomChecks(city, testSeed));
    expect(result.generalObjectRatio).toEqual({ officers: 1, entities: 5 });
    expect(result.tasks).toHaveLength(20);
  });

  it('reads the ratio from the rules, never a constant', () => {
    const input = buildInput({
      plan: buildPlan({ items: generalOnlyItems }),
      rules: {
        ...jiangxiDrawRules,
        generalObjectRatio: { ...jiangxiDrawRules.generalObjectRatio, county: { officers: 2, entities: 7 } },
      },
      entities: generalPool(200),
      officers: officers(3),
    });
    // ceil(3 × 7 / 2) = 11
    expect(drawn(drawRandomChecks(input, testSeed)).generalTargetCount).toBe(11);
  });

  it('counts only officers who may act on the inspection day', () => {
    const input = buildInput({
      plan: buildPlan({ items: generalOnlyItems }),
      entities: generalPool(200),
      officers: [
        ...officers(2),
        buildOfficer('expired', { certificateValidUntil: '2026-03-09' }),
        buildOfficer('not-yet', { certificateValidFrom: '2026-03-11' }),
        buildOfficer('no-certificate', { hasCertificate: false }),
        buildOfficer('on-leave', { status: 'on_leave' }),
        buildOfficer('seconded', { status: 'seconded' }),
        buildOfficer('departed', { status: 'departed' }),
        buildOfficer('last-day', { certificateValidUntil: '2026-03-10' }),
      ],
    });
    const result = drawn(drawRandomChecks(input, testSeed));
    expect(result.eligibleOfficerCount).toBe(3);
    expect(result.tasks).toHaveLength(30);
    const assigned = new Set(result.tasks.flatMap((task) => task.officerIds));
    expect([...assigned].sort()).toEqual(['last-day', 'o000', 'o001']);
  });

  it('spreads the target over the counties in proportion to their pools', () => {
    const entities = [
      ...generalPool(30),
      ...generalPool(90).map((entity) => ({ ...entity, id: `w${entity.id}`, countyCode: '360103' })),
    ];
    const input = buildInput({
      plan: buildPlan({ items: generalOnlyItems }),
      entities,
      officers: officers(2),
    });
    const result = drawn(drawRandomChecks(input, testSeed));
    expect(result.counties.map((county) => county.generalDrawnCount)).toEqual([5, 15]);
    expect(result.tasks.filter((task) => task.countyCode === '360103')).toHaveLength(15);
  });

  it('draws the whole pool when it is smaller than the ratio asks', () => {
    const input = buildInput({
      plan: buildPlan({ items: generalOnlyItems }),
      entities: generalPool(7),
      officers: officers(2),
    });
    expect(drawn(drawRandomChecks(input, testSeed)).tasks.map((task) => task.entityId)).toHaveLength(7);
  });

  it('lets a county adjust its ratio only where the profile allows it', () => {
    const plan = buildPlan({ items: generalOnlyItems, adjustedCountyRatio: { officers: 1, entities: 3 } });
    const input = buildInput({ plan, entities: generalPool(200), officers: officers(2) });
    expect(drawn(drawRandomChecks(input, testSeed)).generalTargetCount).toBe(6);
    const notAllowed = {
      ...input,
      rules: {
        ...jiangxiDrawRules,
        generalObjectRatio: { ...jiangxiDrawRules.generalObjectRatio, isCountyRatioAdjustable: false },
      },
    };
    expect(drawRandomChecks(notAllowed, testSeed)).toMatchObject({ status: 'invalid' });
  });

  it('allocates by largest remainder, ties to the smaller county code', () => {
    expect(allocateProportionally(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(allocateProportionally(5, [10, 0, 30])).toEqual([1, 0, 4]);
    expect(allocateProportionally(0, [3, 4])).toEqual([0, 0]);
  });
});

describe('positive list (seed 004 item 9)', () => {
  const entities = [
    ...generalPool(20),
    ...Array.from({ length: 20 }, (_, index) => buildEntity(`p${index}`, { isOnPositiveList: true })),
    buildEntity('key-on-list', { isKeyPolluter: true, isOnPositiveList: true }),
  ];
  const plan = buildPlan({
    items: [{ id: 'item', name: '日常检查', objectKinds: ['general', 'key_polluter'], specialties: [] }],
    quarter: 4,
  });

  it('leaves positive-list entities out of routine draws but keeps key polluters covered', () => {
    const result = drawn(drawRandomChecks(buildInput({ plan, entities, officers: officers(10) }), testSeed));
    const ids = result.tasks.map((task) => task.entityId);
    expect(ids.some((id) => id.startsWith('p'))).toBe(false);
    expect(ids).toContain('key-on-list');
    expect(result.counties[0]!.positiveListExcludedCount).toBe(20);
  });

  it('draws them like anyone else where the profile does not exclude them', () => {
    const rules = { ...jiangxiDrawRules, isPositiveListExcluded: false };
    const result = drawn(
      drawRandomChecks(buildInput({ plan, rules, entities, officers: officers(10) }), testSeed),
    );
    expect(result.tasks).toHaveLength(41);
  });
});

describe('key polluters: quarterly without replacement', () => {
  const keyPolluters = Array.from({ length: 10 }, (_, index) =>
    buildEntity(`k${index}`, { isKeyPolluter: true }),
  );
  const plan = (quarter: number) =>
    buildPlan({
      quarter,
      items: [{ id: 'item-key', name: '重点排污单位检查', objectKinds: ['key_polluter'], specialties: [] }],
    });

  it('covers every key polluter over four quarters, each quarter sharing what is left', () => {
    const covered: string[] = [];
    const newlyDrawn: number[] = [];
    const redrawn: number[] = [];
    for (const quarter of [1, 2, 3, 4]) {
      const input = buildInput({
        plan: plan(quarter),
        entities: keyPolluters,
        officers: officers(4),
        keyPolluterIdsCoveredThisYear: [...covered],
      });
      const result = drawn(drawRandomChecks(input, testSeed));
      const ids = result.tasks.map((task) => task.entityId);
      newlyDrawn.push(result.counties[0]!.keyPolluterNewlyDrawnCount);
      redrawn.push(result.counties[0]!.keyPolluterRedrawnCount);
      expect(ids.filter((id) => !covered.includes(id))).toHaveLength(
        result.counties[0]!.keyPolluterNewlyDrawnCount,
      );
      covered.push(...ids.filter((id) => !covered.includes(id)));
    }
    // max(ceil(left ÷ quarters left), county 25 % of 10 = 3): 3, 3, 3, then the last one plus two
    // inspected earlier to keep 25 % in the fourth quarter.
    expect(newlyDrawn).toEqual([3, 3, 3, 1]);
    expect(redrawn).toEqual([0, 0, 0, 2]);
    expect(new Set(covered).size).toBe(10);
  });

  it('tops the quarterly percentage up from those inspected earlier when too few are left', () => {
    const input = buildInput({
      plan: plan(3),
      entities: keyPolluters,
      officers: officers(4),
      keyPolluterIdsCoveredThisYear: ['k0', 'k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8'],
    });
    const result = drawn(drawRandomChecks(input, testSeed));
    expect(result.counties[0]).toMatchObject({ keyPolluterNewlyDrawnCount: 1, keyPolluterRedrawnCount: 2 });
    expect(result.tasks.map((task) => task.entityId)).toContain('k9');
  });

  it('treats key polluters as general objects in a special campaign', () => {
    const input = buildInput({
      plan: buildPlan({ kind: 'special', items: generalOnlyItems }),
      entities: keyPolluters,
      officers: officers(1, {}).concat(buildOfficer('o-second')),
    });
    const result = drawn(drawRandomChecks(input, testSeed));
    expect(result.tasks).toHaveLength(10);
    expect(result.tasks.every((task) => task.objectKinds.join() === 'general')).toBe(true);
  });
});

describe('tasks: one visit per entity (seed 002 二(二)2)', () => {
  const entities = [buildEntity('both', { isKeyPolluter: true, isSpecialSupervision: true })];
  const plan = buildPlan({ specialSupervisionPercent: 100 });

  it('merges all items of every reason the entity was drawn for into one task', () => {
    const result = drawn(drawRandomChecks(buildInput({ plan, entities, officers: officers(2) }), testSeed));
    expect(result.tasks).toEqual([
      {
        entityId: 'both',
        countyCode: '360102',
        objectKinds: ['key_polluter', 'special_supervision'],
        itemIds: ['item-discharge', 'item-monitoring', 'item-waste'],
        officerIds: ['o000', 'o001'],
      },
    ]);
  });

  it('makes one task per item when the profile does not merge', () => {
    const rules = { ...jiangxiDrawRules, isItemsMergedPerEntity: false };
    const result = drawn(
      drawRandomChecks(buildInput({ plan, rules, entities, officers: officers(2) }), testSeed),
    );
    expect(result.tasks.map((task) => [task.itemIds[0], task.objectKinds])).toEqual([
      ['item-discharge', ['key_polluter']],
      ['item-monitoring', ['key_polluter']],
      ['item-waste', ['special_supervision']],
    ]);
  });
});

describe('inspectors for each task', () => {
  it('puts someone with each required specialty on the team, the others filling by load', () => {
    const entities = Array.from({ length: 6 }, (_, index) =>
      buildEntity(`s${index}`, { isSpecialSupervision: true }),
    );
    const team = [
      buildOfficer('waste-expert', { specialties: ['hazardous_waste'] }),
      ...officers(4, { specialties: ['water'] }),
    ];
    const plan = buildPlan({ specialSupervisionPercent: 100 });
    const result = drawn(drawRandomChecks(buildInput({ plan, entities, officers: team }), testSeed));
    expect(result.tasks).toHaveLength(6);
    for (const task of result.tasks) {
      expect(task.officerIds).toContain('waste-expert');
      expect(task.officerIds).toHaveLength(2);
    }
    const loads = new Map<string, number>();
    for (const id of result.tasks.flatMap((task) => task.officerIds)) loads.set(id, (loads.get(id) ?? 0) + 1);
    expect(
      [...loads.entries()]
        .filter(([id]) => id !== 'waste-expert')
        .map(([, load]) => load)
        .sort(),
    ).toEqual([1, 1, 2, 2]);
  });

  it('never sends an officer to an entity they declared a conflict with', () => {
    const entities = generalPool(20);
    const team = [
      buildOfficer('conflicted', { conflictEntityIds: entities.map((entity) => entity.id) }),
      ...officers(2),
    ];
    const result = drawn(
      drawRandomChecks(
        buildInput({ plan: buildPlan({ items: generalOnlyItems }), entities, officers: team }),
        testSeed,
      ),
    );
    expect(result.tasks.flatMap((task) => task.officerIds)).not.toContain('conflicted');
  });

  it('in a cross-region check never sends officers to their own county', () => {
    const team = [
      ...officers(3, { countyCode: '360102' }),
      ...officers(3, { countyCode: '360103' }).map((officer) => ({ ...officer, id: `w${officer.id}` })),
    ];
    const input = buildInput({
      plan: buildPlan({ items: generalOnlyItems, isCrossRegion: true }),
      entities: generalPool(40, true),
      officers: team,
    });
    const result = drawn(drawRandomChecks(input, testSeed));
    const homeOf = new Map(team.map((officer) => [officer.id, officer.countyCode]));
    for (const task of result.tasks) {
      for (const id of task.officerIds) expect(homeOf.get(id)).not.toBe(task.countyCode);
    }
  });

  it('in a joint draw (随机联查) puts one inspector of each department on every team', () => {
    const plan = buildPlan({
      items: generalOnlyItems,
      jointDepartments: [
        { id: 'dept-ecology', name: '生态环境局' },
        { id: 'dept-market', name: '市场监管局' },
      ],
    });
    const team = [
      ...officers(3, { agencyId: 'dept-ecology' }),
      ...officers(3, { agencyId: 'dept-market' }).map((officer) => ({ ...officer, id: `m${officer.id}` })),
      buildOfficer('outsider', { agencyId: 'dept-water' }),
    ];
    const result = drawn(
      drawRandomChecks(buildInput({ plan, entities: generalPool(30), officers: team }), testSeed),
    );
    expect(result.eligibleOfficerCount).toBe(6);
    const agencyOf = new Map(team.map((officer) => [officer.id, officer.agencyId]));
    for (const task of result.tasks) {
      expect(task.officerIds.map((id) => agencyOf.get(id)).sort()).toEqual(['dept-ecology', 'dept-market']);
    }
    const disabled = { ...jiangxiDrawRules, isCrossDepartmentJointDrawEnabled: false };
    expect(
      drawRandomChecks(
        buildInput({ plan, rules: disabled, entities: generalPool(30), officers: team }),
        testSeed,
      ),
    ).toEqual({
      status: 'invalid',
      problems: ['本省配置未启用部门间随机联查'],
    });
  });
});

describe('shortage: nothing is drawn, every shortfall is named', () => {
  it('names the county and the numbers, e.g. "西湖区: 需要2名持证人员，只有1名"', () => {
    const team = [...officers(3, { countyCode: '360102' }), buildOfficer('west', { countyCode: '360103' })];
    const input = buildInput({
      plan: buildPlan({ items: generalOnlyItems, isCrossRegion: true }),
      entities: generalPool(40, true),
      officers: team,
    });
    const result = short(drawRandomChecks(input, testSeed));
    expect(result).not.toHaveProperty('tasks');
    expect(result.shortfalls).toHaveLength(1);
    expect(result.shortfalls[0]).toMatchObject({
      countyName: '东湖区',
      kind: 'officers',
      needed: 2,
      available: 1,
    });
    expect(result.shortfalls[0]!.message).toBe(
      '东湖区: 需要2名持证人员，只有1名（涉及20个检查任务，跨区域检查不含本县区人员）',
    );
    expect(result.message).toContain('东湖区: 需要2名持证人员，只有1名');
  });

  it('names a missing specialty and a recusal in the same answer', () => {
    const entities = [
      buildEntity('waste-1', { isSpecialSupervision: true }),
      buildEntity('plain-1'),
      buildEntity('plain-2', { countyCode: '360103' }),
    ];
    const team = [
      buildOfficer('a', { specialties: [], conflictEntityIds: ['plain-2'] }),
      buildOfficer('b', { specialties: [] }),
    ];
    const plan = buildPlan({
      specialSupervisionPercent: 100,
      items: [...generalOnlyItems, buildPlan().items[2]!],
    });
    const result = short(drawRandomChecks(buildInput({ plan, entities, officers: team }), testSeed));
    expect(result.shortfalls.map((shortfall) => shortfall.message)).toEqual([
      '东湖区: 需要1名具备“危险废物”专业特长的持证人员，只有0名（涉及1个检查任务）',
      '西湖区: 回避后需要2名持证人员，只有1名（涉及1个检查任务：plain-2）',
    ]);
  });

  it('says so when no inspector may act on the day at all', () => {
    const input = buildInput({
      entities: [buildEntity('k', { isKeyPolluter: true })],
      officers: officers(3, { status: 'on_leave' }),
    });
    const result = short(drawRandomChecks(input, testSeed));
    expect(result.shortfalls[0]!.message).toBe('东湖区: 需要2名持证人员，只有0名（涉及1个检查任务）');
  });
});

describe('input checks', () => {
  it('rejects duplicate ids, unknown counties and a bad seed', () => {
    const input = buildInput({
      entities: [buildEntity('x'), buildEntity('x'), buildEntity('y', { countyCode: '999999' })],
    });
    expect(drawRandomChecks(input, testSeed)).toEqual({
      status: 'invalid',
      problems: ['监管对象 x 重复', '监管对象 y 所在县区 999999 不在计划的县区名单中'],
    });
    expect(drawRandomChecks(buildInput(), 'not a seed')).toMatchObject({ status: 'invalid' });
  });

  it('rejects ids the digest cannot list unambiguously', () => {
    expect(drawRandomChecks(buildInput({ officers: [buildOfficer('a b')] }), testSeed)).toMatchObject({
      status: 'invalid',
      problems: ['检查人员标识 a b 格式不正确'],
    });
  });
});

describe('determinism', () => {
  it('gives the same draw for the same input and seed, whatever the order of the lists', () => {
    const input = buildInput();
    const first = drawRandomChecks(input, testSeed);
    const reordered: DrawInput = {
      ...input,
      entities: [...input.entities].reverse(),
      officers: [...input.officers]
        .reverse()
        .map((officer) => ({ ...officer, specialties: [...officer.specialties].reverse() })),
      plan: {
        ...input.plan,
        items: [...input.plan.items].reverse(),
        counties: [...input.plan.counties].reverse(),
      },
    };
    expect(drawRandomChecks(reordered, testSeed)).toEqual(first);
  });

  it('gives another draw for another seed', () => {
    const input = buildInput();
    const first = drawn(drawRandomChecks(input, testSeed));
    const second = drawn(drawRandomChecks(input, 'b'.repeat(64)));
    expect(second.inputDigest).toBe(first.inputDigest);
    expect(second.tasks).not.toEqual(first.tasks);
  });
});
