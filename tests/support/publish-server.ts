import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Connector, Row } from '../../src/lib/db/connector';
import { openWhenFree } from '../../src/lib/db/open-when-free.server';
import { storePath } from '../../src/lib/server/store-path';
import { freePort } from './server';
import { cookieOf, request } from './http-client';

const HEADER =
	'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';

/**
 * A police.uk street-level file for one month of the City of London, `counts` rows of each crime type.
 * @example policeMonth({ month: '2023-01', counts: { Burglary: 3 } })
 */
export function policeMonth(opts: { month: string; counts: Record<string, number> }): string {
	const rows = Object.entries(opts.counts).flatMap(([type, n]) =>
		Array.from(
			{ length: n },
			(_, i) =>
				`${opts.month}-${type.replace(/\W+/g, '')}-${i},${opts.month},City of London Police,City of London Police,-0.09,51.51,On or near Cheapside,E01032739,City of London 001F,${type},Under investigation,`
		)
	);
	return [HEADER, ...rows].join('\n') + '\n';
}

/** Writes police.uk month files into a folder, for the CLI to import. */
export function writeMonths(opts: {
	dir: string;
	months: { month: string; counts: Record<string, number> }[];
}): string[] {
	mkdirSync(opts.dir, { recursive: true });
	return opts.months.map((m) => {
		const path = join(opts.dir, `${m.month}-city-of-london-street.csv`);
		writeFileSync(path, policeMonth(m));
		return path;
	});
}

/** A running build/index.js whose process can be killed outright. */
export interface PublishServer {
	url: string;
	child: ChildProcess;
	stop: () => Promise<void>;
}

/**
 * Starts the built app on a free loopback port (ORIGIN set as npm start sets it); `stop` ends it
 * with SIGKILL or SIGTERM and waits for it to exit.
 * @example const server = await startPublishServer({ dataDir, env: { SAFER_CITY_UPLOAD_LIMIT_MB: '1' } });
 */
export async function startPublishServer(opts: {
	dataDir: string;
	env?: Record<string, string>;
}): Promise<PublishServer> {
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, ['build/index.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: url,
			BODY_SIZE_LIMIT: 'Infinity',
			SAFER_CITY_DATA_DIR: opts.dataDir,
			SAFER_CITY_LOCK_WAIT: '5',
			...opts.env
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
		if (child.exitCode === null && child.signalCode === null) child.kill(signal);
		await exited;
	};
	for (let i = 0; i < 300; i++) {
		try {
			if ((await fetch(`${url}/sign-in`)).ok) return { url, child, stop: () => stop() };
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	await stop('SIGKILL');
	throw new Error(`The server did not answer on ${url}`);
}

/** A signed-in session's cookie and CSRF token. */
export interface Session {
	cookie: string;
	csrf: string;
}

/** Signs in through the sign-in form and reads the session's CSRF token. @example await signInAs({ url, name: 'ana', password }) */
export async function signInAs(opts: {
	url: string;
	name: string;
	password: string;
}): Promise<Session> {
	const answer = await request({
		url: `${opts.url}/sign-in`,
		form: { name: opts.name, password: opts.password, next: '/upload' },
		origin: opts.url
	});
	const cookie = cookieOf(answer);
	const { csrfToken } = JSON.parse(
		(await request({ url: `${opts.url}/api/session`, cookie })).text
	);
	return { cookie, csrf: csrfToken as string };
}

/** Uploads bytes as a file; answers the status and the JSON (or sentence) answered. */
export async function uploadBytes(opts: {
	url: string;
	session?: Session;
	name: string;
	bytes: Uint8Array | string;
	origin?: string;
}): Promise<{ status: number; body: { sha256: string; bytes: number } | string }> {
	const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
	if (opts.session)
		Object.assign(headers, { cookie: opts.session.cookie, 'x-csrf-token': opts.session.csrf });
	if (opts.origin) headers.origin = opts.origin;
	const answer = await fetch(`${opts.url}/api/uploads?name=${encodeURIComponent(opts.name)}`, {
		method: 'POST',
		headers,
		body: opts.bytes as BodyInit
	});
	const text = await answer.text();
	return { status: answer.status, body: answer.ok ? JSON.parse(text) : text };
}

/** One file's result as /api/publish answers it (the parts the tests read). */
export interface PublishAnswer {
	dryRun: boolean;
	version: number | null;
	results: { file: string; status: string; months: { month: string; status: string }[] }[];
}

/** Asks the server to check (`dryRun`) or publish uploaded files. */
export async function publishUploads(opts: {
	url: string;
	session?: Session;
	files: { sha256: string; name: string }[];
	dryRun?: boolean;
	origin?: string;
}): Promise<{ status: number; body: PublishAnswer | string; retryAfter: string | null }> {
	const answer = await request({
		url: `${opts.url}/api/publish`,
		json: { dryRun: opts.dryRun ?? false, files: opts.files },
		cookie: opts.session?.cookie,
		csrf: opts.session?.csrf,
		origin: opts.origin
	});
	const ok = answer.status === 200;
	return {
		status: answer.status,
		body: ok ? JSON.parse(answer.text) : answer.text,
		retryAfter: answer.headers.get('retry-after')
	};
}

/**
 * Reads the store of a data folder in this process (read-only, waiting for a writer).
 * @example const rows = await readStore({ dataDir, sql: 'SELECT * FROM monthly_counts' });
 */
export async function readStore<T extends Row>(opts: {
	dataDir: string;
	sql: string;
}): Promise<T[]> {
	const db: Connector = await openWhenFree({
		path: storePath(opts),
		readOnly: true,
		waitMs: 20_000
	});
	try {
		return await db.query<T>({ sql: opts.sql });
	} finally {
		await db.close();
	}
}
