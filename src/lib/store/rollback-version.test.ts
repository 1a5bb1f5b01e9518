import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector, Row } from '../db/connector';
import { versionsSql, type VersionRow } from '../db/sql/versions-sql';
import { policeMonthFile } from '../../../tests/support/police-month-file';
import { schemaStore } from '../../../tests/support/sql-cases';
import { publishFiles } from './publish-files';
import { RollbackRefused, rollbackVersion } from './rollback-version';

const now = new Date(Date.UTC(2021, 8, 3, 9));
const file = (month: string, counts: Record<string, number>, tag?: string) =>
	policeMonthFile({ month, counts, tag });
const everyCount = (db: Connector) =>
	db.query({
		sql: `SELECT source, area, category, strftime(month, '%Y-%m') AS month, count
FROM monthly_counts ORDER BY ALL`
	});

let db: Connector;
/** monthly_counts after each version, by version. */
const figures: Row[][] = [];
beforeAll(async () => {
	db = await schemaStore();
	figures.push(await everyCount(db));
	const publishes = [
		[file('2021-05', { Burglary: 3 }), file('2021-06', { Burglary: 2, Robbery: 1 })],
		[file('2021-06', { Burglary: 5, Robbery: 1 }), file('2021-07', { Drugs: 4 })],
		[file('2021-07', { Drugs: 4 }, 'outcomes-updated')]
	];
	for (const files of publishes) {
		await publishFiles({ db, files, now, createdBy: 'ana', via: 'web' });
		figures.push(await everyCount(db));
	}
});
afterAll(() => db.close());

describe('rollbackVersion', () => {
	it.each([
		{ to: 1, version: 4, changes: ['2021-06 6 → 3 replaced', '2021-07 4 → – removed'] },
		{ to: 3, version: 5, changes: ['2021-06 3 → 6 replaced', '2021-07 – → 4 new'] },
		{
			to: 0,
			version: 6,
			changes: ['2021-05 3 → – removed', '2021-06 6 → – removed', '2021-07 4 → – removed']
		},
		{ to: 2, version: 7, changes: ['2021-05 – → 3 new', '2021-06 – → 6 new', '2021-07 – → 4 new'] }
	])('to $to: every monthly count as it was then, as version $version', async (c) => {
		const done = await rollbackVersion({ db, to: c.to, now, createdBy: 'ana', via: 'web' });
		expect(done.version).toBe(c.version);
		expect(await everyCount(db)).toEqual(figures[c.to]);
		const dash = (n: number | null) => (n === null ? '–' : String(n));
		const listed = done.changes.map(
			(ch) => `${ch.month} ${dash(ch.old_count)} → ${dash(ch.new_count)} ${ch.kind}`
		);
		expect(listed).toEqual(c.changes);
		const [latest] = (await db.query<VersionRow & Row>(versionsSql())) as [VersionRow & Row];
		expect([latest.action, latest.rolled_back_to]).toEqual(['rollback', c.to]);
	});

	it.each([
		[9, 'There is no version 9: the versions run from 1 to 7 (0 is before the first).'],
		[7, 'Version 7 is the latest already: there is nothing to roll back.'],
		[2, 'Version 2 has the same figures as the latest (7): there is nothing to roll back.']
	])('refuses version %s, changing nothing', async (to, message) => {
		const before = await everyCount(db);
		const run = rollbackVersion({ db, to, now, createdBy: 'ana', via: 'web' });
		await expect(run).rejects.toThrow(new RollbackRefused(message));
		expect(await everyCount(db)).toEqual(before);
		expect((await db.query(versionsSql())).length).toBe(7);
	});
});
