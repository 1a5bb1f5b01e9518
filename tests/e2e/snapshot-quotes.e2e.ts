import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSnapshotFrame } from '../../src/lib/engine/snapshot-frame';
import { launchChromium } from '../support/chromium';
import { loadedDataDir, startServer } from '../support/server';

// More stored counts than DuckDB's dialect sniffer reads (20,480 lines), none needing quotes, then
// one category that does: the browser engine must still load every snapshot table.
const MONTHS = Array.from({ length: 120 }, (_, i) => {
	const month = new Date(Date.UTC(2012, i, 1));
	return `${month.getUTCFullYear()}${String(month.getUTCMonth() + 1).padStart(2, '0')}`;
});

function mopacTable(rows: { major: string; minor: string; borough: string }[]): string {
	const header = ['MajorText', 'MinorText', 'BoroughName', ...MONTHS].join(',');
	const cell = (text: string) => (/[",]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
	const lines = rows.map((r) =>
		[cell(r.major), cell(r.minor), r.borough, ...MONTHS.map((_, i) => (i * 7) % 13)].join(',')
	);
	return [header, ...lines].join('\n') + '\n';
}

describe('the browser engine with a quoted value late in a snapshot table', () => {
	const scratch = mkdtempSync(join(tmpdir(), 'safer-city-quotes-'));
	let data: Awaited<ReturnType<typeof loadedDataDir>>;
	let server: Awaited<ReturnType<typeof startServer>>;
	let chromium: Awaited<ReturnType<typeof launchChromium>>;

	beforeAll(async () => {
		const plain = Array.from({ length: 180 }, (_, i) => ({
			major: `MAJOR ${i % 12}`,
			minor: `MINOR ${i}`,
			borough: 'Camden'
		}));
		const quoted = [{ major: 'THEFT', minor: 'Theft, other "sic"', borough: 'Camden' }];
		writeFileSync(join(scratch, 'mopac-plain.csv'), mopacTable(plain));
		writeFileSync(join(scratch, 'mopac-quoted.csv'), mopacTable(quoted));
		data = await loadedDataDir([join(scratch, 'mopac-plain.csv')]);
		const more = await loadedDataDir([join(scratch, 'mopac-quoted.csv')], data.dir);
		expect(more.dir).toBe(data.dir);
		server = await startServer({ dataDir: data.dir });
		chromium = await launchChromium();
	});
	afterAll(async () => {
		await chromium?.close();
		server?.stop();
		data?.remove();
		rmSync(scratch, { recursive: true, force: true });
	});

	it('becomes ready on the upload page and holds the quoted category', async () => {
		const response = await fetch(`${server.url}/api/snapshot`);
		const body = new Uint8Array(await response.arrayBuffer());
		const counts = readSnapshotFrame({ body }).find((p) => p.table === 'upload_counts')!;
		const lines = new TextDecoder().decode(counts.bytes).split('\n');
		expect(lines.length).toBeGreaterThan(21_600);
		expect(lines.findIndex((l) => l.includes('"'))).toBeGreaterThan(20_480);
		// One request for every table, and a revisit of an unchanged store costs a 304.
		const etag = response.headers.get('etag')!;
		const again = await fetch(`${server.url}/api/snapshot`, { headers: { 'if-none-match': etag } });
		expect([again.status, again.headers.get('etag')]).toEqual([304, etag]);

		const page = await chromium.browser.newPage();
		await page.goto(`${server.url}/upload`);
		await page
			.locator('[data-engine="ready"], [data-engine="failed"]')
			.waitFor({ timeout: 60_000 });
		expect(await page.locator('.page').getAttribute('data-engine')).toBe('ready');
		await page.close();
	});
});
