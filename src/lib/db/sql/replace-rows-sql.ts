import type { Query, SqlValue } from '../connector';
import { quoteIdent } from './quote';

const ROWS_PER_INSERT = 200;

/**
 * Replaces everything in a table with the given rows (run inside a transaction).
 * @example replaceRowsSql({ table: 'breaks', columns: ['source', 'category', 'month', 'note'], rows: [['police-street', null, '2019-04-01', 'ASB reporting method changed']] })
 */
export function replaceRowsSql(opts: {
	table: string;
	columns: readonly string[];
	rows: readonly SqlValue[][];
}): Query[] {
	const table = quoteIdent(opts.table);
	const columns = opts.columns.map(quoteIdent).join(', ');
	const tuple = `(${opts.columns.map(() => '?').join(', ')})`;
	const queries: Query[] = [{ sql: `DELETE FROM ${table}` }];
	for (let i = 0; i < opts.rows.length; i += ROWS_PER_INSERT) {
		const chunk = opts.rows.slice(i, i + ROWS_PER_INSERT);
		queries.push({
			sql: `INSERT INTO ${table} (${columns}) VALUES ${chunk.map(() => tuple).join(', ')}`,
			params: chunk.flat()
		});
	}
	return queries;
}
