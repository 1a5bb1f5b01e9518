import { describe, expect, it } from 'vitest';
import { periodsEnding } from './periods-ending';

describe('periodsEnding', () => {
	it('lists every financial year overlapping the data, newest first, flagging partial ones', () => {
		const options = periodsEnding({
			kind: 'financial-year',
			latest: '2021-05',
			earliest: '2019-01'
		});
		expect(options.map((o) => [o.token, o.label, o.complete])).toEqual([
			['FY2021-22', '2021-22', false],
			['FY2020-21', '2020-21', true],
			['FY2019-20', '2019-20', true],
			['FY2018-19', '2018-19', false]
		]);
	});

	it.each([
		['month', ['2021-06', '2021-05', '2021-04', '2021-03', '2021-02']],
		['calendar-quarter', ['2021-Q2', '2021-Q1']],
		['fy-quarter', ['FY2021-22:Q1', 'FY2020-21:Q4']],
		['calendar-year', ['2021']],
		['rolling-12', ['YE2021-06', 'YE2021-05', 'YE2021-04', 'YE2021-03', 'YE2021-02']],
		['ytd-calendar', ['YTD2021-06', 'YTD2021-05', 'YTD2021-04', 'YTD2021-03', 'YTD2021-02']],
		['ytd-financial', ['FYTD2021-06', 'FYTD2021-05', 'FYTD2021-04', 'FYTD2021-03', 'FYTD2021-02']]
	] as const)('%s from 2021-02 to 2021-06', (kind, tokens) => {
		const options = periodsEnding({ kind, latest: '2021-06', earliest: '2021-02' });
		expect(options.map((o) => o.token)).toEqual(tokens);
	});

	it.each([
		['calendar-quarter', [true, false]],
		['fy-quarter', [true, false]],
		['ytd-calendar', [false, false, false, false, false]],
		['ytd-financial', [true, true, true, false, false]]
	] as const)('%s from 2021-02 to 2021-06 flags partly covered periods', (kind, complete) => {
		const options = periodsEnding({ kind, latest: '2021-06', earliest: '2021-02' });
		expect(options.map((o) => o.complete)).toEqual(complete);
	});

	it('marks rolling years complete only when all 12 months have data', () => {
		const options = periodsEnding({ kind: 'rolling-12', latest: '2021-03', earliest: '2020-03' });
		expect(options.map((o) => [o.label, o.complete]).slice(0, 3)).toEqual([
			['year ending March 2021', true],
			['year ending February 2021', true],
			['year ending January 2021', false]
		]);
		expect(options).toHaveLength(13);
	});

	it('without earliest lists a limited number', () => {
		expect(periodsEnding({ kind: 'month', latest: '2021-06' })).toHaveLength(12);
		const three = periodsEnding({ kind: 'financial-year', latest: '2021-06', limit: 3 });
		expect(three.map((o) => o.label)).toEqual(['2021-22', '2020-21', '2019-20']);
		expect(three.map((o) => o.complete)).toEqual([false, true, true]);
	});

	it('refuses earliest after latest', () => {
		expect(() => periodsEnding({ kind: 'month', latest: '2021-01', earliest: '2021-02' })).toThrow(
			'earliest 2021-02 is after latest 2021-01'
		);
	});
});
