import type { IsoDate } from '@qingshan/domain';
import type { Database } from '../../db/client';
import type { AuditActor } from '../../lib/audit/index';
import type { AppContext } from '../../lib/context';
import { type StartClockInput, startClock, stopClock } from '../clocks/index';

/**
 * The personnel clocks (SYS-3): an officer's enforcement certificate expiring (shown the
 * profile's `certificateExpiryWarning` ahead, to whoever manages the agency's personnel) and a
 * secondment reaching the `secondmentApprovalThreshold` (seed 004 item 17). Started and stopped
 * inside the personnel act's own transaction, and recorded by that act's audit entry.
 */
interface OfficerFacts {
  id: string;
  name: string;
  realNameNumber: string;
  agencyId: string;
  agencyName: string;
  agencyRegionCode: string;
  certificateNumber: string | null;
  certificateValidUntil: string | null;
  status: string;
}

interface SecondmentFacts {
  id: string;
  startsOn: IsoDate;
  plannedEndsOn: IsoDate;
  hostOrganisation: string;
  needsApproval: boolean;
}

export function certificateClockOf(officer: OfficerFacts): StartClockInput | null {
  if (!officer.certificateNumber || !officer.certificateValidUntil || officer.status === 'departed')
    return null;
  return {
    subjectKind: 'officer_certificate',
    subjectId: officer.id,
    kind: 'certificate_expiry',
    agencyId: officer.agencyId,
    regionCode: officer.agencyRegionCode,
    responsibleDuty: 'personnel.manage',
    ruleKey: 'certificateExpiryWarning',
    // The rule ends at its event: the clock's day is the certificate's last valid day.
    startedOn: officer.certificateValidUntil,
    subject: `${officer.name}（${officer.realNameNumber}）执法证 ${officer.certificateNumber}`,
    context: officer.agencyName,
    path: `/officers/${officer.id}`,
  };
}

/** After a change to an officer: the certificate clock follows the certificate (renewed, removed, departed). */
export async function syncCertificateClock(
  ctx: AppContext,
  db: Database,
  actor: AuditActor,
  officer: OfficerFacts,
  onDate: IsoDate,
): Promise<void> {
  const clock = certificateClockOf(officer);
  if (clock) {
    await startClock(ctx, db, clock);
    return;
  }
  await stopClock(
    ctx,
    db,
    actor,
    { subjectKind: 'officer_certificate', subjectId: officer.id, ruleKey: 'certificateExpiryWarning' },
    {
      metOn: onDate,
      outcome: 'cancelled',
      reason: officer.status === 'departed' ? '人员离岗' : '执法证信息已移除',
      isPartOfAuditedAct: true,
    },
  );
}

export function secondmentClockOf(
  officer: Pick<
    OfficerFacts,
    'id' | 'name' | 'realNameNumber' | 'agencyId' | 'agencyName' | 'agencyRegionCode'
  >,
  secondment: SecondmentFacts,
): StartClockInput {
  return {
    subjectKind: 'officer_secondment',
    subjectId: secondment.id,
    kind: 'secondment_approval',
    agencyId: officer.agencyId,
    regionCode: officer.agencyRegionCode,
    responsibleDuty: 'personnel.manage',
    ruleKey: 'secondmentApprovalThreshold',
    startedOn: secondment.startsOn,
    subject: `${officer.name}（${officer.realNameNumber}）借调至${secondment.hostOrganisation}`,
    context: `${officer.agencyName}，${secondment.startsOn} 至 ${secondment.plannedEndsOn}`,
    path: `/officers/${officer.id}`,
    // Planned beyond the threshold it needs approval now; otherwise only once it runs that long.
    showsFrom: secondment.needsApproval ? 'start' : 'due',
  };
}

export function stopSecondmentClock(
  ctx: AppContext,
  db: Database,
  actor: AuditActor,
  secondmentId: string,
  stop: { on: IsoDate; reason: string },
): Promise<void> {
  return stopClock(
    ctx,
    db,
    actor,
    { subjectKind: 'officer_secondment', subjectId: secondmentId, ruleKey: 'secondmentApprovalThreshold' },
    { metOn: stop.on, reason: stop.reason, isPartOfAuditedAct: true },
  );
}
