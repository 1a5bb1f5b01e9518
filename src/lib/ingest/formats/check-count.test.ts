import { describe, expect, it } from 'vitest';
import { checkCount } from './check-count';
import { isMissing, parseNumber } from './parse-number';

describe('checkCount', () => {
	it.each([
		['12', { count: 12 }],
		[' 0 ', { count: 0 }],
		['12.0', { count: 12 }],
		['1,234', { count: 1234 }],
		['', { problem: 'count-missing' }],
		['NULL', { problem: 'count-missing' }],
		['-3', { problem: 'count-negative' }],
		['2.5', { problem: 'count-not-whole' }],
		['n/a', { problem: 'count-format' }],
		['12,34', { problem: 'count-format' }],
		['1e3', { problem: 'count-format' }]
	])('%j → %j', (text, expected) => {
		expect(checkCount({ text })).toEqual(expected);
	});
});

describe('parseNumber', () => {
	it.each([
		['521277.0', 521277],
		['-0.081902', -0.081902],
		['80%', 80],
		['1,234.5', 1234.5],
		['.5', 0.5],
		['+7', 7],
		['', null],
		['-', null],
		['NULL', null],
		['12 345', null]
	])('%j → %j', (text, expected) => {
		expect(parseNumber({ text })).toBe(expected);
	});

	it.each([
		['', true],
		['  ', true],
		['NULL', true],
		['null', true],
		['0', false]
	])('isMissing %j → %s', (text, expected) => {
		expect(isMissing({ text })).toBe(expected);
	});
});
