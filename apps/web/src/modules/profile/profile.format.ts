import type { DeadlineKey, DeadlineRule } from '@qingshan/domain';

/** Deadline groups in the order of the schema (profile.schema.ts deadlineKeys). */
export const deadlineGroups = [
  {
    key: 'penalty',
    deadlines: [
      'caseFiling',
      'penaltyDecision',
      'evidencePreservation',
      'hearingRequest',
      'hearingNotice',
      'decisionDelivery',
      'finePayment',
      'latePaymentSurchargeCap',
      'enforcementReminder',
      'courtEnforcementApplication',
      'limitationPeriod',
      'publishedDecisionWithdrawal',
      'firstViolationLookBack',
    ],
  },
  { key: 'dailyPenalty', deadlines: ['dailyPenaltyCorrectionOrder', 'dailyPenaltyReinspection'] },
  {
    key: 'sealSeizure',
    deadlines: [
      'sealSeizure',
      'emergencySeizureApproval',
      'sealSeizureReleaseReview',
      'sealSeizureReleaseDelivery',
    ],
  },
  {
    key: 'productionRestriction',
    deadlines: [
      'productionRestrictionDelivery',
      'productionRestriction',
      'productionRestrictionPlanFiling',
      'productionRestrictionFollowUp',
    ],
  },
  {
    key: 'detention',
    deadlines: ['detentionTransfer', 'detentionPoliceDecisionCopy', 'detentionPoliceRefusal'],
  },
  {
    key: 'crime',
    deadlines: [
      'crimeTransferDecision',
      'crimeTransferToPolice',
      'crimeTransferCorrection',
      'crimePoliceReview',
      'crimeRefusalContest',
      'crimeContestAnswer',
      'crimeProcuratorateSupervisionRequest',
      'crimeEvidenceHandover',
      'crimeProcuratorateRecommendation',
    ],
  },
  {
    key: 'petition',
    deadlines: [
      'petitionRegistration',
      'petitionAcceptanceNotice',
      'petitionHandling',
      'petitionReviewRequest',
      'petitionReviewAnswer',
      'petitionReReviewRequest',
      'petitionReReviewAnswer',
    ],
  },
  { key: 'randomInspection', deadlines: ['randomInspectionMonthlySummary', 'randomInspectionYearlySummary'] },
  { key: 'jointEnforcement', deadlines: ['ecologicalDamageNotification', 'jointActionClueFeedback'] },
  { key: 'supervision', deadlines: ['supervisedCaseClosing', 'interview'] },
  { key: 'people', deadlines: ['certificateExpiryWarning', 'secondmentApprovalThreshold'] },
] as const satisfies readonly { key: string; deadlines: readonly DeadlineKey[] }[];

export type DeadlineGroupKey = (typeof deadlineGroups)[number]['key'];

export interface DeadlineRow extends DeadlineRule {
  key: DeadlineKey;
}

/**
 * The profile's deadlines in their groups. A deadline the web does not know yet (a newer
 * profile) lands in the last group rather than disappearing.
 */
export function groupDeadlines(deadlines: Partial<Record<DeadlineKey, DeadlineRule>>): {
  key: DeadlineGroupKey;
  rows: DeadlineRow[];
}[] {
  const placed = new Set<string>();
  const groups = deadlineGroups.map((group) => ({
    key: group.key as DeadlineGroupKey,
    rows: group.deadlines.flatMap((key) => {
      const rule = deadlines[key];
      if (!rule) return [];
      placed.add(key);
      return [{ ...rule, key }];
    }),
  }));
  const leftover = (Object.keys(deadlines) as DeadlineKey[]).filter((key) => !placed.has(key));
  if (leftover.length > 0) {
    groups.at(-1)!.rows.push(...leftover.map((key) => ({ ...(deadlines[key] as DeadlineRule), key })));
  }
  return groups.filter((group) => group.rows.length > 0);
}

/** Fields every sourced rule carries; shown in the card's footer, not as values. */
export const sourceFields = new Set(['basis', 'isConfigurable', 'note']);

export function ruleValueEntries(rule: Record<string, unknown>): [string, unknown][] {
  return Object.entries(rule).filter(([key]) => !sourceFields.has(key));
}
