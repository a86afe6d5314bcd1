import { describe, expect, it } from 'vitest';
import {
  type EntityExchangeKey,
  type EntityInput,
  entityExchangeColumns,
  entityInputSchema,
  entityPatchSchema,
  formatEntityExchangeValue,
  parseEntityExchangeValue,
  readEntityExchangeRow,
} from './entities.contract';
import { generateCreditCode } from './entities.credit-code';

const column = (key: EntityExchangeKey) => entityExchangeColumns.find((entry) => entry.key === key)!;

const entity: EntityInput = entityInputSchema.parse({
  creditCode: generateCreditCode(() => 0.42, { regionCode: '360121' }),
  name: '南昌县宏达化工有限公司',
  legalRepresentative: '张三',
  address: '江西省南昌市南昌县莲塘镇工业大道 1 号',
  regionCode: '360121100',
  industryCode: '2614',
  permitClass: 'key',
  permitValidUntil: '2028-12-31',
  isSpecialSupervision: true,
  specialSupervisionReason: '群众投诉集中',
  hasAutomaticMonitoring: true,
  isMonitoringNetworked: false,
  operatingStatus: 'suspended',
  coordinates: { longitude: 115.94, latitude: 28.54 },
  contactPhone: '0791-85201234',
  keyPolluterMedia: ['water', 'environmental_risk'],
});

describe('entityExchangeColumns', () => {
  it('covers every field of EntityInput once (coordinates as two columns), with unique headers', () => {
    const keys = entityExchangeColumns.map((entry) => entry.key).sort();
    const fields = Object.keys(entity)
      .filter((key) => key !== 'coordinates')
      .concat(['longitude', 'latitude'])
      .sort();
    expect(keys).toEqual(fields);
    expect(new Set(entityExchangeColumns.map((entry) => entry.header)).size).toBe(
      entityExchangeColumns.length,
    );
    expect(entityExchangeColumns.filter((entry) => entry.required).map((entry) => entry.key)).toEqual([
      'creditCode',
      'name',
      'regionCode',
      'industryCode',
    ]);
  });

  it('formats a row in Chinese and reads it back to the same entity', () => {
    const cells = Object.fromEntries(
      entityExchangeColumns.map((entry) => [entry.key, formatEntityExchangeValue(entry, entity)]),
    ) as Record<EntityExchangeKey, string>;
    expect(cells).toMatchObject({
      permitClass: '重点管理',
      operatingStatus: '停产',
      isSpecialSupervision: '是',
      isMonitoringNetworked: '否',
      keyPolluterMedia: '水环境、环境风险',
      longitude: '115.94',
      permitNumber: '',
      contactPerson: '',
    });
    const { candidate, errors } = readEntityExchangeRow(cells);
    expect(errors).toEqual([]);
    expect(entityInputSchema.parse(candidate)).toEqual(entity);
  });

  it('reads the forms people type: keys or labels, 是/否/Y/N/1/0, lists split on any separator', () => {
    expect(parseEntityExchangeValue(column('permitClass'), 'simplified')).toEqual({ value: 'simplified' });
    expect(parseEntityExchangeValue(column('permitClass'), ' 登记管理 ')).toEqual({ value: 'registration' });
    expect(parseEntityExchangeValue(column('permitClass'), '')).toEqual({ value: undefined });
    expect(parseEntityExchangeValue(column('hasAutomaticMonitoring'), 'Y')).toEqual({ value: true });
    expect(parseEntityExchangeValue(column('hasAutomaticMonitoring'), '0')).toEqual({ value: false });
    expect(parseEntityExchangeValue(column('hasAutomaticMonitoring'), '')).toEqual({ value: false });
    expect(parseEntityExchangeValue(column('keyPolluterMedia'), '大气环境，水环境; air')).toEqual({
      value: ['air', 'water'],
    });
    expect(parseEntityExchangeValue(column('longitude'), '')).toEqual({ value: null });
  });

  it('names the column and the bad text when a cell cannot be read', () => {
    expect(parseEntityExchangeValue(column('isSpecialSupervision'), '也许')).toEqual({
      error: '特殊监管对象应填“是”或“否”，实际为“也许”',
    });
    const medium = parseEntityExchangeValue(column('keyPolluterMedia'), '水环境、辐射');
    expect('error' in medium && medium.error).toContain('“辐射”不存在');
    expect(parseEntityExchangeValue(column('latitude'), '北纬28')).toEqual({
      error: '纬度应为数字，实际为“北纬28”',
    });
    const { errors } = readEntityExchangeRow({ creditCode: 'x', longitude: '115.9' });
    expect(errors).toEqual([{ column: column('latitude'), message: '经度和纬度应同时填写或同时留空' }]);
  });
});

describe('entityPatchSchema', () => {
  it('takes any subset of the fields without filling in defaults, and nothing unknown', () => {
    expect(entityPatchSchema.parse({ name: '新名称' })).toEqual({ name: '新名称' });
    expect(entityPatchSchema.safeParse({}).success).toBe(false);
    expect(entityPatchSchema.safeParse({ owner: 'x' }).success).toBe(false);
    const wrongCheck = entity.creditCode.endsWith('0') ? '1' : '0';
    const wrong = entityPatchSchema.safeParse({
      creditCode: `${entity.creditCode.slice(0, 17)}${wrongCheck}`,
    });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]).toMatchObject({ path: ['creditCode'] });
    expect(wrong.error?.issues[0]?.message).toContain('第 18 位');
  });
});
