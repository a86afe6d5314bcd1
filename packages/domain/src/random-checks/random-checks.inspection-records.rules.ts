import { nextWorkingDayFrom } from '../calendar/calendar.deadline';
import type { WorkingCalendar } from '../calendar/calendar.types';
import type { ComplianceLevel } from '../entities/entities.contract';
import type { RandomCheckOutcome, RandomCheckTaskStatus } from './random-checks.contract';
import type {
  CertificateShown,
  InspectionFindingDisposition,
  InspectionGap,
  InspectionItemResult,
  InspectionPhotoMediaType,
  InspectionSigner,
  RecusalRecord,
} from './random-checks.inspection-records.contract';

/**
 * Rules of the field inspection record (现场检查笔录, DR-5) that need no database: the outcome from
 * the item results, what is missing before the officers may confirm, when results are overdue,
 * what the entity's timeline says, and whether uploaded bytes are the image they claim to be.
 */

/**
 * The day results are due. 《民法典》第二百零三条: when the last day of a period is a rest day, the
 * period ends on the next working day — so a plan whose deadline falls on a weekend or a statutory
 * holiday has its results due on the working day after it.
 */
export function resultsDueOn(calendar: WorkingCalendar, inspectionDueOn: string): string {
  return nextWorkingDayFrom(calendar, inspectionDueOn);
}

/** A task without a completed result after its due day is overdue (DR-5). */
export function isInspectionOverdue(
  task: { status: RandomCheckTaskStatus },
  dueOn: string,
  today: string,
): boolean {
  return task.status !== 'completed' && today > dueOn;
}

/**
 * The visit's outcome: nothing to inspect when the entity was closed; a problem when any item
 * does not comply or a finding was recorded; otherwise none.
 */
export function inspectionOutcome(facts: {
  isEntityClosed: boolean;
  itemResults: readonly { result: InspectionItemResult }[];
  findingCount: number;
}): RandomCheckOutcome {
  if (facts.isEntityClosed) return 'entity_closed';
  const hasNonCompliance = facts.itemResults.some((item) => item.result === 'non_compliant');
  return hasNonCompliance || facts.findingCount > 0 ? 'problem_found' : 'no_problem';
}

export interface InspectionRecordFacts {
  startedAt: string | null;
  endedAt: string | null;
  location: string | null;
  personPresent: string | null;
  personPresentPosition: string | null;
  personPresentIdNumber: string | null;
  personPresentPhone: string | null;
  certificatesShown: readonly CertificateShown[];
  rightsInformedAt: string | null;
  recusal: RecusalRecord | null;
  isEntityClosed: boolean;
  itemResults: readonly { itemId: string; result: InspectionItemResult }[];
  findings: readonly { catalogueItemId: string | null }[];
  signatures: readonly { signer: InspectionSigner; officerId: string | null; isRefused: boolean }[];
}

export interface InspectionOfficerFacts {
  officerId: string;
  name: string;
}

/**
 * What the record still lacks before it can be confirmed (empty: ready). A 笔录 is evidence only
 * when it names the time, place and the entity's person present (with position and an ID number or
 * phone to reach them); records that the officers showed their certificates (行政处罚法 art. 55),
 * informed the party of their rights and duties incl. 陈述、申辩, and asked whether the party
 * requests recusal of an officer, with the answer and its outcome (行政处罚法 art. 43); every item
 * has a result and every non-compliant item a finding (DR-5); and is signed by every officer and by
 * the person present — or notes that they refused (当事人拒绝签字的，注明情况). A closed entity
 * has nobody to show, inform or sign: the officers sign alone.
 */
export function findInspectionGaps(
  record: InspectionRecordFacts | null,
  items: readonly { id: string; name: string }[],
  officers: readonly InspectionOfficerFacts[],
): InspectionGap[] {
  if (!record) return [{ field: 'record', message: '尚未填写现场检查笔录' }];
  const gaps: InspectionGap[] = [];
  if (!record.startedAt) gaps.push({ field: 'startedAt', message: '请填写检查开始时间' });
  if (!record.endedAt) gaps.push({ field: 'endedAt', message: '请填写检查结束时间' });
  if (!record.location) gaps.push({ field: 'location', message: '请填写检查地点' });
  if (!record.isEntityClosed) gaps.push(...findPartyGaps(record, officers));
  if (!record.isEntityClosed) gaps.push(...findItemGaps(record, items));
  gaps.push(...findSignatureGaps(record, officers));
  return gaps;
}

function namesOf(officers: readonly InspectionOfficerFacts[]): string {
  return officers.map((officer) => officer.name).join('、');
}

function findPartyGaps(record: InspectionRecordFacts, officers: readonly InspectionOfficerFacts[]) {
  const gaps: InspectionGap[] = [];
  if (!record.personPresent) gaps.push({ field: 'personPresent', message: '请填写被检查单位现场负责人' });
  if (!record.personPresentPosition) {
    gaps.push({ field: 'personPresentPosition', message: '请填写现场负责人的职务' });
  }
  if (!record.personPresentIdNumber && !record.personPresentPhone) {
    gaps.push({ field: 'personPresentPhone', message: '请填写现场负责人的身份证件号码或联系电话' });
  }
  const shown = new Set(record.certificatesShown.map((entry) => entry.officerId));
  const notShown = officers.filter((officer) => !shown.has(officer.officerId));
  if (notShown.length > 0) {
    gaps.push({
      field: 'certificatesShown',
      message: `请登记出示执法证件及证号（行政处罚法第五十五条）：${namesOf(notShown)}`,
    });
  }
  if (!record.rightsInformedAt) {
    gaps.push({
      field: 'rightsInformedAt',
      message: '请登记已告知当事人权利义务（含陈述、申辩权）及告知时间',
    });
  }
  gaps.push(...findRecusalGaps(record.recusal, officers));
  return gaps;
}

function findRecusalGaps(recusal: RecusalRecord | null, officers: readonly InspectionOfficerFacts[]) {
  if (!recusal?.isAsked || !recusal.answer) {
    return [
      {
        field: 'recusal',
        message: '请询问当事人是否申请检查人员回避，并记录其答复（行政处罚法第四十三条）',
      },
    ];
  }
  if (recusal.answer === 'not_requested') return [];
  const isTaskOfficer = officers.some((officer) => officer.officerId === recusal.officerId);
  if (!recusal.officerId || !isTaskOfficer) {
    return [{ field: 'recusal.officerId', message: '当事人申请回避的，请选择被申请回避的检查人员' }];
  }
  if (!recusal.outcome || !recusal.note) {
    return [{ field: 'recusal.outcome', message: '当事人申请回避的，请记录申请理由及处理结果' }];
  }
  return [];
}

function findItemGaps(record: InspectionRecordFacts, items: readonly { id: string; name: string }[]) {
  const gaps: InspectionGap[] = [];
  const results = new Map(record.itemResults.map((item) => [item.itemId, item.result]));
  const unchecked = items.filter((item) => !results.has(item.id));
  if (unchecked.length > 0) {
    gaps.push({
      field: 'itemResults',
      message: `还有 ${unchecked.length} 个检查事项未填写结果：${unchecked.map((item) => item.name).join('、')}`,
    });
  }
  const findingItems = new Set(record.findings.map((finding) => finding.catalogueItemId));
  const withoutFinding = items.filter(
    (item) => results.get(item.id) === 'non_compliant' && !findingItems.has(item.id),
  );
  if (withoutFinding.length > 0) {
    gaps.push({
      field: 'findings',
      message: `不符合的事项须登记发现的问题及处理方式：${withoutFinding.map((item) => item.name).join('、')}`,
    });
  }
  return gaps;
}

function findSignatureGaps(record: InspectionRecordFacts, officers: readonly InspectionOfficerFacts[]) {
  const gaps: InspectionGap[] = [];
  const signedOfficers = new Set(
    record.signatures
      .filter((signature) => signature.signer === 'officer')
      .map((signature) => signature.officerId),
  );
  const unsigned = officers.filter((officer) => !signedOfficers.has(officer.officerId));
  if (unsigned.length > 0) {
    gaps.push({ field: 'signatures.officer', message: `检查人员尚未签名：${namesOf(unsigned)}` });
  }
  const hasPartySignoff = record.signatures.some((signature) => signature.signer === 'person_present');
  if (!record.isEntityClosed && !hasPartySignoff) {
    gaps.push({
      field: 'signatures.personPresent',
      message: '请现场负责人签字；拒绝签字的，注明情况及见证人',
    });
  }
  return gaps;
}

/**
 * What the visit says about the entity's compliance on its timeline (REG-2): a referral for a case
 * is a violation; problems only to rectify are minor; a closed entity says nothing.
 */
export function inspectionCompliance(
  outcome: RandomCheckOutcome,
  dispositions: readonly InspectionFindingDisposition[],
): ComplianceLevel | null {
  if (outcome === 'entity_closed') return null;
  if (outcome === 'no_problem') return 'compliant';
  return dispositions.some((disposition) => disposition !== 'rectification') ? 'violation' : 'minor_issue';
}

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

/**
 * The image format the bytes actually are, from their signature (magic number), or null. The
 * server stores and serves photos only as what they are, never as what the client said.
 */
export function detectPhotoMediaType(bytes: Uint8Array): InspectionPhotoMediaType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  // ISO base media file: size(4) 'ftyp' brand(4).
  if (startsWith(bytes, ascii('ftyp'), 4)) {
    const brand = String.fromCharCode(...bytes.subarray(8, 12));
    if (['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx'].includes(brand)) return 'image/heic';
    if (['mif1', 'msf1', 'heif'].includes(brand)) return 'image/heif';
  }
  return null;
}
