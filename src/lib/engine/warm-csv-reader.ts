import type { Connector } from '../db/connector';
import { POLICE_CRIME_TYPES, POLICE_STREET_HEADER } from '../ingest/police/police-layout';
import { importFile, type ImportResult } from '../store/import-file';

/**
 * Checks (without storing) a small generated police.uk file, so that V8 has compiled DuckDB's CSV
 * reader and the check queries to optimised code before the analyst's first upload. The store is
 * left as it was.
 * @example (await warmCsvReader({ db, rows: 20_000 })).status // 'planned'
 */
export async function warmCsvReader(opts: { db: Connector; rows: number }): Promise<ImportResult> {
	const lines = [POLICE_STREET_HEADER.join(',')];
	for (let i = 0; i < opts.rows; i++) {
		const type = POLICE_CRIME_TYPES[i % POLICE_CRIME_TYPES.length]!;
		const id =
			type === 'Anti-social behaviour' ? '' : (i * 2654435761).toString(16).padStart(64, '0');
		lines.push(
			`${id},2011-01,Warm-up,Warm-up,-0.09,51.51,On or near Cheapside,E01032739,City of London 001F,${type},Under investigation,`
		);
	}
	const bytes = new TextEncoder().encode(lines.join('\n') + '\n');
	return importFile({ db: opts.db, name: 'warm-up.csv', bytes, now: new Date(), dryRun: true });
}
