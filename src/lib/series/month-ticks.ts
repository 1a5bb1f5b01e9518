import { countMonths, listMonths, MONTH_NAMES, monthNumberOf, yearOf } from '../periods/month';

/** One tick on a month axis. */
export interface MonthTick {
	month: string;
	label: string;
}

// Months between ticks, finest first; steps of a year or more fall on the year start month.
const STEPS = [1, 3, 6, 12, 24, 60, 120];

/**
 * Ticks for a month axis `width` px wide: the finest step (monthly, quarterly, half-yearly,
 * yearly, …) whose labels keep `spacing` px apart, aligned to `yearStart` (4 = April, 1 = January).
 * Yearly January ticks read '2021'; the rest 'Apr 2021'.
 * @example monthTicks({ first: '2020-01', last: '2022-12', width: 300, yearStart: 1 }).map((t) => t.label) // ['2020', '2021', '2022']
 */
export function monthTicks({
	first,
	last,
	width,
	yearStart = 4,
	spacing
}: {
	first: string;
	last: string;
	width: number;
	yearStart?: 4 | 1;
	spacing?: number;
}): MonthTick[] {
	const total = countMonths({ start: first, end: last });
	if (total === 0) return [];
	const months = listMonths({ start: first, end: last });
	for (const step of STEPS) {
		const yearly = step >= 12 && yearStart === 1;
		const gap = spacing ?? (yearly ? 44 : 68);
		const picked = months.filter((m) => onStep({ month: m, step, yearStart }));
		if (picked.length === 0) return [{ month: first, label: tickLabel({ month: first, yearly }) }];
		if (picked.length * gap <= width || step === STEPS.at(-1)) {
			return picked.map((month) => ({ month, label: tickLabel({ month, yearly }) }));
		}
	}
	return [];
}

function onStep({ month, step, yearStart }: { month: string; step: number; yearStart: 4 | 1 }) {
	const offset = (monthNumberOf(month) - yearStart + 12) % 12;
	if (step < 12) return offset % step === 0;
	return offset === 0 && yearOf(month) % (step / 12) === 0;
}

function tickLabel({ month, yearly }: { month: string; yearly: boolean }): string {
	if (yearly) return String(yearOf(month));
	return `${(MONTH_NAMES[monthNumberOf(month) - 1] ?? '').slice(0, 3)} ${yearOf(month)}`;
}
