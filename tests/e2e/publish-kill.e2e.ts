import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addAccount } from '../support/accounts-server';
import {
	policeMonth,
	publishUploads,
	readStore,
	signInAs,
	startPublishServer,
	uploadBytes,
	writeMonths,
	type PublishServer,
	type Session
} from '../support/publish-server';
import { runCli } from '../support/server';

const ANA = 'analyst password 1';
const KILLS = 10;
const dataDir = mkdtempSync(join(tmpdir(), 'safer-city-kill-'));
let server: PublishServer;
let ana: Session;

beforeAll(async () => {
	const files = writeMonths({
		dir: join(dataDir, 'incoming'),
		months: [{ month: '2022-01', counts: { Burglary: 4, Robbery: 2 } }]
	});
	const imported = await runCli(['import', ...files, '--data-dir', dataDir, '--as', 'setup']);
	expect(imported.code, imported.stdout + imported.stderr).toBe(0);
	await addAccount({ dataDir, name: 'ana', role: 'analyst', password: ANA });
	server = await startPublishServer({ dataDir });
	ana = await signInAs({ url: server.url, name: 'ana', password: ANA });
});
afterAll(async () => {
	await server?.stop();
	rmSync(dataDir, { recursive: true, force: true });
});

type Count = { month: string; category: string; count: number };
const figures = () =>
	readStore<Count>({
		dataDir,
		sql: `SELECT strftime(month, '%Y-%m') AS month, category, count::INTEGER AS count
FROM monthly_counts ORDER BY month, category`
	});
const latest = async () =>
	(
		await readStore<{ v: number }>({
			dataDir,
			sql: 'SELECT max(version) AS v FROM dataset_versions'
		})
	)[0]!.v;
/** A month's file, big enough that publishing it takes a while: thousands of rows. */
const monthFile = (i: number) => {
	const month = `2023-${String(i + 1).padStart(2, '0')}`.replace(/^2023-1[3-9]$/, (m) => m);
	return { month, counts: { Burglary: 2000 + i, Robbery: 1500 + i, Drugs: 1000 + 3 * i } };
};
const asRows = (m: ReturnType<typeof monthFile>): Count[] =>
	Object.entries(m.counts)
		.map(([category, count]) => ({ month: m.month, category, count }))
		.sort((a, b) => a.category.localeCompare(b.category));

async function publishAndKill(opts: { file: { sha256: string; name: string }; delayMs: number }) {
	const pending = publishUploads({ url: server.url, session: ana, files: [opts.file] }).catch(
		() => null
	);
	await new Promise((r) => setTimeout(r, opts.delayMs));
	server.child.kill('SIGKILL');
	await server.stop();
	return pending;
}

/** Each kept file is whole: its bytes hash to its name; no partial file is left among them. */
function keptFilesWhole(): void {
	const dir = join(dataDir, 'uploads');
	for (const name of existsSync(dir) ? readdirSync(dir) : []) {
		if (name.startsWith('.partial-')) continue;
		expect(
			createHash('sha256')
				.update(readFileSync(join(dir, name)))
				.digest('hex')
		).toBe(name);
	}
}

it(`a publish killed with SIGKILL at ${KILLS} moments leaves the version before it whole`, async () => {
	// How long one publish takes here, to spread the kills over it.
	const first = monthFile(0);
	const up0 = await uploadBytes({
		url: server.url,
		session: ana,
		name: 'first.csv',
		bytes: policeMonth(first)
	});
	const started = performance.now();
	const done0 = await publishUploads({
		url: server.url,
		session: ana,
		files: [
			{
				sha256: (up0.body as { sha256: string }).sha256,
				name: `${first.month}-city-of-london-street.csv`
			}
		]
	});
	const publishMs = performance.now() - started;
	expect(done0.status).toBe(200);

	const outcomes: string[] = [];
	for (let i = 1; i <= KILLS; i++) {
		const m = monthFile(i);
		const up = await uploadBytes({
			url: server.url,
			session: ana,
			name: `m${i}.csv`,
			bytes: policeMonth(m)
		});
		const file = {
			sha256: (up.body as { sha256: string }).sha256,
			name: `${m.month}-city-of-london-street.csv`
		};
		const before = await figures();
		const versionBefore = await latest();
		// From the request's start to a little past a publish's usual length, with jitter.
		const delayMs = Math.round(((i - 1) / (KILLS - 1)) * publishMs * 1.3 + Math.random() * 10);
		const answered = await publishAndKill({ file, delayMs });

		const after = await figures();
		const version = await latest();
		const landed = version === versionBefore + 1;
		expect([versionBefore, versionBefore + 1]).toContain(version);
		// Either nothing changed, or exactly this month arrived whole.
		expect(after).toEqual(landed ? [...before, ...asRows(m)].sort(byMonthCategory) : before);
		if (answered?.status === 200) expect(landed).toBe(true);
		keptFilesWhole();
		outcomes.push(`${delayMs} ms: ${landed ? 'landed' : 'not landed'}`);

		server = await startPublishServer({ dataDir });
		// The restarted server reads the store and can publish on it.
		expect((await fetch(`${server.url}/`)).status).toBe(200);
	}
	console.log(`publish ≈ ${Math.round(publishMs)} ms; kills: ${outcomes.join(', ')}`);

	// After the kills, a publish goes through and the comparison reads the figures as expected.
	const last = monthFile(11);
	const up = await uploadBytes({
		url: server.url,
		session: ana,
		name: 'last.csv',
		bytes: policeMonth(last)
	});
	const done = await publishUploads({
		url: server.url,
		session: ana,
		files: [{ sha256: (up.body as { sha256: string }).sha256, name: 'last.csv' }]
	});
	expect(done.status).toBe(200);
	const compared = await runCli([
		'compare',
		'--month',
		last.month,
		'--json',
		'--data-dir',
		dataDir
	]);
	expect(compared.code, compared.stderr).toBe(0);
	expect(compared.stdout).toContain(`"${last.month}"`);
	const burglary = (await figures()).find(
		(r) => r.month === last.month && r.category === 'Burglary'
	);
	expect(burglary?.count).toBe(last.counts.Burglary);
});

const byMonthCategory = (a: Count, b: Count) =>
	a.month.localeCompare(b.month) || a.category.localeCompare(b.category);
