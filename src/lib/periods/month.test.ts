import { describe, expect, it } from 'vitest';
import {
	addMonths,
	countMonths,
	financialYearStartOf,
	indexToMonth,
	isMonth,
	listMonths,
	monthNumberOf,
	monthToIndex,
	yearOf
} from './month';

describe('month strings', () => {
	it.each([
		['2021-01', 2021 * 12],
		['2021-12', 2021 * 12 + 11],
		['2000-06', 2000 * 12 + 5],
		['1999-12', 1999 * 12 + 11]
	])('%s has index %i and back', (month, index) => {
		expect(monthToIndex(month)).toBe(index);
		expect(indexToMonth(index)).toBe(month);
	});

	it.each([
		['2021-06', true],
		['2011-12', true],
		['2021-13', false],
		['2021-00', false],
		['2021-6', false],
		['21-06', false],
		['2021-06-01', false],
		['', false]
	])('isMonth(%j) is %s', (text, expected) => {
		expect(isMonth(text)).toBe(expected);
	});

	it.each(['2021-13', '2021/06', 'June 2021'])('monthToIndex(%j) throws saying YYYY-MM', (bad) => {
		expect(() => monthToIndex(bad)).toThrow(/expected YYYY-MM/);
	});

	it.each([1.5, -1, 999 * 12, 10000 * 12])('indexToMonth(%d) throws', (bad) => {
		expect(() => indexToMonth(bad)).toThrow(/Invalid month index/);
	});

	it.each([
		['2021-01', -1, '2020-12'],
		['2021-01', 0, '2021-01'],
		['2021-11', 3, '2022-02'],
		['2021-06', -12, '2020-06'],
		['2021-06', -30, '2018-12']
	])('addMonths(%s, %i) is %s', (month, count, expected) => {
		expect(addMonths(month, count)).toBe(expected);
	});

	it.each([
		['2021-01', 2021, 1, 2020],
		['2021-03', 2021, 3, 2020],
		['2021-04', 2021, 4, 2021],
		['2021-12', 2021, 12, 2021]
	])('%s: year %i, month %i, financial year starting %i', (month, year, number, fyStart) => {
		expect(yearOf(month)).toBe(year);
		expect(monthNumberOf(month)).toBe(number);
		expect(financialYearStartOf(month)).toBe(fyStart);
	});

	it.each([
		[{ start: '2021-11', end: '2022-01' }, ['2021-11', '2021-12', '2022-01']],
		[{ start: '2021-06', end: '2021-06' }, ['2021-06']],
		[{ start: '2021-06', end: '2021-05' }, []]
	])('listMonths(%j)', (range, expected) => {
		expect(listMonths(range)).toEqual(expected);
		expect(countMonths(range)).toBe(expected.length);
	});
});
