import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeConnector } from './node-connector.server';
import { closeSharedReader, openSharedReader } from './shared-reader.server';
import { createTempFolder } from './temp-folder.server';

describe('openSharedReader', () => {
	let folder: string;
	let path: string;
	beforeAll(async () => {
		folder = createTempFolder();
		path = join(folder, 'store.duckdb');
		const db = createNodeConnector({ path });
		await db.query({ sql: 'CREATE TABLE t AS SELECT range AS n FROM range(5)' });
		await db.close();
	});
	afterAll(() => rmSync(folder, { recursive: true, force: true }));

	it('answers many readers at once on one instance, each closing only its own connection', async () => {
		const sums = await Promise.all(
			Array.from({ length: 20 }, async (_, i) => {
				const db = openSharedReader({ path });
				try {
					const [row] = await db.query<{ s: number }>({
						sql: 'SELECT (sum(n) + ?)::INTEGER AS s FROM t',
						params: [i]
					});
					return row!.s;
				} finally {
					await db.close();
				}
			})
		);
		expect(sums).toEqual(Array.from({ length: 20 }, (_, i) => 10 + i));
		const again = openSharedReader({ path });
		expect(await again.query({ sql: 'SELECT count(*)::INTEGER AS c FROM t' })).toEqual([{ c: 5 }]);
		await again.close();
	});

	it('refuses writes, and lets the file go once closed', async () => {
		const db = openSharedReader({ path });
		await expect(db.query({ sql: 'CREATE TABLE u (x INTEGER)' })).rejects.toThrow(/read-only/i);
		await db.close();
		await closeSharedReader({ path });
		rmSync(path);
		expect(existsSync(path)).toBe(false);
	});
});
