import type { RecordFormValues } from './field-inspections.form';

/**
 * The record form's draft kept on the phone (DR-5: plants often have no signal). Every change is
 * written here first, under the user and the task, and then synced; the server knows each version
 * by `draftId` (a repeated sync changes nothing) and refuses one edited from an older `revision`.
 * localStorage, not IndexedDB: a draft is a few kilobytes of text and must be written synchronously
 * on every keystroke. Photos are not kept offline (several MB each would exceed the ~5 MB quota).
 */
export interface RecordDraft {
  values: RecordFormValues;
  /** The server revision the draft was edited from. */
  revision: number;
  /** This version of the draft; a new one for every change. */
  draftId: string;
  isSynced: boolean;
  savedAt: string;
}

export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function draftKey(userId: string, taskId: string): string {
  return `qingshan.fieldRecordDraft.${userId}.${taskId}`;
}

export function readDraft(storage: DraftStorage, key: string): RecordDraft | null {
  try {
    const text = storage.getItem(key);
    if (!text) return null;
    const draft = JSON.parse(text) as RecordDraft;
    return draft && typeof draft.draftId === 'string' && draft.values ? draft : null;
  } catch {
    return null;
  }
}

/** Writes the draft; false when the phone's storage is full or blocked (the page says so). */
export function writeDraft(storage: DraftStorage, key: string, draft: RecordDraft): boolean {
  try {
    storage.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** A changed draft: a new version, not yet synced. */
export function changedDraft(
  values: RecordFormValues,
  revision: number,
  now: Date,
  newId: () => string = () => crypto.randomUUID(),
): RecordDraft {
  return { values, revision, draftId: newId(), isSynced: false, savedAt: now.toISOString() };
}

/**
 * Which values the form shows on opening: an unsynced draft on this phone wins over the server's
 * record (that is the point of keeping it); a synced one is only a copy of the server's.
 */
export function shouldRestoreDraft(draft: RecordDraft | null): draft is RecordDraft {
  return draft !== null && !draft.isSynced;
}
