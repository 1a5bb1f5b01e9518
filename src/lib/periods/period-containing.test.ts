import { describe, expect, it } from 'vitest';
import { formatPeriodToken } from './format-period-token';
import { periodContaining, type MonthAnchoredKind } from './period-containing';

describe('periodContaining', () => {
	it.each<[MonthAnchoredKind, string, string]>([
		['month', '2021-02', '2021-02'],
		['calendar-quarter', '2021-02', '2021-Q1'],
		['calendar-quarter', '2021-12', '2021-Q4'],
		['fy-quarter', '2021-04', 'FY2021-22:Q1'],
		['fy-quarter', '2021-12', 'FY2021-22:Q3'],
		['fy-quarter', '2022-03', 'FY2021-22:Q4'],
		['financial-year', '2021-03', 'FY2020-21'],
		['financial-year', '2021-04', 'FY2021-22'],
		['calendar-year', '2021-02', '2021'],
		['rolling-12', '2021-02', 'YE2021-02'],
		['ytd-calendar', '2021-02', 'YTD2021-02'],
		['ytd-financial', '2021-02', 'FYTD2021-02']
	])('%s holding %s is %s', (kind, month, token) => {
		expect(formatPeriodToken(periodContaining({ kind, month }))).toBe(token);
	});
});
