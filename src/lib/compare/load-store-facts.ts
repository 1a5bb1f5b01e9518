import type { TargetRecord } from '../config/config-records';
import type { Connector, Row } from '../db/connector';
import { breaksSql, type BreakRow } from '../db/sql/breaks-sql';
import { seriesSql } from '../db/sql/coverage-sql';
import { groupsSql, type GroupRow } from '../db/sql/groups-sql';
import { populationsSql, type PopulationRow } from '../db/sql/populations-sql';
import {
	coverageAllSql,
	seriesCategoriesSql,
	uploadHashesSql,
	type CoverageRow,
	type SeriesCategoryRow
} from '../db/sql/store-facts-sql';
import { targetsSql } from '../db/sql/targets-sql';
import { SAMPLE_HASHES } from '../sample/sample-hashes';
import { seriesKey, type Series, type StoreFacts } from './store-facts';

function byKey<T extends { source: string; area: string }>(
	rows: T[],
	value: (row: T) => string
): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const row of rows) (out[seriesKey(row)] ??= []).push(value(row));
	return out;
}

/**
 * Reads the store's facts (series, covered months, categories, groups, breaks, targets,
 * populations, whether it holds only the synthetic sample) in eight queries.
 * @example const facts = await loadStoreFacts({ db }); await loadOverview({ db, facts, period: 'FY2021-22' })
 */
export async function loadStoreFacts(opts: { db: Connector }): Promise<StoreFacts> {
	const { db } = opts;
	const series = await db.query<Series & Row>(seriesSql());
	const covered = await db.query<CoverageRow & Row>(coverageAllSql());
	const categories = await db.query<SeriesCategoryRow & Row>(seriesCategoriesSql());
	const hashes = await db.query<{ sha256: string }>(uploadHashesSql());
	const sample = new Set(SAMPLE_HASHES);
	return {
		series,
		covered: byKey(covered, (r) => r.month),
		categories: byKey(categories, (r) => r.category),
		groups: await db.query<GroupRow & Row>(groupsSql()),
		breaks: await db.query<BreakRow & Row>(breaksSql()),
		targets: await db.query<TargetRecord & Row>(targetsSql()),
		populations: await db.query<PopulationRow & Row>(populationsSql()),
		synthetic: hashes.length > 0 && hashes.every((h) => sample.has(h.sha256))
	};
}
