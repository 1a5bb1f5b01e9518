import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { toCsv } from '../csv/to-csv';
import type { Connector } from '../db/connector';
import { createNodeConnector } from '../db/node-connector.server';
import { SNAPSHOT_TABLES } from '../db/schema';
import { breaksSql } from '../db/sql/breaks-sql';
import { groupsSql } from '../db/sql/groups-sql';
import { populationsSql } from '../db/sql/populations-sql';
import { loadSnapshotSql, snapshotSql } from '../db/sql/snapshot-sql';
import { targetsSql } from '../db/sql/targets-sql';
import { applySchema } from '../store/apply-schema';
import { CONFIG_NAMES, CONFIG_TABLES } from './config-tables';
import { loadConfig } from './load-config';

const DIR = join(process.cwd(), 'data', 'config');
const shipped = () =>
	Object.fromEntries(
		CONFIG_NAMES.map((name) => {
			const fileName = join(DIR, CONFIG_TABLES[name].file);
			return [name, { text: readFileSync(fileName, 'utf8'), fileName }];
		})
	);

const opened: Connector[] = [];
async function store(): Promise<Connector> {
	const db = createNodeConnector();
	opened.push(db);
	await applySchema({ db });
	return db;
}
afterEach(async () => {
	for (const db of opened.splice(0)) await db.close();
});

const everything = async (db: Connector) => ({
	breaks: await db.query(breaksSql()),
	groups: await db.query(groupsSql()),
	populations: await db.query(populationsSql()),
	targets: await db.query(targetsSql())
});

describe('loadConfig', () => {
	it('loads the shipped defaults from data/config', async () => {
		const db = await store();
		const result = await loadConfig({ db, files: shipped() });
		expect(result).toEqual({
			loaded: { breaks: 1, groups: 10, populations: 2, targets: 1 },
			problems: []
		});
		const all = await everything(db);
		expect(all.breaks).toEqual([
			{
				source: 'police-street',
				category: 'Anti-social behaviour',
				month: '2019-04',
				note: 'ASB reporting method changed'
			}
		]);
		expect(all.groups.filter((g) => g.group === 'violence').map((g) => g.category)).toEqual([
			'Possession of weapons',
			'Robbery',
			'Violence and sexual offences'
		]);
		expect(all.groups.filter((g) => g.group === 'acquisitive crime')).toHaveLength(7);
		expect(all.populations).toEqual([
			{ area: 'City of London Police', year: 2021, population: 'residents', value: 8600 },
			{ area: 'City of London Police', year: 2021, population: 'workday population', value: 513000 }
		]);
		expect(all.targets[0]).toMatchObject({ area: null, kind: 'change-on-baseline', value: 10 });
	});

	it('replaces only the tables given, and stores nothing when any line is wrong', async () => {
		const db = await store();
		await loadConfig({ db, files: shipped() });
		const before = await everything(db);
		const bad = await loadConfig({
			db,
			files: {
				groups: { text: 'source,group,category\npolice-street,x,Drugs\n', fileName: 'g.csv' },
				breaks: { text: 'source,category,month,note\npolice-street,,2019,x\n', fileName: 'b.csv' }
			}
		});
		expect(bad.problems).toEqual([
			"Line 2 of 'b.csv': month '2019' must be the first month of the new practice as YYYY-MM."
		]);
		expect(bad.loaded).toEqual({ breaks: null, groups: null, populations: null, targets: null });
		expect(await everything(db)).toEqual(before);
		await loadConfig({
			db,
			files: { groups: { text: 'source,group,category\npolice-street,x,Drugs\n', fileName: 'g' } }
		});
		const after = await everything(db);
		expect(after.groups).toEqual([{ source: 'police-street', group: 'x', category: 'Drugs' }]);
		expect(after.breaks).toEqual(before.breaks);
	});

	it('reaches the browser engine unchanged through the snapshot CSVs, NULLs included', async () => {
		const server = await store();
		await loadConfig({ db: server, files: shipped() });
		await server.query({
			sql: "INSERT INTO breaks VALUES ('police-street', NULL, DATE '2020-01-01', 'New system, \"Niche\"')"
		});
		const browser = await store();
		for (const table of SNAPSHOT_TABLES) {
			const rows = await server.query(snapshotSql({ table }));
			if (!rows.length) continue;
			const path = await browser.registerFile({
				name: `${table}.csv`,
				bytes: new TextEncoder().encode(toCsv({ rows }))
			});
			await browser.query(loadSnapshotSql({ table, path }));
		}
		const copied = await everything(browser);
		expect(copied).toEqual(await everything(server));
		expect(copied.breaks.map((b) => b.category)).toEqual(['Anti-social behaviour', null]);
		expect(copied.targets[0]).toMatchObject({ area: null, closeMargin: null });
	});
});
