import { describe, expect, it } from 'vitest';
import { describeActiveHours } from './describe-active-hours';
import { HOURS_PRESETS } from './presets';

const NY = 'America/New_York';

describe('describeActiveHours', () => {
  it('reads null as always active', () => {
    expect(describeActiveHours(null, NY)).toBe('Always active');
  });

  it('folds consecutive weekdays with the same ranges and names the account zone by default', () => {
    expect(describeActiveHours({ ranges: HOURS_PRESETS[0]!.ranges() }, NY)).toBe('Mon–Fri 09:00–18:00 (America/New_York)');
  });

  it('names the chosen zone over the account one', () => {
    expect(describeActiveHours({ timezone: 'Europe/Berlin', ranges: [{ weekday: 6, from: '10:00', to: '14:00' }] }, NY)).toBe(
      'Sat 10:00–14:00 (Europe/Berlin)',
    );
  });

  it('lists a day’s ranges earliest first and keeps runs apart when days differ or are not adjacent', () => {
    const text = describeActiveHours(
      {
        ranges: [
          { weekday: 1, from: '13:00', to: '18:00' },
          { weekday: 1, from: '09:00', to: '12:00' },
          { weekday: 2, from: '09:00', to: '12:00' },
          { weekday: 2, from: '13:00', to: '18:00' },
          { weekday: 4, from: '09:00', to: '12:00' },
          { weekday: 4, from: '13:00', to: '18:00' },
          { weekday: 7, from: '22:00', to: '06:00' },
        ],
      },
      NY,
    );
    expect(text).toBe('Mon–Tue 09:00–12:00, 13:00–18:00; Thu 09:00–12:00, 13:00–18:00; Sun 22:00–06:00 next day (America/New_York)');
  });

  it('says "all day" for 00:00–24:00', () => {
    expect(describeActiveHours({ ranges: HOURS_PRESETS[1]!.ranges() }, 'UTC')).toBe(
      'Mon–Fri 00:00–09:00, 18:00–24:00; Sat–Sun all day (UTC)',
    );
  });

  it('says a range that ends at 00:00 ends at 24:00, not "00:00 next day"', () => {
    expect(describeActiveHours({ ranges: [{ weekday: 1, from: '20:00', to: '00:00' }, { weekday: 2, from: '20:00', to: '24:00' }] }, NY)).toBe(
      'Mon–Tue 20:00–24:00 (America/New_York)',
    );
  });

  it('does not say a range whose time is still being typed as if it were one', () => {
    expect(describeActiveHours({ ranges: [{ weekday: 1, from: 'abc', to: '18:00' }, { weekday: 2, from: '09:00', to: '25:00' }] }, NY)).toBe(
      'Mon–Tue a range to fix (America/New_York)',
    );
  });

  it('says a bot with no ranges is never active', () => {
    expect(describeActiveHours({ ranges: [] }, NY)).toBe('Never active: no time ranges (America/New_York)');
  });
});
