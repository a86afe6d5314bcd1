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
import { monthlySummaryDueOn, monthPeriod, yearlySummaryDueOn } from '../random-checks/index';
import { evaluateClock } from './clocks.model';
import { clockRuleOf, evaluateAdvanceClock, periodToFixedDay } from './clocks.rules';

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

  it('ends a clock counted to a day the plan fixed on that day, moved off a rest day for field records and not for publication, even when the event comes late', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -20, max: 60 }), (eventOn, offset) => {
        const dueDay = addDays(eventOn, offset);
        const { startedOn, amount } = periodToFixedDay(eventOn, dueDay);
        const at = (key: 'inspectionResults' | 'resultsPublication') =>
          evaluateClock(calendar, profile.counting, clockRuleOf(profile, key, amount), { startedOn }, eventOn)
            .dueDate;
        expect(at('inspectionResults')).toBe(nextWorkingDayFrom(calendar, dueDay));
        expect(at('resultsPublication')).toBe(dueDay);
      }),
    );
  });

  it('dates the monthly table and the yearly summary as the report reminders do (seed 002 二（二）5)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2024, max: 2028 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const period = `${year}-${String(month).padStart(2, '0')}`;
        const monthly = evaluateClock(
          calendar,
          profile.counting,
          clockRuleOf(profile, 'randomInspectionMonthlySummary'),
          { startedOn: monthPeriod(period).end },
          monthPeriod(period).end,
        );
        expect(monthly.dueDate).toBe(
          nextWorkingDayFrom(calendar, monthlySummaryDueOn(period, profile.randomInspection)),
        );
      }),
    );
    const yearly = evaluateClock(
      calendar,
      profile.counting,
      clockRuleOf(profile, 'randomInspectionYearlySummary'),
      { startedOn: '2026-11-30' },
      '2026-12-01',
    );
    expect(yearly.dueDate).toBe(
      nextWorkingDayFrom(calendar, yearlySummaryDueOn(2026, profile.randomInspection)),
    );
  });
});
