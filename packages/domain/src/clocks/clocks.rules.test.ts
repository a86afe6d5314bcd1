import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadChineseDaysData } from '../calendar/calendar.chinese-days';
import { addDays } from '../calendar/calendar.dates';
import { nextWorkingDayFrom } from '../calendar/calendar.deadline';
import { createWorkingCalendar } from '../calendar/calendar.working-days';
import { rectificationDueOn } from '../credit/credit.rules';
import { certificateStateOn } from '../personnel/personnel.certificate';
import { approvalFreeUntil, secondmentRulesOf } from '../personnel/personnel.secondment';
import { getProvinceProfile } from '../profile/profile.provinces';
import { evaluateClock } from './clocks.model';
import { clockRuleOf, evaluateAdvanceClock } from './clocks.rules';

const calendar = createWorkingCalendar(loadChineseDaysData());
const profile = getProvinceProfile('jiangxi');
const anyDay = fc.integer({ min: 0, max: 900 }).map((offset) => addDays('2025-01-01', offset));

describe('the rules stored clocks run on', () => {
  it('gives a card’s rectification clock the credit rules’ own due day, a rest day included', () => {
    fc.assert(
      fc.property(anyDay, fc.constantFrom('red' as const, 'yellow' as const), (issuedOn, color) => {
        const rule = clockRuleOf(
          profile,
          color === 'red' ? 'redCardRectification' : 'yellowCardRectification',
        );
        const clock = evaluateClock(calendar, profile.counting, rule, { startedOn: issuedOn }, issuedOn);
        expect(clock.dueDate).toBe(rectificationDueOn({ color, issuedOn }, profile.credit));
      }),
    );
  });

  it('gives a field-record clock the plan’s due day moved off a rest day, as the task pages show it', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 60 }), (assignedOn, window) => {
        const inspectionDueOn = addDays(assignedOn, window);
        const rule = clockRuleOf(profile, 'inspectionResults', window);
        const clock = evaluateClock(calendar, profile.counting, rule, { startedOn: assignedOn }, assignedOn);
        expect(clock.dueDate).toBe(nextWorkingDayFrom(calendar, inspectionDueOn));
      }),
    );
  });

  it('shows a certificate’s expiry clock exactly while the personnel rules call it expiring', () => {
    const rule = profile.deadlines.certificateExpiryWarning;
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -10, max: 120 }), (today, offset) => {
        const validUntil = addDays(today, offset);
        const clock = evaluateAdvanceClock(calendar, rule, validUntil, today);
        const state = certificateStateOn({ number: 'X', validFrom: null, validUntil }, today, rule);
        expect(clock.isDue && !clock.isOverdue).toBe(state === 'expiring');
        expect(clock.isOverdue).toBe(state === 'expired');
      }),
    );
  });

  it('dates a secondment’s approval-free stay as the personnel rules do, whatever day it ends on', () => {
    const rule = clockRuleOf(profile, 'secondmentApprovalThreshold');
    const threshold = secondmentRulesOf(profile).threshold;
    fc.assert(
      fc.property(anyDay, (startsOn) => {
        const clock = evaluateClock(calendar, profile.counting, rule, { startedOn: startsOn }, startsOn);
        expect(clock.dueDate).toBe(approvalFreeUntil(startsOn, threshold));
      }),
    );
  });

  it('dates a secondment over the threshold a year after it began (seed 004 item 17)', () => {
    const rule = clockRuleOf(profile, 'secondmentApprovalThreshold');
    const clock = evaluateClock(calendar, profile.counting, rule, { startedOn: '2025-03-03' }, '2026-03-01');
    expect(clock.dueDate).toBe('2026-03-03');
    expect(clock.basis).toContain('第17项');
  });
});
