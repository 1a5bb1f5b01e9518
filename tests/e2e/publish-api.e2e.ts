import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeConnector } from '../../src/lib/db/node-connector.server';
import { storePath } from '../../src/lib/server/store-path';
import { addAccount } from '../support/accounts-server';
import { request } from '../support/http-client';
import {
	policeMonth,
	publishUploads,
	readStore,
	signInAs,
	startPublishServer,
	uploadBytes,
	writeMonths,
	type PublishAnswer,
	type PublishServer,
	type Session
} from '../support/publish-server';
import { runCli } from '../support/server';

const ANA = 'analyst password 1';
const VIV = 'viewer password 1';
const EVIL = 'http://evil.example';
const dataDir = mkdtempSync(join(tmpdir(), 'safer-city-publish-'));
let server: PublishServer;
let ana: Session;
let viv: Session;

beforeAll(async () => {
	const files = writeMonths({
		dir: join(dataDir, 'incoming'),
		months: [
			{ month: '2022-01', counts: { Burglary: 4, Robbery: 2 } },
			{ month: '2022-02', counts: { Burglary: 5 } }
		]
	});
	const imported = await runCli(['import', ...files, '--data-dir', dataDir, '--as', 'setup']);
	expect(imported.code, imported.stdout + imported.stderr).toBe(0);
	await addAccount({ dataDir, name: 'ana', role: 'analyst', password: ANA });
	await addAccount({ dataDir, name: 'viv', role: 'viewer', password: VIV });
	server = await startPublishServer({ dataDir, env: { SAFER_CITY_UPLOAD_LIMIT_MB: '1' } });
	[ana, viv] = await Promise.all([
		signInAs({ url: server.url, name: 'ana', password: ANA }),
		signInAs({ url: server.url, name: 'viv', password: VIV })
	]);
});
afterAll(async () => {
	await server?.stop();
	rmSync(dataDir, { recursive: true, force: true });
});

const uploadsDir = () => join(dataDir, 'uploads');
const kept = () => (existsSync(uploadsDir()) ? readdirSync(uploadsDir()) : []);
const counts = (month: string) =>
	readStore<{ category: string; count: number }>({
		dataDir,
		sql: `SELECT category, count::INTEGER AS count FROM monthly_counts WHERE strftime(month, '%Y-%m') = '${month}' ORDER BY category`
	});
const plain = (c: Record<string, number>) =>
	Object.entries(c)
		.map(([category, count]) => ({ category, count }))
		.sort((a, b) => a.category.localeCompare(b.category));
const answer = (r: { body: PublishAnswer | string }) => r.body as PublishAnswer;

describe('writes refused without an analyst', () => {
	const SIGN_IN = 'Sign in as an analyst to change anything here.';
	const VIEWER = 'Only analysts can change anything here; viv is signed in as a viewer.';
	const NO_TOKEN =
		"This request lacks your session's x-csrf-token header; reload the page and try again.";
	const who = () => ({
		nobody: undefined,
		viewer: viv,
		'analyst without the token': { cookie: ana.cookie, csrf: '' },
		"analyst with the viewer's token": { cookie: ana.cookie, csrf: viv.csrf }
	});
	it.each([
		['nobody', undefined, 401, SIGN_IN],
		['nobody', EVIL, 401, SIGN_IN],
		['viewer', undefined, 403, VIEWER],
		['viewer', EVIL, 403, VIEWER],
		['analyst without the token', EVIL, 403, NO_TOKEN],
		["analyst with the viewer's token", undefined, 403, NO_TOKEN]
	] as const)(
		'%s (Origin %s): upload and publish answer %i',
		async (name, origin, status, text) => {
			const session = who()[name];
			const bytes = policeMonth({ month: '2022-03', counts: { Burglary: 1 } });
			const up = await uploadBytes({ url: server.url, session, name: 'x.csv', bytes, origin });
			const files = [{ sha256: 'a'.repeat(64), name: 'x.csv' }];
			const pub = await publishUploads({ url: server.url, session, files, origin });
			expect([up.status, up.body, pub.status, pub.body]).toEqual([status, text, status, text]);
			expect(kept().filter((n) => !n.startsWith('.'))).not.toContain('a'.repeat(64));
		}
	);

	it('nothing was kept or published by the refused writes', async () => {
		const versions = await readStore({ dataDir, sql: 'SELECT version FROM dataset_versions' });
		expect(versions).toHaveLength(1);
		expect(kept()).toEqual([]);
	});
});

describe('upload, check, publish', () => {
	it('keeps a file by its SHA-256, once for the same bytes twice', async () => {
		const bytes = policeMonth({ month: '2022-03', counts: { Burglary: 2 } });
		const first = await uploadBytes({ url: server.url, session: ana, name: 'a.csv', bytes });
		const again = await uploadBytes({ url: server.url, session: ana, name: 'b.csv', bytes });
		expect(first.status).toBe(201);
		expect(again.status).toBe(200);
		const sha = (first.body as { sha256: string }).sha256;
		expect((again.body as { sha256: string }).sha256).toBe(sha);
		expect(kept()).toEqual([sha]);
	});

	it('checks without changing anything, then publishes the same plan as a version', async () => {
		const bytes = policeMonth({ month: '2022-02', counts: { Burglary: 6, Robbery: 1 } });
		const up = await uploadBytes({ url: server.url, session: ana, name: '2022-02.csv', bytes });
		const files = [
			{ sha256: (up.body as { sha256: string }).sha256, name: '2022-02-city-of-london-street.csv' }
		];
		const check = await publishUploads({ url: server.url, session: ana, files, dryRun: true });
		expect(check.status).toBe(200);
		expect(answer(check).version).toBeNull();
		expect(answer(check).results[0]!.months.map((m) => [m.month, m.status])).toEqual([
			['2022-02', 'replaced']
		]);
		expect(await counts('2022-02')).toEqual(plain({ Burglary: 5 }));

		const done = await publishUploads({ url: server.url, session: ana, files });
		expect([answer(done).version, answer(done).results[0]!.status]).toEqual([2, 'stored']);
		expect(await counts('2022-02')).toEqual(plain({ Burglary: 6, Robbery: 1 }));
		const listed = JSON.parse((await request({ url: `${server.url}/api/uploads` })).text);
		expect(listed.versions[0]).toMatchObject({ version: 2, created_by: 'ana', via: 'web' });
		const audit = await request({ url: `${server.url}/audit`, cookie: ana.cookie });
		expect(audit.text).toContain('version 2');
	});

	it('refuses a rejected file with its issues and publishes nothing', async () => {
		const bytes = policeMonth({ month: '2022-04', counts: { Burglary: 1 } }).replace(
			',2022-04,',
			',04/2022,'
		);
		const up = await uploadBytes({ url: server.url, session: ana, name: 'bad.csv', bytes });
		const files = [{ sha256: (up.body as { sha256: string }).sha256, name: 'bad.csv' }];
		const done = await publishUploads({ url: server.url, session: ana, files });
		expect([answer(done).version, answer(done).results[0]!.status]).toEqual([null, 'rejected']);
	});

	it.each([
		[
			'a file never uploaded',
			[{ sha256: 'b'.repeat(64), name: 'x.csv' }],
			'was never uploaded to this server'
		],
		[
			'a path for a hash',
			[{ sha256: '../store/safer-city.duckdb', name: 'x.csv' }],
			'needs its "sha256"'
		],
		['no files', [], 'Name the files to publish']
	])('refuses %s with 400 and a sentence', async (_, files, text) => {
		const done = await publishUploads({ url: server.url, session: ana, files });
		expect(done.status).toBe(400);
		expect(done.body).toContain(text);
	});
});

describe('limits', () => {
	const big = new Uint8Array(1_048_577).fill(65);
	it('refuses a file above SAFER_CITY_UPLOAD_LIMIT_MB by its Content-Length, keeping nothing', async () => {
		const before = kept();
		const up = await uploadBytes({ url: server.url, session: ana, name: 'big.csv', bytes: big });
		expect(up.status).toBe(413);
		expect(up.body).toContain('big.csv is larger than this server takes (1 MB)');
		expect(kept()).toEqual(before);
	});

	it('refuses a file sent without its length once it passes the limit, keeping nothing', async () => {
		const before = kept();
		const body = new ReadableStream<Uint8Array>({
			start(c) {
				for (let i = 0; i < 9; i++) c.enqueue(big.subarray(i * 131_072, (i + 1) * 131_072));
				c.close();
			}
		});
		const res = await fetch(`${server.url}/api/uploads?name=streamed.csv`, {
			method: 'POST',
			headers: {
				'content-type': 'application/octet-stream',
				cookie: ana.cookie,
				'x-csrf-token': ana.csrf
			},
			body,
			duplex: 'half'
		} as RequestInit);
		expect([res.status, await res.text()]).toEqual([
			413,
			expect.stringContaining('streamed.csv is larger')
		]);
		expect(kept()).toEqual(before);
	});

	it("says to raise adapter-node's BODY_SIZE_LIMIT when it is below the upload limit", async () => {
		// One server at a time holds the accounts: this one stands in for the other meanwhile.
		await server.stop();
		const small = await startPublishServer({
			dataDir,
			env: { SAFER_CITY_UPLOAD_LIMIT_MB: '1', BODY_SIZE_LIMIT: '512K' }
		});
		try {
			const before = kept();
			const bytes = big.subarray(0, 600_000);
			const up = await uploadBytes({ url: small.url, session: ana, name: 'mid.csv', bytes });
			expect([up.status, up.body]).toEqual([
				413,
				"mid.csv is larger than the server's BODY_SIZE_LIMIT allows; set BODY_SIZE_LIMIT to at least SAFER_CITY_UPLOAD_LIMIT_MB (e.g. BODY_SIZE_LIMIT=2M), as npm start does."
			]);
			expect(kept()).toEqual(before);
		} finally {
			await small.stop();
			server = await startPublishServer({ dataDir, env: { SAFER_CITY_UPLOAD_LIMIT_MB: '1' } });
		}
	});

	it('answers 503 with Retry-After while another process writes the store', async () => {
		const bytes = policeMonth({ month: '2022-05', counts: { Burglary: 1 } });
		const up = await uploadBytes({ url: server.url, session: ana, name: 'may.csv', bytes });
		const holder = createNodeConnector({ path: storePath({ dataDir }) });
		await holder.query({ sql: 'SELECT 1' });
		try {
			const files = [{ sha256: (up.body as { sha256: string }).sha256, name: 'may.csv' }];
			const done = await publishUploads({ url: server.url, session: ana, files });
			expect([done.status, done.retryAfter]).toEqual([503, '10']);
			expect(done.body).toMatch(
				/^The store is busy: another program \(PID \d+\) has it open; publish again when it has finished\.$/
			);
		} finally {
			await holder.close();
		}
	});
});

describe('concurrent publishes', () => {
	const upload = async (
		month: string,
		c: Record<string, number>,
		name = `${month}-city-of-london-street.csv`
	) => {
		const up = await uploadBytes({
			url: server.url,
			session: ana,
			name,
			bytes: policeMonth({ month, counts: c })
		});
		return { sha256: (up.body as { sha256: string }).sha256, name };
	};

	it('20 publishes of different months all land, each a version of its own', async () => {
		const months = Array.from({ length: 20 }, (_, i) =>
			`2023-${String((i % 12) + 1).padStart(2, '0')}`.replace(/^2023/, i < 12 ? '2023' : '2024')
		);
		const files = await Promise.all(
			months.map((m, i) => upload(m, { Burglary: i + 1, Robbery: 20 - i }))
		);
		const done = await Promise.all(
			files.map((f) => publishUploads({ url: server.url, session: ana, files: [f] }))
		);
		expect(done.map((d) => d.status)).toEqual(months.map(() => 200));
		const versions = done.map((d) => answer(d).version!);
		expect(new Set(versions).size).toBe(20);
		for (const [i, m] of months.entries())
			expect(await counts(m)).toEqual(plain({ Burglary: i + 1, Robbery: 20 - i }));
	});

	it('20 publishes racing on one month end in exactly one of them, never a mix', async () => {
		const each = Array.from({ length: 20 }, (_, i) => ({
			Burglary: i + 1,
			Robbery: 40 - i,
			Drugs: (i * 7) % 5
		}));
		const files = await Promise.all(each.map((c, i) => upload('2025-06', c, `race-${i}.csv`)));
		const done = await Promise.all(
			files.map((f) => publishUploads({ url: server.url, session: ana, files: [f] }))
		);
		expect(done.map((d) => d.status)).toEqual(each.map(() => 200));
		const last = await counts('2025-06');
		const matches = each.filter(
			(c) =>
				JSON.stringify(plain(c).filter((x) => x.count > 0)) ===
				JSON.stringify(last.filter((x) => x.count > 0))
		);
		expect(matches).toHaveLength(1);
		// The one that landed is the last version published.
		const newest = Math.max(...done.map((d) => answer(d).version!));
		const winner = done.findIndex((d) => answer(d).version === newest);
		expect(matches[0]).toEqual(each[winner]);
	});
});
