import { findAssignmentBlockers } from '../personnel/personnel.assignment';
import { type Specialty, specialties, specialtyLabels } from '../personnel/personnel.specialties';
import { deriveStreamKey, randomCheckAlgorithmVersion } from './random-checks.commitment';
import type {
  CountyDrawSummary,
  DrawInput,
  DrawnTask,
  DrawObjectKind,
  DrawOutcome,
  DrawResult,
  DrawShortage,
  DrawShortfall,
  DrawShortfallKind,
} from './random-checks.draw.contract';
import { chooseWithoutReplacement, DrawGenerator } from './random-checks.generator';
import { type PreparedDrawInput, prepareDrawInput } from './random-checks.inputs';

/**
 * The random-check draw (双随机抽查, DR-2), a pure function of its input and a seed. Every step and
 * the order in which it reads the generator are described in docs/random-check-draw.md so that
 * anyone can recompute a published draw (DR-3); the steps below follow that document's numbering.
 *
 * 1. Canonical input and generator: inputs sorted by id, digested; key = SHA-256(seed ‖ digest).
 * 2. Inspectors who may act on the inspection day (findAssignmentBlockers: certificate valid on
 *    the day, on duty), and in a joint draw (随机联查) only those of the departments taking part.
 * 3. Objects, county by county (in county-code order):
 *    a. key polluters not yet inspected this year, then ones already inspected (yearly plans);
 *    b. special-supervision objects at the plan's rate;
 *    c. general objects at the officer ratio, stratified per county (proportional allocation).
 * 4. Tasks: one per entity carrying all its items (一次检查、全面体检), in entity-id order.
 * 5. Inspectors for each task: least-loaded first with a random tie-break, every rule checked.
 * 6. Any shortfall: nothing is drawn and every shortfall is named; otherwise the tasks.
 */
export function drawRandomChecks(input: DrawInput, seed: string): DrawOutcome {
  if (!/^[0-9a-f]{64}$/.test(seed))
    return { status: 'invalid', problems: ['抽取种子须为 64 位小写十六进制数'] };
  const preparation = prepareDrawInput(input);
  if ('problems' in preparation) return { status: 'invalid', problems: preparation.problems };
  const prepared = preparation.prepared;
  const generator = new DrawGenerator(deriveStreamKey(seed, prepared.inputDigest));
  const officers = findEligibleOfficers(prepared);
  const objects = drawObjects(prepared, officers.eligibleCount, generator);
  const tasks = buildTasks(prepared, objects.drawnKinds);
  return assignOfficers(prepared, officers, objects, tasks, generator);
}

// ---------------------------------------------------------------------------------------------
// Step 2: inspectors
// ---------------------------------------------------------------------------------------------

/** Specialties in code order: bit i of a specialty mask is the i-th of these. */
const specialtyCodes: readonly Specialty[] = [...specialties].sort();
const specialtyBit = new Map<string, number>(specialtyCodes.map((code, index) => [code, index]));

function specialtyMaskOf(codes: readonly string[]): number {
  let mask = 0;
  for (const code of codes) mask |= 1 << specialtyBit.get(code)!;
  return mask;
}

interface EligibleOfficers {
  /** 1 where the officer may be assigned on the inspection day. */
  isEligible: Uint8Array;
  eligibleCount: number;
  specialtyMask: Uint32Array;
  /** Index into the plan's joint departments, or -1. */
  departmentIndex: Int32Array;
}

function findEligibleOfficers(prepared: PreparedDrawInput): EligibleOfficers {
  const { plan, officers } = prepared;
  const isJoint = plan.jointDepartments.length > 0;
  const departmentByIdentifier = new Map(
    plan.jointDepartments.map((department, index) => [department.id, index]),
  );
  const isEligible = new Uint8Array(officers.length);
  const specialtyMask = new Uint32Array(officers.length);
  const departmentIndex = new Int32Array(officers.length).fill(-1);
  let eligibleCount = 0;
  for (let index = 0; index < officers.length; index++) {
    const officer = officers[index]!;
    specialtyMask[index] = specialtyMaskOf(officer.specialties);
    const department = departmentByIdentifier.get(officer.agencyId);
    if (department !== undefined) departmentIndex[index] = department;
    // Seed 002 二(二)2: a joint draw takes inspectors from the departments taking part only.
    if (isJoint && department === undefined) continue;
    // The one assignment rule (ORG-3, 行政处罚法 art. 42): certificate valid on the day, on duty.
    // The record carries whether a certificate is held, not its number.
    const blockers = findAssignmentBlockers(
      {
        status: officer.status,
        certificateNumber: officer.hasCertificate ? 'held' : null,
        certificateValidFrom: officer.certificateValidFrom,
        certificateValidUntil: officer.certificateValidUntil,
      },
      plan.inspectionDate,
    );
    if (blockers.length === 0) {
      isEligible[index] = 1;
      eligibleCount++;
    }
  }
  return { isEligible, eligibleCount, specialtyMask, departmentIndex };
}

// ---------------------------------------------------------------------------------------------
// Step 3: objects
// ---------------------------------------------------------------------------------------------

const kindBits: Record<DrawObjectKind, number> = { key_polluter: 1, special_supervision: 2, general: 4 };
const kindsInOrder: readonly DrawObjectKind[] = ['key_polluter', 'special_supervision', 'general'];

// The strata of a county, in the order they are drawn.
const notYetInspectedKeyPolluters = 0;
const inspectedKeyPolluters = 1;
const specialSupervisionObjects = 2;
const generalObjects = 3;
const strataCount = 4;

/** Integer division rounded up, exact for the non-negative integers below 2⁵³ used here. */
function ceilDivide(numerator: number, denominator: number): number {
  const remainder = numerator % denominator;
  return (numerator - remainder) / denominator + (remainder > 0 ? 1 : 0);
}

/** ceil(n × percent / 100) in integers: percents carry at most two decimals (the schema checks). */
function ceilPercentOf(count: number, percent: number): number {
  return ceilDivide(count * Math.round(percent * 100), 10_000);
}

/**
 * Largest-remainder (Hamilton) allocation of `total` over the counties in proportion to their
 * pools: each county gets floor(total × pool ÷ sum); the seats left go to the largest remainders,
 * ties to the county with the smaller code. Never more than a county's pool when total ≤ sum.
 */
export function allocateProportionally(total: number, pools: readonly number[]): number[] {
  const sum = pools.reduce((accumulated, pool) => accumulated + pool, 0);
  if (sum === 0 || total === 0) return pools.map(() => 0);
  // total × pool < 2⁵³ for any real pool, so these are exact integer operations.
  const remainders = pools.map((pool, index) => ({ index, remainder: (total * pool) % sum }));
  const quotas = pools.map((pool, index) => (total * pool - remainders[index]!.remainder) / sum);
  let left = total - quotas.reduce((accumulated, quota) => accumulated + quota, 0);
  remainders.sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of remainders) {
    if (left === 0) break;
    quotas[index] = quotas[index]! + 1;
    left--;
  }
  return quotas;
}

interface DrawnObjects {
  /** Per entity (sorted index): bit 1 key polluter, 2 special supervision, 4 general. */
  drawnKinds: Uint8Array;
  counties: CountyDrawSummary[];
  generalObjectRatio: { officers: number; entities: number };
  generalTargetCount: number;
}

function drawObjects(
  prepared: PreparedDrawInput,
  eligibleOfficerCount: number,
  generator: DrawGenerator,
): DrawnObjects {
  const { plan, rules, entities, entityCountyIndex } = prepared;
  const countyCount = plan.counties.length;
  const isYearly = plan.kind === 'yearly';
  let kindsWithItems = 0;
  for (const item of plan.items) for (const kind of item.objectKinds) kindsWithItems |= kindBits[kind];
  // A kind of object no item of the plan applies to is not drawn (a plan may cover general objects only).
  // Key polluters are drawn quarterly by the yearly plan; a special campaign treats them as general objects.
  const drawsKeyPolluters = isYearly && (kindsWithItems & kindBits.key_polluter) !== 0;
  const drawsSpecialSupervision = (kindsWithItems & kindBits.special_supervision) !== 0;
  const drawsGeneral = (kindsWithItems & kindBits.general) !== 0;
  const covered = new Set(prepared.coveredKeyPolluterIds);

  // Counting sort of the entities into county × stratum lists, each in id order. First the strata
  // of each entity as bits (an entity may be a key polluter and a special-supervision object).
  const strataBits = new Uint8Array(entities.length);
  const stratumSizes = new Uint32Array(countyCount * strataCount);
  const positiveListExcluded = new Uint32Array(countyCount);
  for (let index = 0; index < entities.length; index++) {
    const entity = entities[index]!;
    const isKeyPolluter = isYearly && entity.isKeyPolluter;
    let bits = 0;
    if (isKeyPolluter) {
      bits |= 1 << (covered.has(entity.id) ? inspectedKeyPolluters : notYetInspectedKeyPolluters);
    }
    if (entity.isSpecialSupervision) bits |= 1 << specialSupervisionObjects;
    if (!isKeyPolluter && !entity.isSpecialSupervision) {
      // Seed 004 item 9: positive-list entities are left out of routine draws (无事不扰) where the
      // profile says so. Key polluters keep their yearly coverage (2015 national plan).
      if (rules.isPositiveListExcluded && entity.isOnPositiveList)
        positiveListExcluded[entityCountyIndex[index]!]!++;
      else bits |= 1 << generalObjects;
    }
    strataBits[index] = bits;
    const base = entityCountyIndex[index]! * strataCount;
    for (let stratum = 0; stratum < strataCount; stratum++)
      if (bits & (1 << stratum)) stratumSizes[base + stratum]!++;
  }
  const stratumStart = new Uint32Array(countyCount * strataCount + 1);
  for (let slot = 0; slot < countyCount * strataCount; slot++) {
    stratumStart[slot + 1] = stratumStart[slot]! + stratumSizes[slot]!;
  }
  const members = new Uint32Array(stratumStart[countyCount * strataCount]!);
  const fill = stratumStart.slice(0, countyCount * strataCount);
  for (let index = 0; index < entities.length; index++) {
    const bits = strataBits[index]!;
    const base = entityCountyIndex[index]! * strataCount;
    for (let stratum = 0; stratum < strataCount; stratum++)
      if (bits & (1 << stratum)) members[fill[base + stratum]!++] = index;
  }
  const sizeOf = (county: number, stratum: number) => stratumSizes[county * strataCount + stratum]!;

  // Seed 002 二(二)3: general objects at least 1 officer : N entities (city 1:5, county 1:10 in
  // Nanchang), counted on the inspectors who may act on the day, and spread over the counties in
  // proportion to their pools (stratified sampling). See docs/random-check-draw.md "ratio".
  const generalObjectRatio =
    plan.level === 'county'
      ? (plan.adjustedCountyRatio ?? rules.generalObjectRatio.county)
      : rules.generalObjectRatio.city;
  const generalPools = plan.counties.map((_, county) => sizeOf(county, generalObjects));
  const generalPoolTotal = generalPools.reduce((sum, pool) => sum + pool, 0);
  const generalTargetCount = drawsGeneral
    ? Math.min(
        generalPoolTotal,
        ceilDivide(eligibleOfficerCount * generalObjectRatio.entities, generalObjectRatio.officers),
      )
    : 0;
  const generalQuotas = allocateProportionally(generalTargetCount, generalPools);

  const keyPolluterPercent =
    plan.level === 'city'
      ? rules.keyPolluterQuarterlyCoverage.cityPercent
      : rules.keyPolluterQuarterlyCoverage.countyPercent;
  const quartersLeft = 5 - plan.quarter;
  const drawnKinds = new Uint8Array(entities.length);
  const choose = (county: number, stratum: number, count: number, bit: number) => {
    const start = stratumStart[county * strataCount + stratum]!;
    const list = members.subarray(start, start + sizeOf(county, stratum));
    chooseWithoutReplacement(generator, list, list.length, count);
    for (let index = 0; index < count; index++) drawnKinds[list[index]!]! |= bit;
  };

  const counties: CountyDrawSummary[] = [];
  for (let county = 0; county < countyCount; county++) {
    const notYetInspected = sizeOf(county, notYetInspectedKeyPolluters);
    const inspected = sizeOf(county, inspectedKeyPolluters);
    let newlyDrawn = 0;
    let redrawn = 0;
    if (drawsKeyPolluters) {
      // 2015 national plan: key polluters every year, drawn quarterly without replacement so the
      // remaining quarters share the ones not yet inspected; the profile's quarterly percentage
      // (city 5 %, county 25 %) is a floor, topped up from those already inspected if need be.
      const percentCount = ceilPercentOf(notYetInspected + inspected, keyPolluterPercent);
      const spreadCount =
        rules.keyPolluterMinInspectionsPerYear >= 1 ? ceilDivide(notYetInspected, quartersLeft) : 0;
      newlyDrawn = Math.min(notYetInspected, Math.max(spreadCount, percentCount));
      redrawn = Math.min(inspected, Math.max(0, percentCount - newlyDrawn));
      choose(county, notYetInspectedKeyPolluters, newlyDrawn, kindBits.key_polluter);
      choose(county, inspectedKeyPolluters, redrawn, kindBits.key_polluter);
    }
    const specialPool = sizeOf(county, specialSupervisionObjects);
    const specialDrawn = drawsSpecialSupervision
      ? ceilPercentOf(specialPool, plan.specialSupervisionPercent)
      : 0;
    choose(county, specialSupervisionObjects, specialDrawn, kindBits.special_supervision);
    const generalDrawn = generalQuotas[county]!;
    choose(county, generalObjects, generalDrawn, kindBits.general);
    counties.push({
      countyCode: plan.counties[county]!.code,
      countyName: plan.counties[county]!.name,
      keyPolluterCount: notYetInspected + inspected,
      keyPolluterCoveredBeforeCount: inspected,
      keyPolluterNewlyDrawnCount: newlyDrawn,
      keyPolluterRedrawnCount: redrawn,
      specialSupervisionCount: specialPool,
      specialSupervisionDrawnCount: specialDrawn,
      generalPoolCount: generalPools[county]!,
      positiveListExcludedCount: positiveListExcluded[county]!,
      generalDrawnCount: generalDrawn,
    });
  }
  return { drawnKinds, counties, generalObjectRatio, generalTargetCount };
}

// ---------------------------------------------------------------------------------------------
// Step 4: tasks
// ---------------------------------------------------------------------------------------------

interface TaskList {
  count: number;
  entityIndex: Uint32Array;
  /** The kinds (bits) the task carries. */
  kindMask: Uint8Array;
  /** Merged: -1 (all items of the kinds); otherwise the one item's index in the sorted plan items. */
  itemIndex: Int32Array;
}

/**
 * Seed 002 二(二)2 (一次检查、全面体检): one task per drawn entity carrying every item that applies to
 * any kind it was drawn as. When the profile switches merging off, one task per entity and item.
 */
function buildTasks(prepared: PreparedDrawInput, drawnKinds: Uint8Array): TaskList {
  const { items } = prepared.plan;
  const isMerged = prepared.rules.isItemsMergedPerEntity;
  const itemKindMask = items.map((item) => item.objectKinds.reduce((mask, kind) => mask | kindBits[kind], 0));
  let count = 0;
  for (let index = 0; index < drawnKinds.length; index++) {
    const kinds = drawnKinds[index]!;
    if (kinds === 0) continue;
    if (isMerged) count++;
    else for (const mask of itemKindMask) if ((mask & kinds) !== 0) count++;
  }
  const entityIndex = new Uint32Array(count);
  const kindMask = new Uint8Array(count);
  const itemIndex = new Int32Array(count).fill(-1);
  let task = 0;
  for (let index = 0; index < drawnKinds.length; index++) {
    const kinds = drawnKinds[index]!;
    if (kinds === 0) continue;
    if (isMerged) {
      entityIndex[task] = index;
      kindMask[task++] = kinds;
      continue;
    }
    itemKindMask.forEach((mask, item) => {
      if ((mask & kinds) === 0) return;
      entityIndex[task] = index;
      kindMask[task] = mask & kinds;
      itemIndex[task++] = item;
    });
  }
  return { count, entityIndex, kindMask, itemIndex };
}

// ---------------------------------------------------------------------------------------------
// Step 5: inspectors for each task
// ---------------------------------------------------------------------------------------------

/**
 * A min-heap of officer indices ordered by (key, index), where key = load × 2³² + tag. The pick
 * rule does not depend on the heap's layout: it is "the eligible officer with the smallest
 * (load, tag, index)", which any implementation can compute.
 */
class OfficerHeap {
  private readonly items: Int32Array;
  private readonly position: Int32Array;
  size = 0;

  constructor(
    officerCount: number,
    private readonly keys: Float64Array,
  ) {
    this.items = new Int32Array(officerCount);
    this.position = new Int32Array(officerCount).fill(-1);
  }

  peek(): number {
    return this.items[0]!;
  }

  push(officer: number): void {
    this.items[this.size] = officer;
    this.position[officer] = this.size;
    this.size++;
    this.siftUp(this.size - 1);
  }

  pop(): number {
    const top = this.items[0]!;
    this.size--;
    this.position[top] = -1;
    if (this.size > 0) {
      const last = this.items[this.size]!;
      this.items[0] = last;
      this.position[last] = 0;
      this.siftDown(0);
    }
    return top;
  }

  /** The officer's key went up (a new task): restore the order. */
  keyIncreased(officer: number): void {
    const at = this.position[officer]!;
    if (at >= 0) this.siftDown(at);
  }

  /** Every officer in the heap, in no particular order. */
  forEach(visit: (officer: number) => void): void {
    for (let index = 0; index < this.size; index++) visit(this.items[index]!);
  }

  private isBefore(left: number, right: number): boolean {
    const leftKey = this.keys[left]!;
    const rightKey = this.keys[right]!;
    return leftKey < rightKey || (leftKey === rightKey && left < right);
  }

  private siftUp(start: number): void {
    let at = start;
    const officer = this.items[at]!;
    while (at > 0) {
      const parentAt = (at - 1) >> 1;
      const parent = this.items[parentAt]!;
      if (!this.isBefore(officer, parent)) break;
      this.items[at] = parent;
      this.position[parent] = at;
      at = parentAt;
    }
    this.items[at] = officer;
    this.position[officer] = at;
  }

  private siftDown(start: number): void {
    let at = start;
    const officer = this.items[at]!;
    for (;;) {
      const leftAt = at * 2 + 1;
      if (leftAt >= this.size) break;
      const rightAt = leftAt + 1;
      let childAt = leftAt;
      if (rightAt < this.size && this.isBefore(this.items[rightAt]!, this.items[leftAt]!)) childAt = rightAt;
      const child = this.items[childAt]!;
      if (!this.isBefore(child, officer)) break;
      this.items[at] = child;
      this.position[child] = at;
      at = childAt;
    }
    this.items[at] = officer;
    this.position[officer] = at;
  }
}

const skipped: number[] = [];

/** The eligible officer with the smallest (load, tag, index) in the heap, or -1. */
function pickFrom(heap: OfficerHeap, isEligibleForTask: (officer: number) => boolean): number {
  skipped.length = 0;
  let chosen = -1;
  while (heap.size > 0) {
    const officer = heap.peek();
    if (isEligibleForTask(officer)) {
      chosen = officer;
      break;
    }
    skipped.push(heap.pop());
  }
  for (const officer of skipped) heap.push(officer);
  return chosen;
}

interface ShortfallTally {
  countyIndex: number;
  kind: DrawShortfallKind;
  specialty?: Specialty;
  departmentIndex?: number;
  needed: number;
  available: number;
  taskCount: number;
  entityIds: string[];
}

const listedEntityCount = 10;

function assignOfficers(
  prepared: PreparedDrawInput,
  eligible: EligibleOfficers,
  objects: DrawnObjects,
  tasks: TaskList,
  generator: DrawGenerator,
): DrawOutcome {
  const { plan, rules, entities, officers, entityCountyIndex } = prepared;
  const officerCount = officers.length;
  const minimumOfficers = rules.minOfficersPerTask;
  const isCrossRegion = plan.isCrossRegion;
  const itemSpecialtyMask = plan.items.map((item) => specialtyMaskOf(item.specialties));
  const itemKindMask = plan.items.map((item) =>
    item.objectKinds.reduce((mask, kind) => mask | kindBits[kind], 0),
  );
  const neededSpecialties = itemSpecialtyMask.reduce((mask, itemMask) => mask | itemMask, 0);

  // What a task carries depends only on its kinds (merged) or its item: computed once, shared by
  // every task alike (frozen, so a caller cannot change one task's list through another).
  const objectKindsOfMask: DrawObjectKind[][] = [];
  const itemIdsOfMask: string[][] = [];
  const specialtiesOfMask: number[] = [];
  for (let mask = 0; mask < 8; mask++) {
    objectKindsOfMask.push(
      Object.freeze(kindsInOrder.filter((kind) => (mask & kindBits[kind]) !== 0)) as DrawObjectKind[],
    );
    const applying = plan.items.filter((_, item) => (itemKindMask[item]! & mask) !== 0);
    itemIdsOfMask.push(Object.freeze(applying.map((item) => item.id)) as string[]);
    specialtiesOfMask.push(
      itemKindMask.reduce(
        (union, kinds, item) => ((kinds & mask) !== 0 ? union | itemSpecialtyMask[item]! : union),
        0,
      ),
    );
  }
  const itemIdsOfItem = plan.items.map((item) => Object.freeze([item.id]) as string[]);

  // Tags: one number per eligible officer, in id order; a new one each time the officer is assigned.
  const keys = new Float64Array(officerCount);
  const loads = new Uint32Array(officerCount);
  const everyone = new OfficerHeap(officerCount, keys);
  const specialtyHeaps: (OfficerHeap | undefined)[] = specialtyCodes.map((_, bit) =>
    (neededSpecialties & (1 << bit)) !== 0 ? new OfficerHeap(officerCount, keys) : undefined,
  );
  const departmentHeaps = plan.jointDepartments.map(() => new OfficerHeap(officerCount, keys));
  for (let officer = 0; officer < officerCount; officer++) {
    if (eligible.isEligible[officer]) keys[officer] = generator.nextUint32();
  }
  const officerHeaps: OfficerHeap[][] = new Array(officerCount);
  for (let officer = 0; officer < officerCount; officer++) {
    if (!eligible.isEligible[officer]) continue;
    const heaps = [everyone];
    specialtyHeaps.forEach((heap, bit) => {
      if (heap && (eligible.specialtyMask[officer]! & (1 << bit)) !== 0) heaps.push(heap);
    });
    const department = eligible.departmentIndex[officer]!;
    if (department >= 0 && departmentHeaps[department]) heaps.push(departmentHeaps[department]!);
    officerHeaps[officer] = heaps;
    for (const heap of heaps) heap.push(officer);
  }

  // Recusal: declared conflicts, by entity index (entities are sorted, so found by binary search).
  const conflictsByEntity = new Map<number, Set<number>>();
  officers.forEach((officer, index) => {
    for (const entityId of officer.conflictEntityIds) {
      const entityIndex = findSortedIndex(entities, entityId);
      if (entityIndex < 0) continue;
      const set = conflictsByEntity.get(entityIndex) ?? new Set<number>();
      set.add(index);
      conflictsByEntity.set(entityIndex, set);
    }
  });
  const officerCountyCode = officers.map((officer) => officer.countyCode);

  // Officers who could serve a county at all (before conflicts): for the shortage messages.
  const groupCounts = new Map<string, number>();
  const addGroupCount = (key: string) => groupCounts.set(key, (groupCounts.get(key) ?? 0) + 1);
  for (let officer = 0; officer < officerCount; officer++) {
    if (!eligible.isEligible[officer]) continue;
    const groups = ['all'];
    specialtyHeaps.forEach((heap, bit) => {
      if (heap && (eligible.specialtyMask[officer]! & (1 << bit)) !== 0) groups.push(`s${bit}`);
    });
    if (eligible.departmentIndex[officer]! >= 0) groups.push(`d${eligible.departmentIndex[officer]}`);
    for (const group of groups) {
      addGroupCount(group);
      addGroupCount(`${group}|${officerCountyCode[officer]}`);
    }
  }
  const availableBeforeConflicts = (group: string, countyCode: string) =>
    (groupCounts.get(group) ?? 0) - (isCrossRegion ? (groupCounts.get(`${group}|${countyCode}`) ?? 0) : 0);

  // The task being staffed. The helpers below read these instead of being created per task.
  const team: number[] = [];
  let entityCountyCode = '';
  let conflicted: Set<number> | undefined;
  let teamSpecialties = 0;
  let teamDepartments = 0;

  // Recusal (DR-2 in docs/FEATURES.md): declared conflicts; in a cross-region check, officers of the entity's county.
  const isEligibleForEntity = (officer: number) =>
    !(conflicted?.has(officer) ?? false) &&
    !(isCrossRegion && officerCountyCode[officer] === entityCountyCode);
  const isEligibleForTask = (officer: number) => !team.includes(officer) && isEligibleForEntity(officer);
  const assign = (officer: number) => {
    team.push(officer);
    teamSpecialties |= eligible.specialtyMask[officer]!;
    const department = eligible.departmentIndex[officer]!;
    if (department >= 0) teamDepartments |= 1 << department;
    loads[officer]!++;
    keys[officer] = loads[officer]! * 0x1_0000_0000 + generator.nextUint32();
    for (const heap of officerHeaps[officer]!) heap.keyIncreased(officer);
  };

  const tallies = new Map<string, ShortfallTally>();
  const recordShortfall = (
    entityIndex: number,
    kind: 'officers' | 'specialty' | 'department',
    group: string,
    heap: OfficerHeap,
    needed: number,
    detail: { specialty?: Specialty; departmentIndex?: number },
  ) => {
    const countyIndex = entityCountyIndex[entityIndex]!;
    const baseAvailable = availableBeforeConflicts(group, entityCountyCode);
    const isRecusal = baseAvailable >= needed;
    const tallyKind: DrawShortfallKind = isRecusal ? 'recusal' : kind;
    const key = `${countyIndex}|${tallyKind}|${group}`;
    let tally = tallies.get(key);
    if (!tally) {
      tally = {
        countyIndex,
        kind: tallyKind,
        ...detail,
        needed,
        available: baseAvailable,
        taskCount: 0,
        entityIds: [],
      };
      tallies.set(key, tally);
    }
    tally.taskCount++;
    if (tally.entityIds.length < listedEntityCount) {
      tally.entityIds.push(entities[entityIndex]!.id);
      if (isRecusal) {
        let available = 0;
        heap.forEach((officer) => {
          if (isEligibleForEntity(officer)) available++;
        });
        tally.available = Math.min(tally.available, available);
      }
    }
  };

  const drawnTasks: DrawnTask[] = [];
  for (let task = 0; task < tasks.count; task++) {
    const entityIndex = tasks.entityIndex[task]!;
    const kinds = tasks.kindMask[task]!;
    const item = tasks.itemIndex[task]!;
    const requiredSpecialties = item >= 0 ? itemSpecialtyMask[item]! : specialtiesOfMask[kinds]!;
    entityCountyCode = entities[entityIndex]!.countyCode;
    conflicted = conflictsByEntity.get(entityIndex);
    team.length = 0;
    teamSpecialties = 0;
    teamDepartments = 0;
    let isShort = false;

    // a. 随机联查: one inspector of every department taking part (sorted by department id).
    for (let department = 0; department < departmentHeaps.length; department++) {
      if ((teamDepartments & (1 << department)) !== 0) continue;
      const chosen = pickFrom(departmentHeaps[department]!, isEligibleForTask);
      if (chosen >= 0) assign(chosen);
      else {
        isShort = true;
        recordShortfall(entityIndex, 'department', `d${department}`, departmentHeaps[department]!, 1, {
          departmentIndex: department,
        });
      }
    }
    // b. Every specialty the items need is held by at least one member of the team (in code order).
    for (let bit = 0; bit < specialtyHeaps.length; bit++) {
      const heap = specialtyHeaps[bit];
      if (!heap || (requiredSpecialties & (1 << bit)) === 0 || (teamSpecialties & (1 << bit)) !== 0) continue;
      const chosen = pickFrom(heap, isEligibleForTask);
      if (chosen >= 0) assign(chosen);
      else {
        isShort = true;
        recordShortfall(entityIndex, 'specialty', `s${bit}`, heap, 1, { specialty: specialtyCodes[bit]! });
      }
    }
    // c. At least the profile's number of inspectors (2: 行政处罚法 art. 42; the 2015 national plan).
    while (team.length < minimumOfficers) {
      const chosen = pickFrom(everyone, isEligibleForTask);
      if (chosen < 0) {
        isShort = true;
        recordShortfall(entityIndex, 'officers', 'all', everyone, minimumOfficers, {});
        break;
      }
      assign(chosen);
    }
    // After the first shortfall the draw only looks for the others: no task list is built.
    if (isShort || tallies.size > 0) continue;
    const officerIds = new Array<string>(team.length);
    team.sort((left, right) => left - right);
    for (let member = 0; member < team.length; member++) officerIds[member] = officers[team[member]!]!.id;
    drawnTasks.push({
      entityId: entities[entityIndex]!.id,
      countyCode: entityCountyCode,
      objectKinds: objectKindsOfMask[kinds]!,
      itemIds: item >= 0 ? itemIdsOfItem[item]! : itemIdsOfMask[kinds]!,
      officerIds,
    });
  }

  if (tallies.size > 0) return shortageOf(prepared, [...tallies.values()]);
  const result: DrawResult = {
    status: 'drawn',
    algorithmVersion: randomCheckAlgorithmVersion,
    inputDigest: prepared.inputDigest,
    eligibleOfficerCount: eligible.eligibleCount,
    generalObjectRatio: {
      officers: objects.generalObjectRatio.officers,
      entities: objects.generalObjectRatio.entities,
    },
    generalTargetCount: objects.generalTargetCount,
    counties: objects.counties,
    tasks: drawnTasks,
  };
  return result;
}

/** Index of `id` in entities sorted by id, or -1. */
function findSortedIndex(entities: readonly { id: string }[], id: string): number {
  let low = 0;
  let high = entities.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const candidate = entities[middle]!.id;
    if (candidate === id) return middle;
    if (candidate < id) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Step 6: shortage
// ---------------------------------------------------------------------------------------------

const compareText = (left: string, right: string) => (left < right ? -1 : left > right ? 1 : 0);
const shortfallKindOrder: readonly DrawShortfallKind[] = ['officers', 'department', 'specialty', 'recusal'];

function shortageOf(prepared: PreparedDrawInput, tallies: ShortfallTally[]): DrawShortage {
  const { plan } = prepared;
  const crossRegionNote = plan.isCrossRegion ? '，跨区域检查不含本县区人员' : '';
  tallies.sort(
    (left, right) =>
      left.countyIndex - right.countyIndex ||
      shortfallKindOrder.indexOf(left.kind) - shortfallKindOrder.indexOf(right.kind) ||
      (left.departmentIndex ?? -1) - (right.departmentIndex ?? -1) ||
      compareText(left.specialty ?? '', right.specialty ?? ''),
  );
  const shortfalls: DrawShortfall[] = tallies.map((tally) => {
    const county = plan.counties[tally.countyIndex]!;
    const department =
      tally.departmentIndex !== undefined ? plan.jointDepartments[tally.departmentIndex] : undefined;
    const who = tally.specialty
      ? `具备“${specialtyLabels[tally.specialty]}”专业特长的持证人员`
      : department
        ? `${department.name}的持证人员`
        : '持证人员';
    const tasksNote = `涉及${tally.taskCount}个检查任务`;
    const listed = `${tally.entityIds.join('、')}${tally.taskCount > tally.entityIds.length ? '等' : ''}`;
    const message =
      tally.kind === 'recusal'
        ? `${county.name}: 回避后需要${tally.needed}名${who}，只有${tally.available}名（${tasksNote}：${listed}）`
        : `${county.name}: 需要${tally.needed}名${who}，只有${tally.available}名（${tasksNote}${crossRegionNote}）`;
    const shortfall: DrawShortfall = {
      countyCode: county.code,
      countyName: county.name,
      kind: tally.kind,
      needed: tally.needed,
      available: Math.max(0, tally.available),
      taskCount: tally.taskCount,
      entityIds: tally.entityIds,
      message,
    };
    if (tally.specialty) shortfall.specialty = tally.specialty;
    if (department) shortfall.departmentId = department.id;
    return shortfall;
  });
  return {
    status: 'shortage',
    algorithmVersion: randomCheckAlgorithmVersion,
    inputDigest: prepared.inputDigest,
    shortfalls,
    message: `检查人员不足，本次未抽取：${shortfalls.map((shortfall) => shortfall.message).join('；')}`,
  };
}
