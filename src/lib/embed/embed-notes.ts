import type { SeriesData } from '../overview/series-data';
import { labelMonth } from '../periods/label-period';

/**
 * The notes under an embedded chart: methodology breaks, small numbers, an incomplete latest
 * period, synthetic data.
 * @example embedNotes({ series })[0] // 'Break from March 2023: new recording rules…'
 */
export function embedNotes(opts: { series: SeriesData }): string[] {
	const s = opts.series;
	const notes = s.breaks.map(
		(b) => `Break from ${labelMonth(b.month)}: ${b.note}; figures either side are not comparable.`
	);
	const shown = s.months.filter((m) => m.value !== null).map((m) => m.value as number);
	if (s.unit === 'count' && shown.some((v) => v < 10))
		notes.push('Small numbers: months with fewer than 10 go up and down by chance.');
	const gaps = s.months.filter((m) => m.value === null).length;
	if (gaps)
		notes.push(
			gaps === 1
				? '1 month without data is shown as a gap.'
				: `${gaps} months without data are shown as gaps.`
		);
	if (s.synthetic) notes.push('Synthetic sample data — not real figures.');
	return notes;
}
