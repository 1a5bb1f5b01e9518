import type { Query } from '../../db/connector';
import { POLICE_CRIME_TYPES, POLICE_UK_FIRST_MONTH } from '../../ingest/police/police-layout';

/** What a rule's condition may depend on besides the row. */
export interface RuleContext {
	/** The first day of the month after today, `YYYY-MM-DD`. */
	firstFutureMonth: string;
}

/** One row-level check on staged police.uk rows: an SQL condition that is true for a bad row. */
export interface PoliceRule {
	rule: string;
	column: string;
	/** Staged column whose value the message quotes (SQL text without `?`). */
	field: string;
	severity: 'error' | 'warning';
	/** The condition, with the values bound to its own `?` placeholders, in order. */
	when: (ctx: RuleContext) => Query;
	/**
	 * How the one pass over the file finds rows that may break the rule: null when `when` reads
	 * only month_text, area and category, the columns rows are grouped by (checked once per group,
	 * trimmed); else an aggregate over the rows as written that is above zero whenever a row
	 * breaks the rule. It may count more: the exact count and the lines come from `when`.
	 */
	screen: Query | null;
	expected: string;
	action: string;
}

/** Values of the columns that are there but do not read as numbers (blank ones included). */
const notNumbers = (...columns: string[]): Query => ({
	sql: columns.map((c) => `count(${c}) - count(TRY_CAST(${c} AS DOUBLE))`).join(' + ')
});

/** Checks every staged row must pass. */
export const POLICE_RULES: readonly PoliceRule[] = [
	{
		rule: 'month-format',
		column: 'Month',
		field: 'month_text',
		severity: 'error',
		screen: null,
		when: () => ({
			sql: `month_text IS NULL OR NOT regexp_full_match(month_text, '[0-9]{4}-(0[1-9]|1[0-2])')`
		}),
		expected: 'a month written YYYY-MM, e.g. 2021-06',
		action: 'Download the file again from police.uk, or correct the Month column.'
	},
	{
		rule: 'month-future',
		column: 'Month',
		field: 'month_text',
		severity: 'error',
		screen: null,
		when: (ctx) => ({
			sql: `regexp_full_match(month_text, '[0-9]{4}-(0[1-9]|1[0-2])') AND try_strptime(month_text, '%Y-%m')::DATE >= ?::DATE`,
			params: [ctx.firstFutureMonth]
		}),
		expected: 'a month that has already ended',
		action: 'Check the Month column: police.uk never publishes a month that has not ended.'
	},
	{
		rule: 'falls-within-missing',
		column: 'Falls within',
		field: 'area',
		severity: 'error',
		screen: null,
		when: () => ({ sql: 'area IS NULL' }),
		expected: 'the force the crime falls within, e.g. City of London Police',
		action: 'Fill in Falls within, or download the file again from police.uk.'
	},
	{
		rule: 'crime-type-missing',
		column: 'Crime type',
		field: 'category',
		severity: 'error',
		screen: null,
		when: () => ({ sql: 'category IS NULL' }),
		expected: 'one of the 14 police.uk crime types',
		action: 'Fill in Crime type, or download the file again from police.uk.'
	},
	{
		rule: 'crime-type-unknown',
		column: 'Crime type',
		field: 'category',
		severity: 'warning',
		screen: null,
		when: () => ({
			sql: `category IS NOT NULL AND category NOT IN (${POLICE_CRIME_TYPES.map(() => '?').join(', ')})`,
			params: [...POLICE_CRIME_TYPES]
		}),
		expected: `one of the 14 police.uk crime types (${POLICE_CRIME_TYPES.join(', ')})`,
		action:
			'It will be stored as its own category; check the spelling if it should be one of these.'
	},
	{
		rule: 'coordinate-format',
		column: 'Longitude/Latitude',
		field: "coalesce(longitude_text, '') || ',' || coalesce(latitude_text, '')",
		severity: 'error',
		screen: notNumbers('longitude_text', 'latitude_text'),
		when: () => ({
			sql: `(TRY_CAST(longitude_text AS DOUBLE) IS NULL AND trim(longitude_text) <> '')
		OR (TRY_CAST(latitude_text AS DOUBLE) IS NULL AND trim(latitude_text) <> '')`
		}),
		expected: 'decimal degrees, e.g. -0.0912 and 51.5155, or both empty for No Location',
		action: 'Correct or empty the coordinates on these lines.'
	},
	{
		rule: 'grid-reference-format',
		column: 'Easting/Northing',
		field: "coalesce(easting_text, '') || ',' || coalesce(northing_text, '')",
		severity: 'error',
		screen: notNumbers('easting_text', 'northing_text'),
		when: () => ({
			sql: `(TRY_CAST(easting_text AS DOUBLE) IS NULL AND trim(easting_text) <> '')
		OR (TRY_CAST(northing_text AS DOUBLE) IS NULL AND trim(northing_text) <> '')`
		}),
		expected: 'British National Grid metres, e.g. 532500 and 181500, or both empty for No Location',
		action: 'Correct or empty the grid reference on these lines.'
	},
	{
		rule: 'month-before-police-uk',
		column: 'Month',
		field: 'month_text',
		severity: 'error',
		screen: null,
		when: () => ({
			sql: `regexp_full_match(month_text, '[0-9]{4}-(0[1-9]|1[0-2])') AND month_text < ?`,
			params: [POLICE_UK_FIRST_MONTH]
		}),
		expected: `a month from ${POLICE_UK_FIRST_MONTH} on (police.uk street-level data starts in December 2010)`,
		action: 'Correct the Month column, or download the file again from police.uk.'
	}
];
