import { addMonths } from '../periods/month';
import type { MethodBreak } from './month-value';

/**
 * True when a month and the month a year before lie either side of a break (break month = the
 * first month of the new practice), so the year-on-year comparison is not like for like. With a
 * `category`, only breaks for that category or for every category (null) count.
 * @example spansBreak({ month: '2019-06', breaks: [{ month: '2019-04', note: 'ASB method changed', category: null }] }) // true
 */
export function spansBreak({
	month,
	breaks,
	category
}: {
	month: string;
	breaks: readonly MethodBreak[];
	category?: string | null;
}): boolean {
	return breakSpanned({ month, breaks, category }) !== null;
}

/** The first break a month's year-on-year comparison spans, or null. @example breakSpanned({ month: '2019-06', breaks })?.note // 'ASB method changed' */
export function breakSpanned({
	month,
	breaks,
	category
}: {
	month: string;
	breaks: readonly MethodBreak[];
	category?: string | null;
}): MethodBreak | null {
	const first = addMonths(month, -12);
	return breaksWithin({ breaks, first, last: month, category })[0] ?? null;
}

/** Breaks that apply to a category and start inside first..last (a break at `first` changes nothing shown). @example breaksWithin({ breaks, first: '2020-04', last: '2022-03' }) */
export function breaksWithin({
	breaks,
	first,
	last,
	category
}: {
	breaks: readonly MethodBreak[];
	first: string;
	last: string;
	category?: string | null;
}): MethodBreak[] {
	return breaks.filter(
		(b) =>
			(!category || b.category === null || b.category === category) &&
			b.month > first &&
			b.month <= last
	);
}
