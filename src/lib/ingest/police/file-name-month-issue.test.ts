import { describe, expect, it } from 'vitest';
import { fileNameMonthIssue } from './file-name-month-issue';

describe('fileNameMonthIssue', () => {
	it.each<[string, string, string[], string[] | null]>([
		['2019-04-city-of-london-street.csv', 'police-street', ['2019-03'], ['2019-03']],
		['2019-04-city-of-london-street.csv', 'police-street', ['2019-04', '2019-05'], null],
		[
			'2019-04-city-of-london-street.csv',
			'police-street',
			['2019-05', '2019-03'],
			['2019-03', '2019-05']
		],
		['2019-04-city-of-london-street.csv', 'police-street', ['2019-04'], null],
		['download.zip/2019-04/2019-04-met-outcomes.csv', 'police-outcomes', ['2019-02'], ['2019-02']],
		['city-of-london-street.csv', 'police-street', ['2019-03'], null],
		['2019-04-mps.csv', 'mopac-wide', ['2019-03'], null],
		['2019-13-city-of-london-street.csv', 'police-street', ['2019-03'], null]
	])('%s (%s) holding %j', (file, format, months, others) => {
		const issue = fileNameMonthIssue({ file, format, months });
		expect(issue?.examples.map((e) => e.value) ?? null).toEqual(others);
		if (issue) expect(issue).toMatchObject({ rule: 'month-not-file-name', severity: 'warning' });
	});
});
