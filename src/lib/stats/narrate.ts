import type { CountComparison } from './compare-counts';
import { formatValue } from './format-value';
import type { Significance } from './significance';

/** What `narrate` needs; `comparison` must be for the same `now` and `then`. */
export interface NarrateOptions {
	/** What is counted, e.g. "Burglary"; starts the sentence. */
	label: string;
	now: number;
	then: number;
	/** e.g. "April–June 2021". */
	periodLabel: string;
	/** e.g. "April–June 2020". */
	basePeriodLabel: string;
	/** From `compareCounts`. */
	comparison: CountComparison;
	/** From `significance`; omit where no test applies (e.g. percentages). */
	significance?: Significance;
	/** The period still in progress, e.g. "2021-22" (or `true` when it has no name). */
	incomplete?: string | boolean;
	/** Why the two periods are not like for like, e.g. "ASB reporting method changed in April 2019". */
	breakNote?: string;
	/** Months left out for want of data, e.g. "no data for October 2020, which is left out with the month it pairs with". */
	gapNote?: string;
}

const count = (value: number) => formatValue({ value, unit: 'count' });

// "in the year ending March 2021", as ONS writes it; other labels need no article.
const withArticle = (periodLabel: string) =>
	periodLabel.startsWith('year ending') ? `the ${periodLabel}` : periodLabel;

function mainClause({
	label,
	now,
	then,
	periodLabel,
	basePeriodLabel,
	comparison
}: NarrateOptions) {
	const when = `in ${withArticle(periodLabel)} compared with ${withArticle(basePeriodLabel)}`;
	if (comparison.change === 0) return `${label} was unchanged at ${count(now)} ${when}`;
	const verb = comparison.change > 0 ? 'rose' : 'fell';
	if (comparison.pct === null) {
		return `${label} ${verb} from ${count(then)} to ${count(now)} ${when} (no percentage: there were none in ${withArticle(basePeriodLabel)})`;
	}
	const size = comparison.pct === 0 ? 'less than 0.1' : Math.abs(comparison.pct).toFixed(1);
	return `${label} ${verb} by ${size}% (from ${count(then)} to ${count(now)}) ${when}`;
}

function qualifiers(options: NarrateOptions): string[] {
	const { comparison, significance, incomplete, breakNote, gapNote } = options;
	const notes: string[] = [];
	if (incomplete === true) notes.push('the period is not yet complete');
	else if (typeof incomplete === 'string' && incomplete !== '') {
		notes.push(`${incomplete} is not yet complete`);
	}
	if (gapNote) notes.push(gapNote);
	if (significance && comparison.change !== 0) {
		notes.push(`this is ${significance.verdict}`);
		if (significance.smallNumbers)
			notes.push('the numbers are small, so treat the change with caution');
	}
	if (breakNote) notes.push(`not directly comparable: ${breakNote}`);
	return notes;
}

/**
 * One plain-English sentence for a comparison: counts beside the %, no "n/a", ∞ or NaN.
 * @example narrate({ label: 'Burglary', now: 44, then: 50, periodLabel: 'April–June 2021', basePeriodLabel: 'April–June 2020', comparison, significance }) // 'Burglary fell by 12.0% (from 50 to 44) in April–June 2021 compared with April–June 2020; this is within normal variation.'
 */
export function narrate(options: NarrateOptions): string {
	const { now, then, comparison } = options;
	if (comparison.now !== now || comparison.then !== then) {
		throw new Error(
			`narrate: comparison is for ${comparison.then} → ${comparison.now} but the figures are ${then} → ${now}`
		);
	}
	const sentence = [mainClause(options), ...qualifiers(options)].join('; ');
	return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}
