import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeConnector } from '../../src/lib/db/node-connector.server';
import { addAccount } from '../support/accounts-server';
import {
	policeMonth,
	publishUploads,
	signInAs,
	startPublishServer,
	uploadBytes,
	writeMonths,
	type PublishServer
} from '../support/publish-server';
import { runCli } from '../support/server';

const ANA = 'analyst password 1';
const dataDir = mkdtempSync(join(tmpdir(), 'safer-city-data-export-'));
let server: PublishServer;

beforeAll(async () => {
	const files = writeMonths({
		dir: join(dataDir, 'incoming'),
		months: [{ month: '2022-01', counts: { Burglary: 4, Robbery: 2 } }]
	});
	const imported = await runCli(['import', ...files, '--data-dir', dataDir, '--as', 'setup']);
	expect(imported.code, imported.stdout + imported.stderr).toBe(0);
	await addAccount({ dataDir, name: 'ana', role: 'analyst', password: ANA });
	server = await startPublishServer({ dataDir });
});
afterAll(async () => {
	await server?.stop();
	rmSync(dataDir, { recursive: true, force: true });
});

const latest = async () =>
	(await (await fetch(`${server.url}/data/latest`)).json()) as { version: number; urls: string[] };
const sha = (bytes: ArrayBuffer | Buffer) =>
	createHash('sha256').update(new Uint8Array(bytes)).digest('hex');

async function incidentMonths(path: string): Promise<string[]> {
	const db = createNodeConnector();
	try {
		const rows = await db.query<{ m: string }>({
			sql: `SELECT DISTINCT strftime(month, '%Y-%m') AS m FROM read_parquet(?) ORDER BY m`,
			params: [path]
		});
		return rows.map((r) => r.m);
	} finally {
		await db.close();
	}
}

describe('versioned Parquet exports', () => {
	it('answer with a strong ETag, immutable caching, 206 ranges, 416 and 304', async () => {
		const { version, urls } = await latest();
		expect(urls).toContain(`/data/v${version}/incidents.parquet`);
		expect(urls).toContain(`/data/v${version}/upload_counts.parquet`);
		const url = `${server.url}/data/v${version}/upload_counts.parquet`;
		const whole = await fetch(url);
		const bytes = Buffer.from(await whole.arrayBuffer());
		expect(whole.status).toBe(200);
		expect(whole.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect(whole.headers.get('accept-ranges')).toBe('bytes');
		const etag = whole.headers.get('etag') ?? '';
		expect(etag).toMatch(/^"[\w-]{32}"$/);
		expect(bytes.subarray(0, 4).toString()).toBe('PAR1');

		const head = await fetch(url, { headers: { range: 'bytes=0-3' } });
		expect([head.status, head.headers.get('content-range')]).toEqual([
			206,
			`bytes 0-3/${bytes.length}`
		]);
		expect(Buffer.from(await head.arrayBuffer()).toString()).toBe('PAR1');
		const tail = await fetch(url, { headers: { range: 'bytes=-8' } });
		expect(tail.status).toBe(206);
		expect(Buffer.from(await tail.arrayBuffer())).toEqual(bytes.subarray(bytes.length - 8));
		const past = await fetch(url, { headers: { range: `bytes=${bytes.length}-` } });
		expect([past.status, past.headers.get('content-range')]).toEqual([
			416,
			`bytes */${bytes.length}`
		]);
		const again = await fetch(url, { headers: { 'if-none-match': etag } });
		expect(again.status).toBe(304);
		expect((await fetch(`${server.url}/data/v${version}/..%2Fstore.parquet`)).status).toBe(404);
		expect((await fetch(`${server.url}/data/v${version + 50}/uploads.parquet`)).status).toBe(404);
	});

	it("a new publish makes a new version's files and leaves the old ones byte-identical", async () => {
		const before = await latest();
		const oldUrl = `${server.url}/data/v${before.version}/incidents.parquet`;
		const oldBytes = sha(await (await fetch(oldUrl)).arrayBuffer());
		const oldDisk = join(dataDir, 'exports', `v${before.version}`, 'incidents.parquet');
		expect(await incidentMonths(oldDisk)).toEqual(['2022-01']);

		const session = await signInAs({ url: server.url, name: 'ana', password: ANA });
		const name = '2022-02-city-of-london-street.csv';
		const bytes = policeMonth({ month: '2022-02', counts: { Burglary: 3 } });
		const uploaded = await uploadBytes({ url: server.url, session, name, bytes });
		expect(uploaded.status).toBe(201);
		const { sha256 } = uploaded.body as { sha256: string };
		const published = await publishUploads({ url: server.url, session, files: [{ sha256, name }] });
		expect(published.status, JSON.stringify(published.body)).toBe(200);

		const after = await latest();
		expect(after.version).toBeGreaterThan(before.version);
		const newDisk = join(dataDir, 'exports', `v${after.version}`, 'incidents.parquet');
		expect(await incidentMonths(newDisk)).toEqual(['2022-01', '2022-02']);
		expect(sha(await (await fetch(oldUrl)).arrayBuffer())).toBe(oldBytes);
		expect(sha(readFileSync(oldDisk))).toBe(oldBytes);
	});
});
