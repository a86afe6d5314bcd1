import { describe, expect, it } from 'vitest';
import { loadChineseDaysData } from '../calendar/calendar.chinese-days';
import { createWorkingCalendar } from '../calendar/calendar.working-days';
import {
  addInspectionFindingRequestSchema,
  saveInspectionRecordRequestSchema,
} from '../contracts/inspection-records';
import {
  detectPhotoMediaType,
  findInspectionGaps,
  type InspectionRecordFacts,
  inspectionCompliance,
  inspectionOutcome,
  isInspectionOverdue,
  resultsDueOn,
} from './inspection-record.rules';

const calendar = createWorkingCalendar(loadChineseDaysData());
const items = [
  { id: '00000000-0000-4000-8000-000000000001', name: '废水排放' },
  { id: '00000000-0000-4000-8000-000000000002', name: '废气排放' },
];

function record(overrides: Partial<InspectionRecordFacts> = {}): InspectionRecordFacts {
  return {
    startedAt: '2026-11-20T01:00:00.000Z',
    endedAt: '2026-11-20T02:00:00.000Z',
    location: '厂区',
    personPresent: '张三',
    isEntityClosed: false,
    itemResults: items.map((item) => ({ itemId: item.id, result: 'compliant' as const })),
    findings: [],
    ...overrides,
  };
}

describe('results due day and overdue', () => {
  it('keeps a working-day deadline and moves a weekend or holiday deadline to the next working day', () => {
    expect(resultsDueOn(calendar, '2026-11-20')).toBe('2026-11-20'); // Friday
    expect(resultsDueOn(calendar, '2026-11-21')).toBe('2026-11-23'); // Saturday → Monday
    expect(resultsDueOn(calendar, '2026-10-01')).toBe('2026-10-08'); // National Day holiday, 1–7 October
  });

  it('flags a task without a completed result only after the due day', () => {
    expect(isInspectionOverdue({ status: 'pending' }, '2026-11-20', '2026-11-20')).toBe(false);
    expect(isInspectionOverdue({ status: 'recorded' }, '2026-11-20', '2026-11-21')).toBe(true);
    expect(isInspectionOverdue({ status: 'completed' }, '2026-11-20', '2026-12-31')).toBe(false);
  });
});

describe('outcome and compliance', () => {
  it('derives the outcome from the item results and the findings', () => {
    const compliant = [{ result: 'compliant' as const }, { result: 'not_applicable' as const }];
    expect(inspectionOutcome({ isEntityClosed: false, itemResults: compliant, findingCount: 0 })).toBe(
      'no_problem',
    );
    expect(
      inspectionOutcome({
        isEntityClosed: false,
        itemResults: [...compliant, { result: 'non_compliant' }],
        findingCount: 0,
      }),
    ).toBe('problem_found');
    expect(inspectionOutcome({ isEntityClosed: false, itemResults: compliant, findingCount: 1 })).toBe(
      'problem_found',
    );
    expect(inspectionOutcome({ isEntityClosed: true, itemResults: [], findingCount: 0 })).toBe(
      'entity_closed',
    );
  });

  it('says a case referral is a violation and a rectification alone a minor issue', () => {
    expect(inspectionCompliance('no_problem', [])).toBe('compliant');
    expect(inspectionCompliance('problem_found', ['rectification'])).toBe('minor_issue');
    expect(inspectionCompliance('problem_found', ['rectification', 'both'])).toBe('violation');
    expect(inspectionCompliance('problem_found', ['case_referral'])).toBe('violation');
    expect(inspectionCompliance('entity_closed', [])).toBeNull();
  });
});

describe('gaps before confirmation', () => {
  it('asks for a record first, then for time, place, person present and every item', () => {
    expect(findInspectionGaps(null, items).map((gap) => gap.field)).toEqual(['record']);
    expect(findInspectionGaps(record(), items)).toEqual([]);
    const gaps = findInspectionGaps(
      record({ startedAt: null, location: null, personPresent: null, itemResults: [] }),
      items,
    );
    expect(gaps.map((gap) => gap.field)).toEqual(['startedAt', 'location', 'personPresent', 'itemResults']);
    expect(gaps.at(-1)?.message).toContain('废水排放、废气排放');
  });

  it('needs a finding for each non-compliant item', () => {
    const nonCompliant = record({
      itemResults: [
        { itemId: items[0]!.id, result: 'non_compliant' },
        { itemId: items[1]!.id, result: 'compliant' },
      ],
    });
    expect(findInspectionGaps(nonCompliant, items).map((gap) => gap.field)).toEqual(['findings']);
    expect(
      findInspectionGaps({ ...nonCompliant, findings: [{ catalogueItemId: items[0]!.id }] }, items),
    ).toEqual([]);
  });

  it('does not ask for items or a person present when the entity was closed', () => {
    expect(
      findInspectionGaps(record({ isEntityClosed: true, itemResults: [], personPresent: null }), items),
    ).toEqual([]);
  });
});

describe('photo signatures', () => {
  it('recognises JPEG, PNG, WebP and HEIC and nothing else', () => {
    expect(detectPhotoMediaType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe('image/jpeg');
    expect(detectPhotoMediaType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(
      'image/png',
    );
    const webp = new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ');
    expect(detectPhotoMediaType(webp)).toBe('image/webp');
    const heic = new TextEncoder().encode('\u0000\u0000\u0000\u0018ftypheic\u0000\u0000');
    expect(detectPhotoMediaType(heic)).toBe('image/heic');
    expect(detectPhotoMediaType(new TextEncoder().encode('<html><script>'))).toBeNull();
    expect(detectPhotoMediaType(new Uint8Array())).toBeNull();
  });
});

describe('request schemas', () => {
  it('requires a due date for a rectification and refuses one for a case referral alone', () => {
    const base = { description: '废水排放口标志牌缺失' };
    expect(
      addInspectionFindingRequestSchema.safeParse({ ...base, disposition: 'rectification' }).success,
    ).toBe(false);
    expect(
      addInspectionFindingRequestSchema.safeParse({
        ...base,
        disposition: 'both',
        rectificationDueOn: '2026-12-20',
      }).success,
    ).toBe(true);
    expect(
      addInspectionFindingRequestSchema.safeParse({
        ...base,
        disposition: 'case_referral',
        rectificationDueOn: '2026-12-20',
      }).success,
    ).toBe(false);
  });

  it('refuses an end time before the start and the same item twice', () => {
    const base = { inspectedOn: '2026-11-20' };
    expect(
      saveInspectionRecordRequestSchema.safeParse({
        ...base,
        startedAt: '2026-11-20T03:00:00.000Z',
        endedAt: '2026-11-20T02:00:00.000Z',
      }).success,
    ).toBe(false);
    const item = { itemId: items[0]!.id, result: 'compliant' };
    expect(saveInspectionRecordRequestSchema.safeParse({ ...base, itemResults: [item, item] }).success).toBe(
      false,
    );
  });
});
