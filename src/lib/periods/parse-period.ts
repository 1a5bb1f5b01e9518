import { isMonth } from './month';
import type { Period, Quarter } from './period';
import { resolvePeriod } from './resolve-period';

/** The accepted token syntaxes, quoted in error messages and help text. */
export const PERIOD_TOKEN_SYNTAX = [
	'2021-06 (month)',
	'2021-Q2 (calendar quarter)',
	'2021 (calendar year)',
	'FY2020-21 (financial year, April 2020–March 2021)',
	'FY2021-22:Q1 (financial-year quarter, April–June 2021)',
	'YE2021-03 (12 months ending March 2021)',
	'YTD2021-05 (calendar year to date, January–May 2021)',
	'FYTD2021-05 (financial year to date, April–May 2021)',
	'2021-04..2021-06 (custom range, inclusive)'
] as const;

const MONTH = '(\\d{4}-\\d{2})';
const FY = 'FY(\\d{4})-(\\d{2})';
const PATTERNS: ReadonlyArray<[RegExp, (m: string[]) => Period]> = [
	[new RegExp(`^${MONTH}$`), ([, month]) => ({ kind: 'month', month: checkMonth(month) })],
	[
		/^(\d{4})-Q([1-4])$/,
		([, y, q]) => ({ kind: 'calendar-quarter', year: num(y), quarter: qtr(q) })
	],
	[/^(\d{4})$/, ([, y]) => ({ kind: 'calendar-year', year: num(y) })],
	[new RegExp(`^${FY}$`), ([, y, yy]) => ({ kind: 'financial-year', startYear: fyStart(y, yy) })],
	[
		new RegExp(`^${FY}:Q([1-4])$`),
		([, y, yy, q]) => ({ kind: 'fy-quarter', startYear: fyStart(y, yy), quarter: qtr(q) })
	],
	[new RegExp(`^YE${MONTH}$`), ([, end]) => ({ kind: 'rolling-12', end: checkMonth(end) })],
	[new RegExp(`^YTD${MONTH}$`), ([, end]) => ({ kind: 'ytd-calendar', end: checkMonth(end) })],
	[new RegExp(`^FYTD${MONTH}$`), ([, end]) => ({ kind: 'ytd-financial', end: checkMonth(end) })],
	[
		new RegExp(`^${MONTH}\\.\\.${MONTH}$`),
		([, start, end]) => ({ kind: 'custom', start: checkMonth(start), end: checkMonth(end) })
	]
];

class TokenProblem extends Error {}

function num(text: string | undefined): number {
	const value = Number(text);
	if (text === undefined || !Number.isInteger(value) || value < 1000) {
		throw new TokenProblem(`year ${text ?? ''} must be 1000–9999`);
	}
	return value;
}

function qtr(text: string | undefined): Quarter {
	return Number(text) as Quarter;
}

function checkMonth(text: string | undefined): string {
	if (text === undefined || !isMonth(text)) {
		throw new TokenProblem(`month ${text ?? ''} must be YYYY-MM with MM 01–12`);
	}
	return text;
}

function fyStart(first: string | undefined, second: string | undefined): number {
	const startYear = num(first);
	const expected = String((startYear + 1) % 100).padStart(2, '0');
	if (second !== expected) {
		throw new TokenProblem(`a financial year runs into the next year: FY${first}-${expected}`);
	}
	return startYear;
}

/**
 * Reads a period token (see `PERIOD_TOKEN_SYNTAX`); letters may be any case. Throws an Error
 * listing the accepted syntaxes. `2011-12` is always December 2011, never a financial year.
 * @example parsePeriod('FY2021-22:Q1') // { kind: 'fy-quarter', startYear: 2021, quarter: 1 }
 */
export function parsePeriod(text: string): Period {
	const token = text.trim().toUpperCase();
	let problem = 'not a recognised period';
	for (const [pattern, build] of PATTERNS) {
		const match = pattern.exec(token);
		if (!match) continue;
		try {
			const period = build(match.map((part) => part ?? ''));
			resolvePeriod(period);
			return period;
		} catch (error) {
			problem = error instanceof Error ? error.message : String(error);
			break;
		}
	}
	throw new Error(
		`Invalid period "${text}": ${problem}. Expected one of: ${PERIOD_TOKEN_SYNTAX.join('; ')}`
	);
}
