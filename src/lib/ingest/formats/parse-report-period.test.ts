import { describe, expect, it } from 'vitest';
import { parseReportPeriod } from './parse-report-period';
import { periodPreference } from './period-preference';

describe('parseReportPeriod', () => {
	it.each([
		['2017-06', 'month', '2017-06-01', '2017-06-01', false],
		['2017-6', 'month', '2017-06-01', '2017-06-01', false],
		['201706', 'month', '2017-06-01', '2017-06-01', false],
		['2017-12', 'month', '2017-12-01', '2017-12-01', false],
		['2017-Q2', 'quarter', '2017-04-01', '2017-06-01', false],
		['2017 q4', 'quarter', '2017-10-01', '2017-12-01', false],
		['2017/18', 'financial-year', '2017-04-01', '2018-03-01', false],
		['2017-18', 'financial-year', '2017-04-01', '2018-03-01', false],
		['2017/2018', 'financial-year', '2017-04-01', '2018-03-01', false],
		['1999/00', 'financial-year', '1999-04-01', '2000-03-01', false],
		['2099-00', 'financial-year', '2099-04-01', '2100-03-01', false],
		['2017/18 Q1', 'financial-quarter', '2017-04-01', '2017-06-01', false],
		['2017-18-Q4', 'financial-quarter', '2018-01-01', '2018-03-01', false],
		['2017', 'year', '2017-01-01', '2017-12-01', false],
		[' 2013-14 ', 'financial-year', '2013-04-01', '2014-03-01', false],
		['2011-12', 'financial-year', '2011-04-01', '2012-03-01', true],
		['2000-01', 'financial-year', '2000-04-01', '2001-03-01', true],
		['FY2019-20', 'financial-year', '2019-04-01', '2020-03-01', false],
		['fy2019/2020', 'financial-year', '2019-04-01', '2020-03-01', false],
		['FY 2011-12', 'financial-year', '2011-04-01', '2012-03-01', false],
		['FY2019-20 Q2', 'financial-quarter', '2019-07-01', '2019-09-01', false]
	])('%j is a %s from %s to %s', (text, kind, start, end, ambiguous) => {
		expect(parseReportPeriod({ text })).toEqual({ kind, start, end, ambiguous });
	});

	it('reads an ambiguous label as a month when asked', () => {
		expect(parseReportPeriod({ text: '2011-12', prefer: 'month' })).toEqual({
			kind: 'month',
			start: '2011-12-01',
			end: '2011-12-01',
			ambiguous: true
		});
	});

	it.each([
		'2017-13',
		'2017-19',
		'2017/19',
		'2017-2019',
		'2017-Q5',
		'06/2017',
		'June 2017',
		'Jun-17',
		'',
		'17/18',
		'FY2019',
		'FY2019-21',
		'FY2019-06'
	])('rejects %j', (text) => {
		expect(parseReportPeriod({ text })).toBeNull();
	});
});

describe('periodPreference', () => {
	it.each([
		[['2011-12', '2012-01', '2012-02'], 'month'],
		[['2011-12', '2012/13', '2013-14'], 'financial-year'],
		[['2011-12'], null],
		[['2017-06', '2017/18'], null]
	])('%j → %s', (labels, expected) => {
		expect(periodPreference({ labels })).toBe(expected);
	});
});
