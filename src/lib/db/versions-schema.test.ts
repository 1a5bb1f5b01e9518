import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../store/apply-schema';
import type { Connector } from './connector';
import { createNodeConnector } from './node-connector.server';
import { pinCopySql, versionChangesSql } from './sql/coverage-changes-sql';
import { versionsSql } from './sql/versions-sql';
import { runAll } from './transaction';

/** A store as the versions before this one made it: coverage was the latest upload of a month. */
const OLDER_STORE = [
	`CREATE TABLE uploads (upload_id INTEGER PRIMARY KEY, file_name VARCHAR NOT NULL,
		sha256 VARCHAR NOT NULL, format VARCHAR NOT NULL, rows INTEGER NOT NULL, first_month DATE,
		last_month DATE, months INTEGER NOT NULL, uploaded_at TIMESTAMP NOT NULL)`,
	`CREATE TABLE upload_months (upload_id INTEGER NOT NULL, source VARCHAR NOT NULL,
		area VARCHAR NOT NULL, month DATE NOT NULL, rows INTEGER NOT NULL, fingerprint BIGINT NOT NULL,
		PRIMARY KEY (upload_id, source, area, month))`,
	`CREATE TABLE upload_counts (upload_id INTEGER NOT NULL, source VARCHAR NOT NULL,
		area VARCHAR NOT NULL, category VARCHAR NOT NULL, month DATE NOT NULL, count INTEGER NOT NULL)`,
	`CREATE TABLE dataset_versions (version INTEGER PRIMARY KEY, created_at TIMESTAMP NOT NULL,
		created_by VARCHAR NOT NULL, via VARCHAR NOT NULL, action VARCHAR NOT NULL,
		months_new INTEGER NOT NULL, months_replaced INTEGER NOT NULL, months_revised INTEGER NOT NULL)`,
	`CREATE TABLE dataset_version_uploads (version INTEGER NOT NULL, upload_id INTEGER NOT NULL,
		PRIMARY KEY (version, upload_id))`
];
/** Uploads 1 and 2 before versions; 3 in version 1, 4 in version 2: [id, month, Burglary]. */
const UPLOADS = [
	[1, '2021-05', 3],
	[1, '2021-06', 5],
	[2, '2021-06', 6],
	[3, '2021-06', 7],
	[3, '2021-07', 1],
	[4, '2021-07', 2]
] as const;
const OLD_MONTHLY_COUNTS = `SELECT u.category, strftime(u.month, '%Y-%m') AS month, u.count FROM upload_counts u
	JOIN (SELECT source, area, month, max(upload_id) AS upload_id FROM upload_months GROUP BY ALL) c
	USING (source, area, month, upload_id) ORDER BY ALL`;
const MONTHLY_COUNTS = `SELECT category, strftime(month, '%Y-%m') AS month, count FROM monthly_counts ORDER BY ALL`;

let db: Connector;
let before: unknown[];
beforeAll(async () => {
	db = createNodeConnector();
	await runAll({ db, queries: OLDER_STORE.map((sql) => ({ sql })) });
	for (const id of [1, 2, 3, 4])
		await db.query({
			sql: `INSERT INTO uploads VALUES (?, ?, 'x', 'police-street', 1, NULL, NULL, 1, TIMESTAMP '2021-08-01')`,
			params: [id, `${id}.csv`]
		});
	for (const [id, month, count] of UPLOADS) {
		const params = [id, `${month}-01`];
		await db.query({
			sql: `INSERT INTO upload_months VALUES (?, 'p', 'City', ?::DATE, 1, ?)`,
			params: [...params, count]
		});
		await db.query({
			sql: `INSERT INTO upload_counts VALUES (?, 'p', 'City', 'Burglary', ?::DATE, ?)`,
			params: [...params, count]
		});
	}
	await db.query({
		sql: `INSERT INTO dataset_versions VALUES (1, TIMESTAMP '2021-08-02', 'ana', 'cli', 'import', 1, 1, 0),
			(2, TIMESTAMP '2021-08-03', 'ana', 'cli', 'import', 0, 1, 0)`
	});
	await db.query({ sql: 'INSERT INTO dataset_version_uploads VALUES (1, 3), (2, 4)' });
	before = await db.query({ sql: OLD_MONTHLY_COUNTS });
	await applySchema({ db });
	await applySchema({ db }); // a second start changes nothing
});
afterAll(() => db.close());

describe('an older store brought up to date', () => {
	it('shows every monthly count as before, the uploads before versions as version 0', async () => {
		expect(await db.query({ sql: MONTHLY_COUNTS })).toEqual(before);
		expect(before).toEqual([
			{ category: 'Burglary', month: '2021-05', count: 3 },
			{ category: 'Burglary', month: '2021-06', count: 7 },
			{ category: 'Burglary', month: '2021-07', count: 2 }
		]);
		const changes = await db.query({
			sql: `SELECT version, strftime(month, '%Y-%m') AS month, upload_id FROM coverage_changes ORDER BY ALL`
		});
		expect(changes.map((c) => Object.values(c))).toEqual([
			[0, '2021-05', 1],
			[0, '2021-06', 1],
			[0, '2021-06', 2],
			[1, '2021-06', 3],
			[1, '2021-07', 3],
			[2, '2021-07', 4]
		]);
	});

	it('lists its versions and what each changed, old rows read as no rollback', async () => {
		const versions = await db.query(versionsSql());
		expect(versions.map((v) => [v.version, v.months_removed, v.rolled_back_to])).toEqual([
			[2, null, null],
			[1, null, null]
		]);
		const changed = await db.query(versionChangesSql());
		expect(changed.map((c) => [c.version, c.month, c.old_count, c.new_count, c.kind])).toEqual([
			[2, '2021-07', 1, 2, 'replaced'],
			[1, '2021-06', 6, 7, 'replaced'],
			[1, '2021-07', null, 1, 'new'],
			[0, '2021-05', null, 3, 'new'],
			[0, '2021-06', null, 6, 'new']
		]);
	});

	it.each([
		[
			0,
			[
				['2021-05', 3],
				['2021-06', 6]
			]
		],
		[
			1,
			[
				['2021-05', 3],
				['2021-06', 7],
				['2021-07', 1]
			]
		]
	] as const)("pinned to version %i, a copy shows that version's counts", async (version, rows) => {
		await db.query({ sql: 'BEGIN TRANSACTION' });
		try {
			await runAll({ db, queries: pinCopySql({ version }) });
			const counts = await db.query({ sql: MONTHLY_COUNTS });
			expect(counts.map((c) => [c.month, c.count])).toEqual(rows);
		} finally {
			await db.query({ sql: 'ROLLBACK' });
		}
	});
});
