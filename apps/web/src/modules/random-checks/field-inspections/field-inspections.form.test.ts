import { describe, expect, it } from 'vitest';
import { changedDraft, draftKey, readDraft, shouldRestoreDraft, writeDraft } from './field-inspections.draft';
import {
  base64OfDataUrl,
  combineDateAndTime,
  photoMediaTypeOf,
  shortenFingerprint,
  timeInShanghai,
  toRecordFormValues,
  toSaveRecordRequest,
} from './field-inspections.form';

const first = '00000000-0000-4000-8000-000000000001';
const second = '00000000-0000-4000-8000-000000000002';

describe('field inspection form helpers', () => {
  it('shortens a SHA-256 fingerprint to its head and tail', () => {
    const sha = 'a'.repeat(8) + 'b'.repeat(50) + 'c'.repeat(6);
    expect(shortenFingerprint(sha)).toBe('aaaaaaaa…cccccc');
    expect(shortenFingerprint('abc')).toBe('abc');
  });

  it('reads times as China time on the inspection date, and back', () => {
    expect(combineDateAndTime('2026-11-20', '09:30')).toBe('2026-11-20T01:30:00.000Z');
    expect(combineDateAndTime('2026-11-20', null)).toBeNull();
    expect(timeInShanghai('2026-11-20T01:30:00.000Z')).toBe('09:30');
  });

  it('declares a photo type from the file type, or from the name when the phone gave none', () => {
    expect(photoMediaTypeOf({ type: 'image/jpeg', name: 'a.jpg' })).toBe('image/jpeg');
    expect(photoMediaTypeOf({ type: '', name: 'IMG_0001.HEIC' })).toBe('image/heic');
    expect(photoMediaTypeOf({ type: 'image/gif', name: 'a.gif' })).toBeNull();
    expect(photoMediaTypeOf({ type: '', name: 'notes.txt' })).toBeNull();
    expect(base64OfDataUrl('data:image/png;base64,iVBOR')).toBe('iVBOR');
  });

  it('turns the form into the request with items in the task order, and the record back into the form', () => {
    const values = toRecordFormValues(null, '2026-11-20');
    expect(values).toMatchObject({
      inspectedOn: '2026-11-20',
      startedAt: null,
      isEntityClosed: false,
      items: {},
    });
    const request = toSaveRecordRequest(
      {
        ...values,
        startedAt: '09:00',
        endedAt: '10:15',
        personPresent: '李建国',
        items: {
          [second]: { result: 'compliant' },
          [first]: { result: 'non_compliant', note: '标志牌缺失' },
        },
      },
      [first, second],
      { revision: 3, draftId: second },
    );
    expect(request).toMatchObject({
      revision: 3,
      draftId: second,
      recusal: null,
      certificatesShown: [],
      startedAt: '2026-11-20T01:00:00.000Z',
      endedAt: '2026-11-20T02:15:00.000Z',
      personPresent: '李建国',
      itemResults: [
        { itemId: first, result: 'non_compliant', note: '标志牌缺失' },
        { itemId: second, result: 'compliant', note: '' },
      ],
    });
    const back = toRecordFormValues(
      {
        id: first,
        inspectedOn: '2026-11-20',
        startedAt: '2026-11-20T01:00:00.000Z',
        endedAt: null,
        location: '厂区',
        personPresent: '李建国',
        personPresentPosition: null,
        personPresentIdNumber: null,
        personPresentPhone: null,
        certificatesShown: [{ officerId: second, certificateNumber: '36010021009' }],
        rightsInformedAt: '2026-11-20T01:05:00.000Z',
        recusal: { isAsked: true, answer: 'not_requested', officerId: null, outcome: null, note: null },
        isEntityClosed: false,
        itemResults: [{ itemId: first, result: 'compliant', note: null }],
        observations: null,
        outcome: 'no_problem',
        revision: 1,
        lastDraftId: null,
        createdByName: null,
        updatedAt: '2026-11-20T02:00:00.000Z',
      },
      '2026-11-21',
      [
        { officerId: first, certificateNumber: '36010021001' },
        { officerId: second, certificateNumber: '36010021002' },
      ],
    );
    expect(back).toMatchObject({
      inspectedOn: '2026-11-20',
      startedAt: '09:00',
      rightsInformedAt: '09:05',
      recusalAsked: true,
      recusalAnswer: 'not_requested',
      // Prefilled from the registry for an officer not yet recorded; as shown for the other.
      certificates: {
        [first]: { shown: false, number: '36010021001' },
        [second]: { shown: true, number: '36010021009' },
      },
      items: { [first]: { result: 'compliant' } },
    });
  });
});

describe('the draft kept on the phone', () => {
  const memory = () => {
    const map = new Map<string, string>();
    return {
      getItem: (key: string) => map.get(key) ?? null,
      setItem: (key: string, value: string) => void map.set(key, value),
      removeItem: (key: string) => void map.delete(key),
    };
  };

  it('keeps a changed draft per user and task, and restores it only while unsynced', () => {
    const storage = memory();
    const values = toRecordFormValues(null, '2026-11-20');
    const draft = changedDraft(
      { ...values, observations: '离线填写' },
      2,
      new Date('2026-11-20T02:00:00Z'),
      () => 'd1',
    );
    expect(writeDraft(storage, draftKey('u1', 't1'), draft)).toBe(true);
    expect(readDraft(storage, draftKey('u2', 't1'))).toBeNull();
    const back = readDraft(storage, draftKey('u1', 't1'));
    expect(back).toMatchObject({ revision: 2, draftId: 'd1', isSynced: false });
    expect(back?.values.observations).toBe('离线填写');
    expect(shouldRestoreDraft(back)).toBe(true);
    expect(shouldRestoreDraft({ ...back!, isSynced: true })).toBe(false);
  });

  it('reads a damaged entry as no draft and reports a full storage instead of throwing', () => {
    const storage = memory();
    storage.setItem('k', '{not json');
    expect(readDraft(storage, 'k')).toBeNull();
    const full = {
      ...storage,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(
      writeDraft(
        full,
        'k',
        changedDraft(toRecordFormValues(null, '2026-11-20'), 0, new Date('2026-11-20T02:00:00Z')),
      ),
    ).toBe(false);
  });
});
