import { loadOverview } from '../../src/lib/overview/load-overview';
import { snapshotSql } from '../../src/lib/db/sql/snapshot-sql';
import { withStore } from '../../src/lib/server/with-store';

/*
 * The server's reads in a process of their own: four clients each loading, every 100 ms, the overview and the
 * uploads snapshot through withStore, as the routes do, from SAFER_CITY_DATA_DIR. Prints "ready"
 * after the first read; when a line arrives on stdin, prints what happened as JSON and exits.
 */
const result = { ok: 0, failed: 0, errors: [] as string[], policeMonths: 0, overviewMonths: 0 };
let running = true;
process.stdin.on('data', () => (running = false));

async function client(): Promise<void> {
	while (running) {
		try {
			const overview = await withStore((db) => loadOverview({ db }));
			const months = await withStore((db) => db.query(snapshotSql({ table: 'upload_months' })));
			result.overviewMonths = overview?.months.length ?? 0;
			result.policeMonths = (months ?? []).filter((m) => m.source === 'police-street').length;
			if (!result.ok++) console.log('ready');
			await new Promise((resolve) => setTimeout(resolve, 100)); // a busy dashboard, not a flood
		} catch (error) {
			result.failed++;
			const body = (error as { body?: { message?: string } }).body;
			if (result.errors.length < 3) result.errors.push(body?.message ?? String(error));
		}
	}
}

await Promise.all([client(), client(), client(), client()]);
console.log(JSON.stringify(result));
process.exit(0);
