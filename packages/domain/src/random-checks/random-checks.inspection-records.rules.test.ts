import { describe, expect, it } from 'vitest';
import { loadChineseDaysData } from '../calendar/calendar.chinese-days';
import { createWorkingCalendar } from '../calendar/calendar.working-days';
import {
  addInspectionFindingRequestSchema,
  addInspectionSignatureRequestSchema,
  saveInspectionRecordRequestSchema,
} from './random-checks.inspection-records.contract';
import {
  detectPhotoMediaType,
  findInspectionGaps,
  type InspectionRecordFacts,
  inspectionCompliance,
  inspectionOutcome,
  isInspectionOverdue,
  resultsDueOn,
} from './random-checks.inspection-records.rules';

const calendar = createWorkingCalendar(loadChineseDaysData());
const items = [
  { id: '00000000-0000-4000-8000-000000000001', name: '废水排放' },
  { id: '00000000-0000-4000-8000-000000000002', name: '废气排放' },
];
const officers = [
  { officerId: '00000000-0000-4000-8000-0000000000a1', name: '李执法' },
  { officerId: '00000000-0000-4000-8000-0000000000a2', name: '王执法' },
];
const officerSignatures = officers.map((officer) => ({
  signer: 'officer' as const,
  officerId: officer.officerId,
  isRefused: false,
}));

function record(overrides: Partial<InspectionRecordFacts> = {}): InspectionRecordFacts {
  return {
    startedAt: '2026-11-20T01:00:00.000Z',
    endedAt: '2026-11-20T02:00:00.000Z',
    location: '厂区',
    personPresent: '张三',
    personPresentPosition: '环保负责人',
    personPresentIdNumber: null,
    personPresentPhone: '13800000000',
    certificatesShown: officers.map((officer, index) => ({
      officerId: officer.officerId,
      certificateNumber: `36010000${index}`,
    })),
    rightsInformedAt: '2026-11-20T01:05:00.000Z',
    recusal: { isAsked: true, answer: 'not_requested', officerId: null, outcome: null, note: null },
    isEntityClosed: false,
    itemResults: items.map((item) => ({ itemId: item.id, result: 'compliant' as const })),
    findings: [],
    signatures: [...officerSignatures, { signer: 'person_present', officerId: null, isRefused: false }],
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
    expect(findInspectionGaps(null, items, officers).map((gap) => gap.field)).toEqual(['record']);
    expect(findInspectionGaps(record(), items, officers)).toEqual([]);
    const gaps = findInspectionGaps(
      record({ startedAt: null, location: null, personPresent: null, itemResults: [] }),
      items,
      officers,
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
    expect(findInspectionGaps(nonCompliant, items, officers).map((gap) => gap.field)).toEqual(['findings']);
    expect(
      findInspectionGaps({ ...nonCompliant, findings: [{ catalogueItemId: items[0]!.id }] }, items, officers),
    ).toEqual([]);
  });

  it('does not ask for items, a person present or their signature when the entity was closed', () => {
    const closed = record({
      isEntityClosed: true,
      itemResults: [],
      personPresent: null,
      personPresentPosition: null,
      personPresentPhone: null,
      certificatesShown: [],
      rightsInformedAt: null,
      recusal: null,
      signatures: officerSignatures,
    });
    expect(findInspectionGaps(closed, items, officers)).toEqual([]);
    expect(
      findInspectionGaps({ ...closed, signatures: [] }, items, officers).map((gap) => gap.field),
    ).toEqual(['signatures.officer']);
  });

  it('requires every officer to have shown a certificate, the rights told and the recusal question asked', () => {
    const gaps = findInspectionGaps(
      record({ certificatesShown: [record().certificatesShown[0]!], rightsInformedAt: null, recusal: null }),
      items,
      officers,
    );
    expect(gaps.map((gap) => gap.field)).toEqual(['certificatesShown', 'rightsInformedAt', 'recusal']);
    expect(gaps[0]?.message).toContain('王执法');
    expect(gaps[0]?.message).not.toContain('李执法');
  });

  it('requires the person present to be named with position and an ID number or phone', () => {
    const fields = (overrides: Partial<InspectionRecordFacts>) =>
      findInspectionGaps(record(overrides), items, officers).map((gap) => gap.field);
    expect(fields({ personPresentPosition: null })).toEqual(['personPresentPosition']);
    expect(fields({ personPresentPhone: null })).toEqual(['personPresentPhone']);
    expect(fields({ personPresentPhone: null, personPresentIdNumber: '360121199001011234' })).toEqual([]);
  });

  it('requires the recused officer, the reason and the outcome when the party requests recusal', () => {
    const requested = (recusal: Partial<NonNullable<InspectionRecordFacts['recusal']>>) =>
      findInspectionGaps(
        record({
          recusal: {
            isAsked: true,
            answer: 'requested',
            officerId: null,
            outcome: null,
            note: null,
            ...recusal,
          },
        }),
        items,
        officers,
      ).map((gap) => gap.field);
    expect(requested({})).toEqual(['recusal.officerId']);
    expect(requested({ officerId: '00000000-0000-4000-8000-0000000000ff' })).toEqual(['recusal.officerId']);
    expect(requested({ officerId: officers[1]!.officerId })).toEqual(['recusal.outcome']);
    expect(
      requested({
        officerId: officers[1]!.officerId,
        outcome: 'rejected',
        note: '当事人称其与王执法有过争执，经负责人决定不予回避',
      }),
    ).toEqual([]);
    expect(
      findInspectionGaps(
        record({ recusal: { isAsked: true, answer: null, officerId: null, outcome: null, note: null } }),
        items,
        officers,
      ).map((gap) => gap.field),
    ).toEqual(['recusal']);
  });

  it('requires every officer to sign and the person present to sign or have their refusal noted', () => {
    const fields = (signatures: InspectionRecordFacts['signatures']) =>
      findInspectionGaps(record({ signatures }), items, officers).map((gap) => gap.field);
    expect(fields([officerSignatures[0]!])).toEqual(['signatures.officer', 'signatures.personPresent']);
    expect(
      fields([...officerSignatures, { signer: 'person_present', officerId: null, isRefused: true }]),
    ).toEqual([]);
  });
});

describe('signature requests', () => {
  const png = 'iVBORw0KGgo=';
  it('lets only the person present refuse, and only with the circumstances noted', () => {
    const parse = (input: Record<string, unknown>) =>
      addInspectionSignatureRequestSchema.safeParse(input).success;
    expect(parse({ signer: 'officer', officerId: officers[0]!.officerId, imageBase64: png })).toBe(true);
    expect(parse({ signer: 'officer', imageBase64: png })).toBe(false);
    expect(
      parse({ signer: 'officer', officerId: officers[0]!.officerId, isRefused: true, refusalNote: '拒签' }),
    ).toBe(false);
    expect(parse({ signer: 'person_present', isRefused: true })).toBe(false);
    expect(
      parse({
        signer: 'person_present',
        isRefused: true,
        refusalNote: '当事人拒绝签字',
        witness: '村委会 刘某',
      }),
    ).toBe(true);
    expect(parse({ signer: 'person_present' })).toBe(false);
  });

  it('requires a draft id and the revision the draft was edited from to save', () => {
    expect(saveInspectionRecordRequestSchema.safeParse({ inspectedOn: '2026-11-20' }).success).toBe(false);
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
    const base = { inspectedOn: '2026-11-20', revision: 0, draftId: '00000000-0000-4000-8000-0000000000d1' };
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
