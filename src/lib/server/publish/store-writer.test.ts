import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeConnector } from '../../db/node-connector.server';
import { StoreBusyError } from '../../db/store-busy-error';
import { readSnapshot } from '../read-snapshot';
import { storePath } from '../store-path';
import { NoStoreError, writeStore } from './store-writer';

const dataDir = mkdtempSync(join(tmpdir(), 'store-writer-'));
const path = storePath({ dataDir });
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

beforeAll(async () => {
	mkdirSync(dirname(path), { recursive: true });
	const db = createNodeConnector({ path });
	await db.query({ sql: 'CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (1)' });
	await db.close();
});

/** Rows in the server's copy of the store, read as a request would. */
async function rowsInCopy(): Promise<{ path: string | null; rows: number }> {
	const snapshot = await readSnapshot({ path, waitMs: 5_000 });
	try {
		const db = createNodeConnector({ path: snapshot.path!, readOnly: true });
		const [row] = await db.query<{ n: number }>({ sql: 'SELECT count(*)::INTEGER AS n FROM t' });
		await db.close();
		return { path: snapshot.path, rows: row!.n };
	} finally {
		snapshot.release();
	}
}

const write = (work: Parameters<typeof writeStore>[0]['work']) =>
	writeStore({ dataDir, what: 'a test publish', waitMs: 500, work });

describe('writeStore', () => {
	it('readers keep the copy from before while the server writes, and see the write after', async () => {
		const before = await rowsInCopy();
		expect(before.rows).toBe(1);
		await write(async (db) => {
			await db.query({ sql: 'INSERT INTO t VALUES (2)' });
			expect(await rowsInCopy()).toEqual(before);
		});
		const after = await rowsInCopy();
		expect(after.rows).toBe(2);
		expect(after.path).not.toBe(before.path);
	});

	it('runs the pieces of work one at a time, in order', async () => {
		const seen: string[] = [];
		const piece = (name: string, ms: number) =>
			write(async () => {
				seen.push(`${name} starts`);
				await new Promise((r) => setTimeout(r, ms));
				seen.push(`${name} ends`);
			});
		await Promise.all([piece('a', 40), piece('b', 0), piece('c', 10)]);
		expect(seen).toEqual(['a starts', 'a ends', 'b starts', 'b ends', 'c starts', 'c ends']);
	});

	it('a failed piece leaves the next one free to run', async () => {
		await expect(write(async () => Promise.reject(new Error('broken file')))).rejects.toThrow(
			'broken file'
		);
		expect(await write(async (db) => (await db.query({ sql: 'SELECT 7 AS x' }))[0])).toEqual({
			x: 7
		});
	});

	it('stops with a StoreBusyError naming the process while another one holds the store', async () => {
		const holder = spawn(
			process.execPath,
			[
				'--input-type=module',
				'-e',
				`import { DuckDBInstance } from '@duckdb/node-api';
const db = await DuckDBInstance.create(${JSON.stringify(path)});
await (await db.connect()).run('SELECT 1');
console.log('ready');
process.stdin.on('data', () => process.exit(0));`
			],
			{ stdio: ['pipe', 'pipe', 'inherit'] }
		);
		await new Promise((resolve) => holder.stdout.once('data', resolve));
		try {
			const failure = await write(async () => 'written').catch((e: unknown) => e);
			expect(failure).toBeInstanceOf(StoreBusyError);
			expect((failure as StoreBusyError).pid).toBe(holder.pid);
		} finally {
			holder.stdin.end('done\n');
			await new Promise((resolve) => holder.once('exit', resolve));
		}
	});

	it('says there is no store yet in a data folder without one', async () => {
		const empty = mkdtempSync(join(tmpdir(), 'store-writer-empty-'));
		const failure = await writeStore({
			dataDir: empty,
			what: 'x',
			waitMs: 0,
			work: async () => 1
		}).catch((e: unknown) => e);
		rmSync(empty, { recursive: true });
		expect(failure).toBeInstanceOf(NoStoreError);
		expect((failure as Error).message).toMatch(
			/^There is no store at .+ yet: start the dashboard with "npm start", which creates it, then publish\.$/
		);
	});
});
