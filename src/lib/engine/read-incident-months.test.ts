import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeConnector } from '../db/node-connector.server';
import { exportParquetSql } from '../db/sql/export-parquet-sql';
import { serveExportFile } from '../server/data/serve-export-file';
import { applySchema } from '../store/apply-schema';
import { readIncidentMonths } from './read-incident-months';

const dir = mkdtempSync(join(tmpdir(), 'incident-months-'));
const path = join(dir, 'incidents.parquet');
const requests: { method: string; range: string | null; bytes: number }[] = [];
let server: Server;
let url: string;
// 60,000 incidents in each of three months: more than a row group (50,000) each.
const PER_MONTH = 60_000;

beforeAll(async () => {
	const db = createNodeConnector();
	await applySchema({ db });
	await db.query({
		sql: `INSERT INTO incidents (source, area, category, month, upload_id, source_row)
			SELECT 'police-street', 'City', CASE WHEN i % 2 = 0 THEN 'Burglary' ELSE 'Robbery' END,
				DATE '2024-01-01' + INTERVAL (i // ${PER_MONTH}) MONTH, 1, i
			FROM range(${3 * PER_MONTH}) t(i)`
	});
	await db.query(exportParquetSql({ table: 'incidents', path }));
	await db.close();
	server = createServer(async (req, res) => {
		const request = new Request(`http://x${req.url}`, {
			method: req.method,
			headers: req.headers as Record<string, string>
		});
		const answer = await serveExportFile({ request, path, type: 'application/vnd.apache.parquet' });
		const body = new Uint8Array(await answer.arrayBuffer());
		requests.push({
			method: req.method ?? '',
			range: req.headers.range ?? null,
			bytes: body.length
		});
		res.writeHead(answer.status, Object.fromEntries(answer.headers));
		res.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/incidents.parquet`;
});
afterAll(async () => {
	await new Promise((resolve) => server.close(resolve));
	rmSync(dir, { recursive: true, force: true });
});

describe('readIncidentMonths', () => {
	it('reads only the wanted month, by range requests for part of the file', async () => {
		requests.length = 0;
		const size = statSync(path).size;
		const rows = await readIncidentMonths({
			url,
			months: ['2024-03'],
			columns: ['category'],
			byteLength: size
		});
		expect(rows).toHaveLength(PER_MONTH);
		expect(new Set(rows.map((r) => (r.month as Date).toISOString().slice(0, 7)))).toEqual(
			new Set(['2024-03'])
		);
		expect(rows.filter((r) => r.category === 'Burglary')).toHaveLength(PER_MONTH / 2);
		expect(requests.length).toBeGreaterThan(0);
		for (const r of requests) expect(r.range).toMatch(/^bytes=\d+-\d+$/);
		expect(requests.reduce((sum, r) => sum + r.bytes, 0)).toBeLessThan(size);
	});

	it('finds months spread over two row groups, and none that are absent', async () => {
		const rows = await readIncidentMonths({ url, months: ['2024-01', '2024-02'] });
		expect(rows).toHaveLength(2 * PER_MONTH);
		expect(await readIncidentMonths({ url, months: ['2023-12'] })).toEqual([]);
	});
});
