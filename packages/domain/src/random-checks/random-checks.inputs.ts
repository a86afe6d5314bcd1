import { specialties } from '../personnel/personnel.specialties';
import { officerStatuses } from '../personnel/personnel.vocabulary';
import { randomCheckAlgorithmVersion } from './random-checks.commitment';
import {
  type DrawEntity,
  type DrawInput,
  type DrawOfficer,
  type DrawPlan,
  type DrawRules,
  drawIdentifierPattern,
  drawObjectKinds,
} from './random-checks.draw.contract';
import { bytesToHex, Sha256 } from './random-checks.sha256';

/**
 * The draw's inputs in canonical form: every list sorted by id, every set sorted and without
 * repeats. The draw reads only this form, so the order in which the caller lists entities,
 * officers, items or specialties cannot change the result; the input digest hashes this form, so
 * changing any attribute changes the generator's key and with it every choice.
 */
export interface PreparedDrawInput {
  plan: DrawPlan;
  rules: DrawRules;
  /** Sorted by id (UTF-16 code units; the ids are ASCII, so byte order too). */
  entities: DrawEntity[];
  officers: DrawOfficer[];
  /** Index into `plan.counties` (sorted by code) of each entity. */
  entityCountyIndex: Uint32Array;
  coveredKeyPolluterIds: string[];
  /** SHA-256 of the canonical encoding, hex. */
  inputDigest: string;
}

export type PreparationOutcome = { prepared: PreparedDrawInput } | { problems: string[] };

function byId<T extends { id: string }>(left: T, right: T): number {
  return left.id < right.id ? -1 : left.id > right.id ? 1 : 0;
}

function sortedUnique<T extends string>(values: readonly T[]): T[] {
  return [...new Set(values)].sort();
}

/**
 * Canonical JSON per RFC 8785 (JCS) for the plain values the plan and rules hold. Kept here rather
 * than shared: the digest of published records must never change with another module's needs.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('canonical JSON: numbers must be finite');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
  }
  throw new Error(`canonical JSON: unsupported value ${typeof value}`);
}

function normalizePlan(plan: DrawPlan): DrawPlan {
  return {
    id: plan.id,
    agencyId: plan.agencyId,
    level: plan.level,
    kind: plan.kind,
    quarter: plan.quarter,
    inspectionDate: plan.inspectionDate,
    items: [...plan.items]
      .map((item) => ({
        id: item.id,
        name: item.name,
        objectKinds: sortedUnique(item.objectKinds),
        specialties: sortedUnique(item.specialties),
      }))
      .sort(byId),
    isCrossRegion: plan.isCrossRegion,
    jointDepartments: [...plan.jointDepartments].map(({ id, name }) => ({ id, name })).sort(byId),
    specialSupervisionPercent: plan.specialSupervisionPercent,
    adjustedCountyRatio: plan.adjustedCountyRatio
      ? { officers: plan.adjustedCountyRatio.officers, entities: plan.adjustedCountyRatio.entities }
      : null,
    counties: [...plan.counties]
      .map(({ code, name }) => ({ code, name }))
      .sort((left, right) => (left.code < right.code ? -1 : left.code > right.code ? 1 : 0)),
  };
}

const maximumProblems = 20;
const specialtySet = new Set<string>(specialties);
const statusSet = new Set<string>(officerStatuses);
const objectKindSet = new Set<string>(drawObjectKinds);

/**
 * Sorts, checks and digests the input. The checks are the ones the draw's correctness depends on
 * (unique ids, known counties, ids safe for the digest's line format, the profile's switches);
 * the server validates field shapes with the zod schemas before it gets here.
 */
export function prepareDrawInput(input: DrawInput): PreparationOutcome {
  const problems: string[] = [];
  const report = (message: string) => {
    if (problems.length < maximumProblems) problems.push(message);
  };
  const plan = normalizePlan(input.plan);
  const { rules } = input;

  const countyIndexByCode = new Map<string, number>();
  plan.counties.forEach((county, index) => {
    if (countyIndexByCode.has(county.code)) report(`县区 ${county.code} 重复`);
    if (!drawIdentifierPattern.test(county.code)) report(`县区代码 ${county.code} 格式不正确`);
    countyIndexByCode.set(county.code, index);
  });
  const itemIds = new Set<string>();
  for (const item of plan.items) {
    if (itemIds.has(item.id)) report(`检查事项 ${item.id} 重复`);
    if (!drawIdentifierPattern.test(item.id)) report(`检查事项标识 ${item.id} 格式不正确`);
    itemIds.add(item.id);
    if (item.objectKinds.length === 0 || item.objectKinds.some((kind) => !objectKindSet.has(kind))) {
      report(`检查事项 ${item.id} 的适用对象类别不正确`);
    }
    if (item.specialties.some((specialty) => !specialtySet.has(specialty))) {
      report(`检查事项 ${item.id} 含未知的专业特长`);
    }
  }
  if (plan.items.length === 0) report('抽查计划没有检查事项');
  if (plan.jointDepartments.length > 0 && !rules.isCrossDepartmentJointDrawEnabled) {
    report('本省配置未启用部门间随机联查');
  }
  const departmentIds = new Set(plan.jointDepartments.map((department) => department.id));
  if (departmentIds.size !== plan.jointDepartments.length) report('随机联查的参与部门重复');
  if (
    plan.adjustedCountyRatio &&
    (plan.level !== 'county' || !rules.generalObjectRatio.isCountyRatioAdjustable)
  ) {
    report('只有本省允许调整比例的县级计划才能调整一般监管对象的抽查比例');
  }
  if (!Number.isInteger(plan.quarter) || plan.quarter < 1 || plan.quarter > 4) report('季度应为 1–4');

  const entities = [...input.entities].sort(byId);
  const entityCountyIndex = new Uint32Array(entities.length);
  for (let index = 0; index < entities.length; index++) {
    const entity = entities[index]!;
    if (!drawIdentifierPattern.test(entity.id)) report(`监管对象标识 ${entity.id} 格式不正确`);
    if (index > 0 && entities[index - 1]!.id === entity.id) report(`监管对象 ${entity.id} 重复`);
    const countyIndex = countyIndexByCode.get(entity.countyCode);
    if (countyIndex === undefined) {
      report(`监管对象 ${entity.id} 所在县区 ${entity.countyCode} 不在计划的县区名单中`);
    } else {
      entityCountyIndex[index] = countyIndex;
    }
  }

  const officers = [...input.officers].sort(byId);
  for (let index = 0; index < officers.length; index++) {
    const officer = officers[index]!;
    if (!drawIdentifierPattern.test(officer.id)) report(`检查人员标识 ${officer.id} 格式不正确`);
    if (index > 0 && officers[index - 1]!.id === officer.id) report(`检查人员 ${officer.id} 重复`);
    if (!drawIdentifierPattern.test(officer.agencyId) || !drawIdentifierPattern.test(officer.countyCode)) {
      report(`检查人员 ${officer.id} 的机构或县区代码格式不正确`);
    }
    if (!statusSet.has(officer.status)) report(`检查人员 ${officer.id} 的状态不正确`);
    if (officer.specialties.some((specialty) => !specialtySet.has(specialty))) {
      report(`检查人员 ${officer.id} 含未知的专业特长`);
    }
    if (officer.conflictEntityIds.some((id) => !drawIdentifierPattern.test(id))) {
      report(`检查人员 ${officer.id} 的回避对象标识格式不正确`);
    }
  }
  const coveredKeyPolluterIds = sortedUnique(input.keyPolluterIdsCoveredThisYear);
  if (coveredKeyPolluterIds.some((id) => !drawIdentifierPattern.test(id)))
    report('已检查重点排污单位的标识格式不正确');
  if (problems.length > 0) return { problems };

  const inputDigest = digestDrawInput(plan, rules, entities, officers, coveredKeyPolluterIds);
  return {
    prepared: { plan, rules, entities, officers, entityCountyIndex, coveredKeyPolluterIds, inputDigest },
  };
}

/** Hashes text in chunks, so a national pool never becomes one giant string. */
class TextDigest {
  private readonly hash = new Sha256();
  private readonly encoder = new TextEncoder();
  private chunk = '';

  add(line: string): void {
    this.chunk += line;
    if (this.chunk.length >= 32_768) this.flush();
  }

  finish(): string {
    this.flush();
    return bytesToHex(this.hash.digest());
  }

  private flush(): void {
    if (this.chunk.length === 0) return;
    this.hash.update(this.encoder.encode(this.chunk));
    this.chunk = '';
  }
}

const flag = (value: boolean) => (value ? '1' : '0');

/**
 * The input digest: SHA-256 over the UTF-8 text below, each line ending in LF (docs/random-check-draw.md):
 *
 *   qingshan-draw/1 inputs
 *   plan <canonical JSON of the normalised plan>
 *   rules <canonical JSON of the rules>
 *   entities <count>
 *   <id> TAB <countyCode> TAB <isKeyPolluter><isSpecialSupervision><isOnPositiveList>   (0/1 each), by id
 *   officers <count>
 *   <id> TAB <agencyId> TAB <countyCode> TAB <status> TAB <hasCertificate 0/1> TAB <validFrom or -> TAB
 *     <validUntil or -> TAB <specialties, sorted, comma-separated> TAB <conflict entity ids, sorted, unique,
 *     comma-separated>                                                                  by id
 *   covered <count>
 *   <key polluter id covered earlier this year>                                         sorted, unique
 */
export function digestDrawInput(
  plan: DrawPlan,
  rules: DrawRules,
  entities: readonly DrawEntity[],
  officers: readonly DrawOfficer[],
  coveredKeyPolluterIds: readonly string[],
): string {
  const digest = new TextDigest();
  digest.add(`${randomCheckAlgorithmVersion} inputs\n`);
  digest.add(`plan ${canonicalJson(plan)}\n`);
  digest.add(`rules ${canonicalJson(rules)}\n`);
  digest.add(`entities ${entities.length}\n`);
  for (const entity of entities) {
    digest.add(
      `${entity.id}\t${entity.countyCode}\t${flag(entity.isKeyPolluter)}${flag(entity.isSpecialSupervision)}${flag(entity.isOnPositiveList)}\n`,
    );
  }
  digest.add(`officers ${officers.length}\n`);
  for (const officer of officers) {
    digest.add(
      `${officer.id}\t${officer.agencyId}\t${officer.countyCode}\t${officer.status}\t${flag(officer.hasCertificate)}\t` +
        `${officer.certificateValidFrom ?? '-'}\t${officer.certificateValidUntil ?? '-'}\t` +
        `${sortedUnique(officer.specialties).join(',')}\t${sortedUnique(officer.conflictEntityIds).join(',')}\n`,
    );
  }
  digest.add(`covered ${coveredKeyPolluterIds.length}\n`);
  for (const id of coveredKeyPolluterIds) digest.add(`${id}\n`);
  return digest.finish();
}
