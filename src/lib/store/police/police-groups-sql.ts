import type { Query } from '../../db/connector';
import { joinSql } from '../../db/sql/join-sql';
import { STAGE_COUNTS, STAGE_MONTHS } from '../stage-sql';
import { POLICE_RULES, type RuleContext } from './police-rules';
import { STAGE_TABLE } from './stage-police-street-sql';

/**
 * Staged police.uk rows counted by force, crime type and month text: rows, a part of each month's
 * content fingerprint, and the screen of each row-level rule (`rule_<index in POLICE_RULES>`) —
 * all the checks and the plan need. Filled in parts (one per chunk) with the text as written,
 * then summed by trimmed text (trimGroupsSql).
 */
export const STAGE_GROUPS = 'stage_police_groups';

const ROW_RULES = POLICE_RULES.flatMap(({ screen }, i) => (screen ? [{ screen, i }] : []));

/** An empty groups table. */
export function createGroupsSql(): Query {
	const rules = ROW_RULES.map(({ i }) => `, rule_${i} BIGINT`).join('');
	return {
		sql: `CREATE OR REPLACE TEMP TABLE ${STAGE_GROUPS} (area VARCHAR, category VARCHAR,
	month_text VARCHAR, rows BIGINT, fingerprint HUGEINT${rules})`
	};
}

/**
 * Adds the rows of a query or table with the staging columns to the groups table, returning the
 * new groups' `rows`. The fingerprint sums the hash stageFromIncidentsSql sums, of the text as
 * written (the same as before for every value without spaces around it) and typed coordinates.
 * Without `fingerprint` it is NULL and the columns only it reads are not even parsed: it tells
 * unchanged from revised months, so it matters only for months stored before.
 * @example addGroupsSql({ from: readChunkSql({ path, header }), fingerprint: false })
 */
export function addGroupsSql(opts: { from: Query; fingerprint: boolean }): Query {
	const screens = joinSql({
		parts: ROW_RULES.map(({ screen, i }) => ({
			...screen,
			sql: `,\n\t${screen.sql} AS rule_${i}`
		})),
		separator: ''
	});
	return {
		sql: `INSERT INTO ${STAGE_GROUPS}
SELECT area, category, month_text, count(*) AS rows,
	${opts.fingerprint ? FINGERPRINT : 'NULL::HUGEINT'} AS fingerprint${screens.sql}
FROM (${opts.from.sql})
GROUP BY area, category, month_text
RETURNING rows`,
		params: [...screens.params, ...(opts.from.params ?? [])]
	};
}

const FINGERPRINT = `sum(hash(category, crime_id, outcome, location, lsoa_code,
		coalesce(TRY_CAST(longitude_text AS DOUBLE), TRY_CAST(easting_text AS DOUBLE)),
		coalesce(TRY_CAST(latitude_text AS DOUBLE), TRY_CAST(northing_text AS DOUBLE))) % 1000000007)`;

/** addGroupsSql for every row of the staging table, fingerprints included. */
export function addStagedGroupsSql(): Query {
	return addGroupsSql({ from: { sql: `SELECT * FROM ${STAGE_TABLE}` }, fingerprint: true });
}

/** Sums the groups by their keys trimmed of spaces (blank ones NULL), as the checks take them. */
export function trimGroupsSql(): Query {
	const keys = ['area', 'category', 'month_text'].map((k) => `nullif(trim(${k}), '') AS ${k}`);
	const sums = ['rows', 'fingerprint', ...ROW_RULES.map(({ i }) => `rule_${i}`)].map(
		(c) => `sum(${c}) AS ${c}`
	);
	return {
		sql: `CREATE OR REPLACE TEMP TABLE ${STAGE_GROUPS} AS
SELECT ${keys.join(', ')}, ${sums.join(', ')} FROM ${STAGE_GROUPS} GROUP BY ALL`
	};
}

/**
 * The staged rows, and for each rule (`rule_<index>`) a count above zero when some row may break
 * it, in one pass over the groups: rules on the grouping columns are checked once per group, the
 * others were screened row by row.
 * @example ruleCountsSql({ firstFutureMonth: '2026-12-01' })
 */
export function ruleCountsSql(opts: RuleContext): Query {
	const counts = joinSql({
		parts: POLICE_RULES.map((rule, i): Query => {
			const as = `, 0)::INTEGER AS rule_${i}`;
			if (rule.screen) return { sql: `coalesce(sum(rule_${i})${as}` };
			const when = rule.when(opts);
			return { ...when, sql: `coalesce(sum(rows) FILTER (${when.sql})${as}` };
		}),
		separator: ', '
	});
	return {
		sql: `SELECT coalesce(sum(rows), 0)::INTEGER AS rows, ${counts.sql} FROM ${STAGE_GROUPS}`,
		params: counts.params
	};
}

/** Builds the staged counts and month fingerprints (see stage-sql) from the groups of a checked file. */
export function stageFromGroupsSql(): Query[] {
	const month = `strptime(month_text, '%Y-%m')::DATE`;
	return [
		{
			sql: `CREATE OR REPLACE TEMP TABLE ${STAGE_COUNTS} AS
SELECT 'police-street' AS source, area, category, ${month} AS month, sum(rows)::INTEGER AS count
FROM ${STAGE_GROUPS} GROUP BY area, category, month_text`
		},
		{
			sql: `CREATE OR REPLACE TEMP TABLE ${STAGE_MONTHS} AS
SELECT 'police-street' AS source, area, ${month} AS month, sum(rows)::INTEGER AS rows,
	sum(fingerprint)::BIGINT AS fingerprint
FROM ${STAGE_GROUPS} GROUP BY area, month_text`
		}
	];
}
