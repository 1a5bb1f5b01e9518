import type { BreakRow } from '../db/sql/breaks-sql';
import { labelMonth } from '../periods/label-period';
import { monthToIndex } from '../periods/month';
import type { BreakNote } from './comparison';

/**
 * The breaks a comparison spans: some of its months (either side) fall before the break month
 * and some at or after it, so the two sides were not recorded the same way.
 * @example spannedBreaks({ breaks, months: ['2018-04', '2019-04'] }) // the ASB break of 2019-04
 */
export function spannedBreaks(opts: { breaks: BreakRow[]; months: string[] }): BreakNote[] {
	if (!opts.months.length) return [];
	const indexes = opts.months.map(monthToIndex);
	const first = Math.min(...indexes);
	const last = Math.max(...indexes);
	return opts.breaks
		.filter((b) => first < monthToIndex(b.month) && monthToIndex(b.month) <= last)
		.map((b) => ({
			category: b.category,
			month: b.month,
			note: b.note,
			text: `${b.note} in ${labelMonth(b.month)}`
		}));
}

/** The breaks that concern a row: those for all categories or for one of its members. @example rowBreaks({ breaks, members: ['Anti-social behaviour'] }) */
export function rowBreaks(opts: { breaks: BreakNote[]; members: string[] }): BreakNote[] {
	return opts.breaks.filter((b) => b.category === null || opts.members.includes(b.category));
}
