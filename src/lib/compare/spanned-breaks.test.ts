import { describe, expect, it } from 'vitest';
import { rowBreaks, spannedBreaks } from './spanned-breaks';

const breaks = [
	{
		source: 's',
		category: 'Anti-social behaviour',
		month: '2019-04',
		note: 'ASB reporting method changed'
	},
	{ source: 's', category: null, month: '2020-01', note: 'New crime system' }
];

describe('spannedBreaks', () => {
	it.each([
		[['2018-04', '2019-03'], []],
		[['2018-04', '2019-04'], ['2019-04']],
		[['2019-03', '2019-04'], ['2019-04']],
		[['2019-04', '2019-12'], []],
		[['2020-01', '2020-06'], []],
		[
			['2018-01', '2021-01'],
			['2019-04', '2020-01']
		],
		[['2019-12', '2020-01'], ['2020-01']],
		[[], []]
	])('months %j span %j', (months, expected) => {
		expect(spannedBreaks({ breaks, months }).map((b) => b.month)).toEqual(expected);
	});

	it('dates the note and keeps its category', () => {
		expect(spannedBreaks({ breaks, months: ['2019-01', '2019-06'] })).toEqual([
			{
				category: 'Anti-social behaviour',
				month: '2019-04',
				note: 'ASB reporting method changed',
				text: 'ASB reporting method changed in April 2019'
			}
		]);
	});
});

describe('rowBreaks', () => {
	const notes = spannedBreaks({ breaks, months: ['2018-01', '2021-01'] });
	it.each([
		[['Anti-social behaviour'], ['2019-04', '2020-01']],
		[['Burglary', 'Robbery'], ['2020-01']],
		[[], ['2020-01']]
	])('members %j are concerned by %j', (members, expected) => {
		expect(rowBreaks({ breaks: notes, members }).map((b) => b.month)).toEqual(expected);
	});
});
