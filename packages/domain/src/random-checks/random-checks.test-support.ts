import { getProvinceProfile } from '../profile/profile.provinces';
import {
  type DrawEntity,
  type DrawInput,
  type DrawOfficer,
  type DrawPlan,
  type DrawRules,
  drawRulesOf,
} from './random-checks.draw.contract';

/** Builders for the draw's tests: a small Jiangxi-like county pool with sensible defaults. */

export const jiangxiDrawRules: DrawRules = drawRulesOf(getProvinceProfile('jiangxi').randomInspection);

export const testSeed = 'a'.repeat(64);

export function buildPlan(overrides: Partial<DrawPlan> = {}): DrawPlan {
  return {
    id: 'plan-2026-q1',
    agencyId: 'agency-nanchang',
    level: 'county',
    kind: 'yearly',
    quarter: 1,
    inspectionDate: '2026-03-10',
    items: [
      {
        id: 'item-discharge',
        name: '排污许可执行情况',
        objectKinds: ['general', 'key_polluter'],
        specialties: [],
      },
      {
        id: 'item-monitoring',
        name: '自动监控设施运行',
        objectKinds: ['key_polluter'],
        specialties: ['automatic_monitoring'],
      },
      {
        id: 'item-waste',
        name: '危险废物规范化管理',
        objectKinds: ['special_supervision'],
        specialties: ['hazardous_waste'],
      },
    ],
    isCrossRegion: false,
    jointDepartments: [],
    specialSupervisionPercent: 50,
    adjustedCountyRatio: null,
    counties: [
      { code: '360102', name: '东湖区' },
      { code: '360103', name: '西湖区' },
    ],
    ...overrides,
  };
}

export function buildEntity(id: string, overrides: Partial<DrawEntity> = {}): DrawEntity {
  return {
    id,
    countyCode: '360102',
    isKeyPolluter: false,
    isSpecialSupervision: false,
    isOnPositiveList: false,
    ...overrides,
  };
}

export function buildOfficer(id: string, overrides: Partial<DrawOfficer> = {}): DrawOfficer {
  return {
    id,
    agencyId: 'agency-nanchang',
    countyCode: '360102',
    status: 'on_duty',
    hasCertificate: true,
    certificateValidFrom: '2024-01-01',
    certificateValidUntil: '2029-12-31',
    specialties: ['automatic_monitoring', 'hazardous_waste'],
    conflictEntityIds: [],
    ...overrides,
  };
}

/** 40 entities over two counties (every fifth a key polluter, every seventh special), 6 officers. */
export function buildInput(overrides: Partial<DrawInput> = {}): DrawInput {
  const entities = Array.from({ length: 40 }, (_, index) =>
    buildEntity(`e${String(index).padStart(3, '0')}`, {
      countyCode: index % 2 === 0 ? '360102' : '360103',
      isKeyPolluter: index % 5 === 0,
      isSpecialSupervision: index % 7 === 3,
    }),
  );
  const officers = Array.from({ length: 6 }, (_, index) =>
    buildOfficer(`o${index}`, { countyCode: index % 2 === 0 ? '360102' : '360103' }),
  );
  return {
    plan: buildPlan(),
    rules: jiangxiDrawRules,
    entities,
    officers,
    keyPolluterIdsCoveredThisYear: [],
    ...overrides,
  };
}
