import { describe, expect, it } from 'vitest';
import { parseDayDate } from './parse-day-date';

describe('parseDayDate', () => {
	it.each([
		['2023-01-05', '2023-01-05', 'iso'],
		['2023-01-05 00:00:00', '2023-01-05', 'iso'],
		['2023-01-05T13:45:00.000Z', '2023-01-05', 'iso'],
		['01 Jan 2009', '2009-01-01', 'dd mmm yyyy'],
		['1 jan 2009', '2009-01-01', 'dd mmm yyyy'],
		['29-Feb-2008', '2008-02-29', 'dd mmm yyyy'],
		['01/01/2009 00:02', '2009-01-01', 'dd/mm/yyyy'],
		['05/01/2023', '2023-01-05', 'dd/mm/yyyy'],
		['5/1/2023 13:04:59', '2023-01-05', 'dd/mm/yyyy']
	])('%j → %s (%s)', (text, date, format) => {
		expect(parseDayDate({ text })).toEqual({ date, format });
	});

	it.each([
		'31/02/2009',
		'2023-13-01',
		'2023-02-29',
		'01 Foo 2009',
		'01/13/2009',
		'2009/01/01',
		'',
		'NULL',
		'44927'
	])('rejects %j', (text) => {
		expect(parseDayDate({ text })).toBeNull();
	});
});
