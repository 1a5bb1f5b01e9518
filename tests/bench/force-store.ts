import { openStore } from '../../src/cli/open-store';
import { eventsSql, FIRST_MONTH } from './events-sql';
import { VERSIONS_BACKFILL } from '../../src/lib/db/versions-schema';

/** The force the generated store is about. */
export const FORCE = 'Metropolitan Police Service';

/**
 * A store (with the default configuration) holding ten years of `events` generated police.uk
 * events of one large force, made straight in native DuckDB: the events as incidents, one upload
 * a month, and the monthly counts the dashboard reads. Returns the seconds it took.
 * @example await forceStore({ dataDir, events: 1_000_000 })
 */
export async function forceStore(opts: { dataDir: string; events: number }): Promise<number> {
	const started = performance.now();
	const db = await openStore({ dataDir: opts.dataDir, what: 'the bench' });
	const upload = `CAST(date_diff('month', DATE '${FIRST_MONTH}-01', month) + 1 AS INTEGER)`;
	try {
		await db.query({ sql: eventsSql({ table: 'ev', rows: opts.events, numbered: true }) });
		const statements = [
			`INSERT INTO uploads SELECT ${upload}, 'police-' || strftime(month, '%Y-%m') || '-street.csv',
				md5(strftime(month, '%Y-%m')), 'police-street', count(*), month, month, 1,
				TIMESTAMP '2025-01-06 09:00:00' FROM ev GROUP BY month`,
			`INSERT INTO upload_months SELECT ${upload}, 'police-street', '${FORCE}', month, count(*),
				count(*) * 7919 FROM ev GROUP BY month`,
			`INSERT INTO upload_counts SELECT ${upload}, 'police-street', '${FORCE}', category, month,
				count(*) FROM ev GROUP BY category, month`,
			`INSERT INTO incidents (source, area, category, month, upload_id, source_row)
				SELECT 'police-street', '${FORCE}', category, month, ${upload},
				row FROM ev`,
			...VERSIONS_BACKFILL,
			'DROP TABLE ev',
			'CHECKPOINT'
		];
		for (const sql of statements) await db.query({ sql });
	} finally {
		await db.close();
	}
	return (performance.now() - started) / 1000;
}
