import type { OverviewData } from './overview-data';
import { periodChoices } from './period-choices';

/** Overview data as the server sends it: the pickers' choices as the months they span. */
export type CompactOverviewData = Omit<OverviewData, 'choices'> & {
	/** The first and last month the pickers' periods are drawn from; null without choices. */
	choiceSpan: { first: string; last: string } | null;
};

/**
 * Drops the pickers' choices (most of the page data: every period of every kind over the years)
 * for the two months they are worked out from, so the page does not carry them in its HTML.
 * @example compactChoices(await loadOverview({ db })).choiceSpan // { first: '2015-01', last: '2024-12' }
 */
export function compactChoices(data: OverviewData): CompactOverviewData {
	const { choices, ...rest } = data;
	const months = choices?.kinds.find((k) => k.kind === 'month')?.options ?? [];
	const span = months.length ? { first: months.at(-1)!.token, last: months[0]!.token } : null;
	return { ...rest, choiceSpan: span };
}

/** Memo of the last few spans' choices: a page and its navigations share one span. */
const memo = new Map<string, ReturnType<typeof periodChoices>>();
const KEEP = 4;

/**
 * The overview data with its pickers' choices worked out again from their span.
 * @example expandChoices(compactChoices(data)) // deep-equal to data
 */
export function expandChoices(data: CompactOverviewData): OverviewData {
	const { choiceSpan, ...rest } = data;
	if (!choiceSpan) return rest;
	const key = `${choiceSpan.first}..${choiceSpan.last}`;
	let choices = memo.get(key);
	if (!choices) {
		choices = periodChoices(choiceSpan);
		memo.set(key, choices);
		for (const old of [...memo.keys()].slice(0, -KEEP)) memo.delete(old);
	}
	return { ...rest, choices };
}
