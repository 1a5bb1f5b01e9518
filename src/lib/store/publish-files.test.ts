import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Connector, Query, Row } from '../db/connector';
import { versionsSql, type VersionRow } from '../db/sql/versions-sql';
import { policeMonthFile } from '../../../tests/support/police-month-file';
import { schemaStore } from '../../../tests/support/sql-cases';
import { publishFiles } from './publish-files';

const now = new Date(Date.UTC(2021, 8, 3, 9));
const june = policeMonthFile({ month: '2021-06', counts: { Burglary: 3, Robbery: 1 } });
const july = policeMonthFile({ month: '2021-07', counts: { Burglary: 2 } });
const juneRevised = policeMonthFile({ month: '2021-06', counts: { Burglary: 4, Robbery: 1 } });
const broken = policeMonthFile({
	month: '2021-08',
	counts: { Burglary: 1 },
	extraLine: 'x,08/2021,City of London Police,City of London Police,-0.09,51.51,X,E01,A,Burglary,,'
});

const counts = (db: Connector) =>
	db.query({
		sql: `SELECT source, area, category, strftime(month, '%Y-%m') AS month, count
FROM monthly_counts ORDER BY ALL`
	});
const tally = async (db: Connector) => {
	const [row] = await db.query<{ uploads: number; versions: number; changes: number } & Row>({
		sql: `SELECT (SELECT count(*) FROM uploads)::INTEGER AS uploads,
	(SELECT count(*) FROM dataset_versions)::INTEGER AS versions,
	(SELECT count(*) FROM coverage_changes)::INTEGER AS changes`
	});
	return row;
};

/** The store, failing the first statement that matches `fail` (a crash at that point). */
const failing = (db: Connector, fail: RegExp): Connector => ({
	...db,
	query: <T extends Row>(q: Query) => {
		if (fail.test(q.sql)) return Promise.reject(new Error(`failed at ${fail}`));
		return db.query<T>(q);
	}
});

let db: Connector;
beforeEach(async () => {
	db = await schemaStore();
	await publishFiles({ db, files: [june], now, createdBy: 'ana', via: 'cli' });
});
afterEach(() => db.close());

describe('publishFiles', () => {
	it('stores every file as one version, later files planned against earlier ones', async () => {
		const { results, version } = await publishFiles({
			db,
			files: [july, juneRevised],
			now,
			createdBy: 'ana',
			via: 'web'
		});
		expect(version).toBe(2);
		expect(results.map((r) => [r.file, r.status, r.months.map((m) => m.status)])).toEqual([
			['2021-07-city-of-london-street.csv', 'stored', ['new']],
			['2021-06-city-of-london-street.csv', 'stored', ['replaced']]
		]);
		const [v2] = (await db.query<VersionRow & Row>(versionsSql())) as [VersionRow & Row];
		expect([v2.version, v2.action, v2.via, v2.months_new, v2.months_replaced]).toEqual([
			2,
			'publish',
			'web',
			1,
			1
		]);
		expect((await counts(db)).map((r) => [r.category, r.month, r.count])).toEqual([
			['Burglary', '2021-06', 4],
			['Burglary', '2021-07', 2],
			['Robbery', '2021-06', 1]
		]);
	});

	it.each([
		['a rejected file', [july, broken, juneRevised], null],
		['an error writing the version', [july, juneRevised], /INSERT INTO dataset_versions/],
		['an error storing the second file', [july, juneRevised], /INSERT INTO upload_counts/],
		['an error in the coverage of the first', [july], /INSERT INTO coverage_changes/]
	] as const)('%s leaves the previous version exactly as it was', async (_, files, fail) => {
		const before = { counts: await counts(db), tally: await tally(db) };
		const target = fail ? failing(db, fail) : db;
		const run = publishFiles({ db: target, files: [...files], now, createdBy: 'ana', via: 'web' });
		if (fail) await expect(run).rejects.toThrow('failed at');
		else {
			const { results, version } = await run;
			expect(version).toBeNull();
			expect(results.map((r) => r.status)).toEqual(['planned', 'rejected', 'planned']);
			expect(results[1]!.issues[0]!.rule).toBe('month-format');
		}
		expect({ counts: await counts(db), tally: await tally(db) }).toEqual(before);
		// The store still takes the next publish.
		const next = await publishFiles({ db, files: [july], now, createdBy: 'ana', via: 'web' });
		expect(next.version).toBe(2);
	});

	it('stores nothing in a dry run, or when nothing changes', async () => {
		const before = await tally(db);
		const dry = await publishFiles({
			db,
			files: [july],
			now,
			createdBy: 'a',
			via: 'cli',
			dryRun: true
		});
		expect([dry.version, dry.results[0]!.status]).toEqual([null, 'planned']);
		const same = await publishFiles({ db, files: [june], now, createdBy: 'a', via: 'cli' });
		expect([same.version, same.results[0]!.status]).toEqual([null, 'unchanged']);
		expect(await tally(db)).toEqual(before);
	});
});
