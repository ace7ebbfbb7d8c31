import type { HoursRange } from '../../../domain';

type Weekday = HoursRange['weekday'];
const WORKDAYS: Weekday[] = [1, 2, 3, 4, 5];

export type HoursPreset = { name: string; ranges(): HoursRange[] };

/** Quick choices; they replace the ranges and keep the chosen time zone. */
export const HOURS_PRESETS: readonly HoursPreset[] = [
  {
    name: 'Business hours (Mon–Fri 09:00–18:00)',
    ranges: () => WORKDAYS.map((weekday) => ({ weekday, from: '09:00', to: '18:00' })),
  },
  {
    name: 'Outside business hours',
    ranges: () => [
      ...WORKDAYS.flatMap((weekday): HoursRange[] => [
        { weekday, from: '00:00', to: '09:00' },
        { weekday, from: '18:00', to: '24:00' },
      ]),
      { weekday: 6, from: '00:00', to: '24:00' },
      { weekday: 7, from: '00:00', to: '24:00' },
    ],
  },
];
