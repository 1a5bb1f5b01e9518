import type { Connector, Query } from '../db/connector';
import { replaceRowsSql } from '../db/sql/replace-rows-sql';
import { inTransaction } from '../db/transaction';
import { CONFIG_NAMES, CONFIG_TABLES, type ConfigName } from './config-tables';

/** What loading did: rows stored per set (null: no file given, table left as it was), or why not. */
export interface LoadConfigResult {
	loaded: Record<ConfigName, number | null>;
	/** When not empty, nothing was stored. */
	problems: string[];
}

/**
 * Replaces each configuration table whose CSV text is given, all or nothing: one bad line and
 * the store keeps its previous configuration.
 * @example await loadConfig({ db, files: { breaks: { text, fileName: 'data/config/breaks.csv' } } })
 */
export async function loadConfig(opts: {
	db: Connector;
	files: Partial<Record<ConfigName, { text: string; fileName: string }>>;
}): Promise<LoadConfigResult> {
	const none = (): LoadConfigResult['loaded'] => ({
		breaks: null,
		groups: null,
		populations: null,
		targets: null
	});
	const loaded = none();
	const problems: string[] = [];
	const queries: Query[] = [];
	for (const name of CONFIG_NAMES) {
		const file = opts.files[name];
		if (!file) continue;
		const table = CONFIG_TABLES[name];
		const parsed = table.parse(file);
		problems.push(...parsed.problems);
		loaded[name] = parsed.rows.length;
		queries.push(
			...replaceRowsSql({ table: table.table, columns: table.columns, rows: parsed.rows })
		);
	}
	if (problems.length) return { loaded: none(), problems };
	await inTransaction({ db: opts.db, queries });
	return { loaded, problems };
}
