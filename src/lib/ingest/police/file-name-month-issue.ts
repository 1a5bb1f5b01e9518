import type { IssueGroup } from '../types';

/** Layouts police.uk names after the month their rows are for, e.g. `2021-06-city-of-london-street.csv`. */
const NAMED_BY_MONTH = new Set(['police-street', 'police-street-legacy', 'police-outcomes']);
const NAME_MONTH = /^(\d{4}-(?:0[1-9]|1[0-2]))-.*\.csv$/i;

/**
 * A warning when a police.uk file's name gives a month none of its rows is for — a file renamed,
 * or the wrong one picked; null when the name gives none or some rows are for it.
 * @example fileNameMonthIssue({ file: '2019-04-city-of-london-street.csv', format: 'police-street', months: ['2019-03'] })?.rule // 'month-not-file-name'
 */
export function fileNameMonthIssue(opts: {
	file: string;
	format: string | null;
	/** The months the rows are for, `YYYY-MM`. */
	months: string[];
}): IssueGroup | null {
	const named = NAME_MONTH.exec(opts.file.split('/').at(-1) ?? '')?.[1];
	if (!named || !opts.format || !NAMED_BY_MONTH.has(opts.format)) return null;
	// A file of several months may be named after one of them; one without that month is amiss.
	const others = [...new Set(opts.months)].sort();
	if (others.length === 0 || others.includes(named)) return null;
	return {
		file: opts.file,
		rule: 'month-not-file-name',
		column: 'Month',
		severity: 'warning',
		count: others.length,
		examples: others.slice(0, 3).map((value) => ({ line: null, value })),
		expected: `the month ${named} that the file name says`,
		action: `Check that this is the file you meant: police.uk names each file after the month of its rows, and these rows are for ${others.join(', ')}; they will be stored under the months they give.`
	};
}
