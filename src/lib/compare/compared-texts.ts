import { labelMonth, labelMonthRange } from '../periods/label-period';
import type { Comparison } from './comparison';

type Compared = Pick<
	Comparison,
	| 'complete'
	| 'comparedRange'
	| 'compared'
	| 'length'
	| 'periodLabel'
	| 'baseLabel'
	| 'missing'
	| 'inProgress'
>;

/** What the two sides of a comparison actually cover, for sentences and target labels. */
export interface ComparedTexts {
	/** e.g. "2021-22" when complete, "April–December 2021" when only those months are compared. */
	now: string;
	then: string;
	/** The period in progress, for "2021-22 is not yet complete"; undefined when it is not. */
	incomplete?: string;
	/** Months left out for want of data, as a clause; undefined when none. */
	gapNote?: string;
}

function listMonths(months: string[]): string {
	const labels = months.map(labelMonth);
	if (labels.length === 1) return labels[0]!;
	if (labels.length <= 3) return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
	return `${labels.length} months (${labels[0]} to ${labels.at(-1)})`;
}

/**
 * The labels of what was compared, and what was left out, honest about incomplete periods:
 * "April–December 2021" against "April–December 2020", never "2021-22 so far" against all of 2020-21.
 * @example comparedTexts(comparison) // { now: 'April–December 2021', then: 'April–December 2020', incomplete: '2021-22' }
 */
export function comparedTexts(c: Compared): ComparedTexts {
	const n = c.compared.now.length;
	const texts: ComparedTexts = c.complete
		? { now: c.periodLabel, then: c.baseLabel }
		: c.comparedRange
			? { now: labelMonthRange(c.comparedRange.now), then: labelMonthRange(c.comparedRange.then) }
			: {
					now: `${n} of the ${c.length} months of ${c.periodLabel}`,
					then: `the same months of ${c.baseLabel}`
				};
	if (c.inProgress && c.missing.now.length) texts.incomplete = c.periodLabel;
	const gaps = [...c.missing.then, ...(c.inProgress ? [] : c.missing.now)].sort();
	if (gaps.length && n) {
		const [which, verb] =
			gaps.length === 1 ? ['the month it pairs', 'is'] : ['the months they pair', 'are'];
		texts.gapNote = `no data for ${listMonths(gaps)}, which ${verb} left out with ${which} with`;
	}
	return texts;
}
