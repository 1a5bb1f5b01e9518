/** An inclusive range of months, both ends written `YYYY-MM`. */
export interface MonthRange {
	start: string;
	end: string;
}

/** English month names, January first. */
export const MONTH_NAMES = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
const FIRST_INDEX = 1000 * 12;
const LAST_INDEX = 9999 * 12 + 11;

/** True when text is a month `YYYY-MM` (years 1000–9999). @example isMonth('2021-06') // true */
export function isMonth(text: string): boolean {
	return MONTH_PATTERN.test(text);
}

/** Month index = year × 12 + month − 1, for arithmetic. @example monthToIndex('2021-01') // 24252 */
export function monthToIndex(month: string): number {
	const match = MONTH_PATTERN.exec(month);
	if (!match) throw new Error(`Invalid month "${month}": expected YYYY-MM, e.g. 2021-06`);
	return Number(match[1]) * 12 + Number(match[2]) - 1;
}

/** The month at a month index (inverse of `monthToIndex`). @example indexToMonth(24252) // '2021-01' */
export function indexToMonth(index: number): string {
	if (!Number.isInteger(index) || index < FIRST_INDEX || index > LAST_INDEX) {
		throw new Error(`Invalid month index ${index}: expected an integer for a year 1000–9999`);
	}
	const year = Math.floor(index / 12);
	const monthNumber = index - year * 12 + 1;
	return `${year}-${String(monthNumber).padStart(2, '0')}`;
}

/** The month `count` months later (earlier when negative). @example addMonths('2021-01', -1) // '2020-12' */
export function addMonths(month: string, count: number): string {
	return indexToMonth(monthToIndex(month) + count);
}

/** Calendar year of a month. @example yearOf('2021-06') // 2021 */
export function yearOf(month: string): number {
	return Math.floor(monthToIndex(month) / 12);
}

/** Month number 1–12 of a month. @example monthNumberOf('2021-06') // 6 */
export function monthNumberOf(month: string): number {
	return (monthToIndex(month) % 12) + 1;
}

/** Year in which the financial year (April–March) holding a month starts. @example financialYearStartOf('2021-02') // 2020 */
export function financialYearStartOf(month: string): number {
	const index = monthToIndex(month);
	return Math.floor((index - 3) / 12);
}

/** Every month from start to end inclusive; empty when end precedes start. @example listMonths({ start: '2021-11', end: '2022-01' }) // ['2021-11', '2021-12', '2022-01'] */
export function listMonths({ start, end }: MonthRange): string[] {
	const first = monthToIndex(start);
	const last = monthToIndex(end);
	const months: string[] = [];
	for (let index = first; index <= last; index++) months.push(indexToMonth(index));
	return months;
}

/** Number of months in an inclusive range (0 when end precedes start). @example countMonths({ start: '2021-04', end: '2021-06' }) // 3 */
export function countMonths({ start, end }: MonthRange): number {
	return Math.max(0, monthToIndex(end) - monthToIndex(start) + 1);
}
