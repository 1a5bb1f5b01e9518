import { error } from '@sveltejs/kit';
import { isSnapshotTable } from '$lib/db/schema';
import { snapshotSql } from '$lib/db/sql/snapshot-sql';
import { toCsv } from '$lib/csv/to-csv';
import { withStore } from '$lib/server/with-store';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
	const { table } = params;
	if (!isSnapshotTable(table)) error(404, `No snapshot table ${table}`);
	const rows = (await withStore((db) => db.query(snapshotSql({ table })))) ?? [];
	return new Response(toCsv({ rows }), {
		headers: { 'content-type': 'text/csv; charset=utf-8', 'cache-control': 'no-store' }
	});
};
