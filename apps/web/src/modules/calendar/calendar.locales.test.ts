import { describe, expect, it } from 'vitest';
import { calendar as english } from '../../locales/en-US/calendar';
import { calendar as chinese } from '../../locales/zh-CN/calendar';

describe('the calculator help text', () => {
  it('credits the day of the event to 民法典 art. 201 and roll-forward to art. 203, not to 行政处罚法 art. 85', () => {
    const [eventDaySentence] = chinese.deadline.note.split('；');
    expect(eventDaySentence).toContain('《中华人民共和国民法典》第二百零一条');
    expect(eventDaySentence).not.toContain('八十五');
    expect(chinese.deadline.note).toContain('第二百零三条');
    const [englishEventDaySentence] = english.deadline.note.split('). ');
    expect(englishEventDaySentence).toContain('Civil Code art. 201');
    expect(englishEventDaySentence).not.toContain('85');
  });

  it('names every rule the server may apply, in both languages', () => {
    const codes = [
      'event_day_not_counted',
      'working_days_only',
      'rolled_forward_from_rest_day',
      'provisional_schedule',
    ];
    expect(Object.keys(chinese.deadline.rules).sort()).toEqual([...codes].sort());
    expect(Object.keys(english.deadline.rules).sort()).toEqual([...codes].sort());
  });
});
