import { splitMonth } from './months.ts';

// City of London footfall relative to normal: the 2020 lockdowns emptied the offices, the
// winter 2020-21 lockdown did it again, and workers drifted back through 2021-22.
const PANDEMIC: Readonly<Record<string, number>> = {
	'2020-03': 0.72,
	'2020-04': 0.18,
	'2020-05': 0.2,
	'2020-06': 0.28,
	'2020-07': 0.4,
	'2020-08': 0.44,
	'2020-09': 0.55,
	'2020-10': 0.55,
	'2020-11': 0.36,
	'2020-12': 0.42,
	'2021-01': 0.24,
	'2021-02': 0.25,
	'2021-03': 0.33,
	'2021-04': 0.42,
	'2021-05': 0.52,
	'2021-06': 0.62,
	'2021-07': 0.68,
	'2021-08': 0.7,
	'2021-09': 0.83,
	'2021-10': 0.88,
	'2021-11': 0.88,
	'2021-12': 0.74,
	'2022-01': 0.7,
	'2022-02': 0.78,
	'2022-03': 0.86
};

// A worker-driven seasonal shape: quiet January and August, busy autumn and pre-Christmas.
const SEASON = [0.9, 0.94, 1.0, 0.96, 1.02, 1.04, 1.06, 0.92, 1.04, 1.08, 1.06, 1.0] as const;

/** Footfall relative to pre-pandemic normal, e.g. `footfall({ month: '2020-04' })` → 0.18. */
export function footfall({ month }: { month: string }): number {
	return PANDEMIC[month] ?? 1;
}

/** Seasonal multiplier for a calendar month, e.g. `seasonal({ month: '2019-08' })` → 0.92. */
export function seasonal({ month }: { month: string }): number {
	return SEASON[splitMonth({ month }).month - 1] ?? 1;
}
