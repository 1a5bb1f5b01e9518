import type { MonthPlan } from '../store/month-plan';

type Status = MonthPlan['status'];
const ORDER: Status[] = ['new', 'replaced', 'revised', 'unchanged'];

/**
 * How many months of each kind, in words, leaving out kinds with none, e.g. "3 months new, 1
 * replaced"; "nothing changed" when there are no months.
 * @example monthCountWords({ months }) // '3 months new, 1 replaced'
 */
export function monthCountWords(opts: { months: Pick<MonthPlan, 'status'>[] }): string {
	const counts = ORDER.map((s) => [s, opts.months.filter((m) => m.status === s).length] as const);
	const parts = counts
		.filter(([, n]) => n > 0)
		.map(([s, n]) => `${n.toLocaleString('en-GB')} ${s}`);
	if (!parts.length) return 'nothing changed';
	const first = counts.find(([, n]) => n > 0)![1];
	parts[0] = parts[0]!.replace(/^([\d,]+) /, `$1 month${first === 1 ? '' : 's'} `);
	return parts.join(', ');
}

/**
 * The sentence a publish ends with.
 * @example publishedWords({ version: 12, months }) // 'Published as version 12: 3 months new, 1 replaced.'
 */
export function publishedWords(opts: {
	version: number | null;
	months: Pick<MonthPlan, 'status'>[];
}): string {
	if (opts.version === null)
		return 'Nothing was published: the server already holds these figures.';
	return `Published as version ${opts.version}: ${monthCountWords(opts)}. Everyone now sees these figures.`;
}
