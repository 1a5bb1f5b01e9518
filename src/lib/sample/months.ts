/** First and last month of the sample, inclusive: financial years 2016-17 to 2021-22. */
export const SAMPLE_FROM = '2016-04';
export const SAMPLE_TO = '2022-03';

/** Year and month (1–12) of a `YYYY-MM` string, e.g. `splitMonth({ month: '2019-04' })` → { year: 2019, month: 4 }. */
export function splitMonth({ month }: { month: string }): { year: number; month: number } {
	const match = /^(\d{4})-(\d{2})$/.exec(month);
	if (!match) throw new Error(`not a YYYY-MM month: ${month}`);
	return { year: Number(match[1]), month: Number(match[2]) };
}

/** Every month from `from` to `to` inclusive, e.g. `monthRange({ from: '2016-04', to: '2016-06' })`. */
export function monthRange({ from, to }: { from: string; to: string }): string[] {
	const start = splitMonth({ month: from });
	const end = splitMonth({ month: to });
	const out: string[] = [];
	for (let i = start.year * 12 + start.month - 1; i <= end.year * 12 + end.month - 1; i++) {
		out.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
	}
	return out;
}

/** Whole months from `from` to `month`, e.g. `monthsBetween({ from: '2016-04', month: '2017-04' })` → 12. */
export function monthsBetween({ from, month }: { from: string; month: string }): number {
	const a = splitMonth({ month: from });
	const b = splitMonth({ month });
	return b.year * 12 + b.month - (a.year * 12 + a.month);
}

/** Days in a month, e.g. `daysInMonth({ month: '2020-02' })` → 29. */
export function daysInMonth({ month }: { month: string }): number {
	const { year, month: m } = splitMonth({ month });
	return new Date(Date.UTC(year, m, 0)).getUTCDate();
}

/** Start year of the April–March financial year, e.g. `financialYearStart({ month: '2020-03' })` → 2019. */
export function financialYearStart({ month }: { month: string }): number {
	const { year, month: m } = splitMonth({ month });
	return m >= 4 ? year : year - 1;
}

/** 1-based day of the calendar year, e.g. `dayOfYear({ month: '2016-03', day: 1 })` → 61. */
export function dayOfYear({ month, day }: { month: string; day: number }): number {
	const { year, month: m } = splitMonth({ month });
	return Math.round((Date.UTC(year, m - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000) + 1;
}
