import { describe, expect, it } from 'vitest';
import type { Connector } from '../db/connector';
import { createNodeConnector } from '../db/node-connector.server';
import { applySchema } from './apply-schema';
import { importFile } from './import-file';

const HEADER =
	'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
const line = (o: { id?: string; month?: string; type?: string; outcome?: string; lon?: string }) =>
	[
		o.id ?? 'abc',
		o.month ?? '2021-06',
		'City of London Police',
		'City of London Police',
		o.lon ?? '-0.09',
		'51.51',
		'On or near Cheapside',
		'E01032739',
		'City of London 001F',
		o.type ?? 'Burglary',
		o.outcome ?? 'Under investigation',
		''
	].join(',');
const file = (...lines: string[]) => new TextEncoder().encode([HEADER, ...lines].join('\n') + '\n');
const now = new Date('2026-11-27T00:00:00Z');

async function store(): Promise<Connector> {
	const db = createNodeConnector();
	await applySchema({ db });
	const first = file(
		line({}),
		line({ id: 'b', type: 'Robbery' }),
		line({ id: '', type: 'Anti-social behaviour', outcome: '' })
	);
	expect((await importFile({ db, name: 'june.csv', bytes: first, now })).status).toBe('stored');
	return db;
}

const snapshot = (db: Connector) =>
	db.query({
		sql: `SELECT (SELECT count(*) FROM uploads)::INTEGER AS uploads, (SELECT count(*) FROM incidents)::INTEGER AS incidents,
			(SELECT string_agg(category || '=' || count, ';' ORDER BY category, month, count) FROM monthly_counts) AS counts`
	});

describe('importFile rejects bad police.uk street files and leaves the store as it was', () => {
	const bad: { name: string; bytes: Uint8Array; rule: string; line: number | null }[] = [
		{ name: 'empty', bytes: new Uint8Array(), rule: 'empty-file', line: null },
		{ name: 'header only', bytes: file(), rule: 'no-rows', line: 2 },
		{
			name: 'month written 06/2021',
			bytes: file(line({}), line({ month: '06/2021' })),
			rule: 'month-format',
			line: 3
		},
		{
			name: 'month in the future',
			bytes: file(line({ month: '2031-01' })),
			rule: 'month-future',
			line: 2
		},
		{
			name: 'a short line',
			bytes: file(line({}), '1,2021-06,x'),
			rule: 'csv-missing-columns',
			line: 3
		},
		{
			name: 'a long line',
			bytes: file(`${line({})},extra`),
			rule: 'csv-too-many-columns',
			line: 2
		},
		{
			name: 'an unclosed quote',
			bytes: file(line({}), line({ id: '"abc' }), line({})),
			rule: 'csv-unquoted-value',
			line: 3
		},
		{
			name: 'a bad month after blank lines, at its file line',
			bytes: file(line({}), '', '', line({ month: '2021/06' })),
			rule: 'month-format',
			line: 5
		},
		{
			name: 'coordinates as words',
			bytes: file(line({ lon: 'west' })),
			rule: 'coordinate-format',
			line: 2
		},
		{
			name: 'a missing crime type',
			bytes: file(line({ type: '' })),
			rule: 'crime-type-missing',
			line: 2
		},
		{
			name: 'a duplicated header',
			bytes: new TextEncoder().encode(`${HEADER},Month\n${line({})},x\n`),
			rule: 'header-duplicate',
			line: 1
		},
		{
			name: 'not a file we know',
			bytes: new TextEncoder().encode('a,b\n1,2\n'),
			rule: 'unknown-format',
			line: 1
		}
	];

	it.each(bad)('$name → $rule', async ({ bytes, rule, line: at }) => {
		const db = await store();
		const before = await snapshot(db);
		const result = await importFile({ db, name: 'bad.csv', bytes, now });
		expect(result.status).toBe('rejected');
		const issue = result.issues.find((i) => i.rule === rule);
		expect(issue, JSON.stringify(result.issues)).toBeDefined();
		expect(issue?.examples[0]?.line).toBe(at);
		expect(issue?.file).toBe('bad.csv');
		expect(await snapshot(db)).toEqual(before);
		await db.close();
	});
});

describe('importFile replaces a month, never doubles it', () => {
	it.each([
		{
			name: 'the same rows again change nothing',
			lines: [
				line({}),
				line({ id: 'b', type: 'Robbery' }),
				line({ id: '', type: 'Anti-social behaviour', outcome: '' })
			],
			status: 'unchanged',
			month: 'unchanged',
			counts: 'Anti-social behaviour=1;Burglary=1;Robbery=1'
		},
		{
			name: 'a revised outcome is stored as a revision with the same counts',
			lines: [
				line({ outcome: 'Suspect charged' }),
				line({ id: 'b', type: 'Robbery' }),
				line({ id: '', type: 'Anti-social behaviour', outcome: '' })
			],
			status: 'stored',
			month: 'revised',
			counts: 'Anti-social behaviour=1;Burglary=1;Robbery=1'
		},
		{
			name: 'a month with other counts replaces the stored one',
			lines: [line({}), line({ id: 'c' })],
			status: 'stored',
			month: 'replaced',
			counts: 'Burglary=2'
		}
	])('$name', async ({ lines, status, month, counts }) => {
		const db = await store();
		const result = await importFile({ db, name: 'again.csv', bytes: file(...lines), now });
		expect(result.status).toBe(status);
		expect(result.months.map((m) => m.status)).toEqual([month]);
		expect((await snapshot(db))[0]?.counts).toBe(counts);
		await db.close();
	});

	it('a dry run shows the plan and stores nothing', async () => {
		const db = await store();
		const before = await snapshot(db);
		const result = await importFile({
			db,
			name: 'july.csv',
			bytes: file(line({ month: '2021-07' })),
			now,
			dryRun: true
		});
		expect(result.status).toBe('planned');
		expect(result.months).toEqual([
			{
				source: 'police-street',
				area: 'City of London Police',
				month: '2021-07',
				status: 'new',
				oldRows: null,
				newRows: 1,
				changes: []
			}
		]);
		expect(await snapshot(db)).toEqual(before);
		await db.close();
	});
});

describe('importFile keeps file lines across what the CSV reader skips', () => {
	it('numbers rows after blank lines by their line in the file, and warns', async () => {
		const db = createNodeConnector();
		await applySchema({ db });
		const bytes = file(
			line({ id: 'a' }),
			'',
			line({ id: 'b' }),
			'\r',
			'',
			line({ id: 'c' }),
			'',
			''
		);
		const result = await importFile({ db, name: 'gaps.csv', bytes, now, chunkBytes: 200 });
		expect(result.status).toBe('stored');
		expect(result.issues.map((i) => [i.rule, i.severity, i.count])).toEqual([
			['csv-blank-line', 'warning', 3]
		]);
		const rows = await db.query({ sql: 'SELECT crime_id, source_row FROM incidents ORDER BY 2' });
		expect(rows).toEqual([
			{ crime_id: 'a', source_row: 2 },
			{ crime_id: 'b', source_row: 4 },
			{ crime_id: 'c', source_row: 7 }
		]);
		await db.close();
	});
	it.each([
		{ name: 'LF file with CRLF lines', breaks: ['\n', '\r\n', '\r\n', '\n', '\r\n'] },
		{ name: 'CRLF file with LF lines', breaks: ['\r\n', '\n', '\r\n', '\n', '\r\n'] }
	])('reads a $name, at any chunk size, with its lines numbered', async ({ breaks }) => {
		const lines = [HEADER, line({ id: 'a' }), '', line({ id: 'b' }), line({ id: 'c' }), ''];
		const text = lines.map((l, i) => l + (breaks[i] ?? '\n')).join('');
		for (const chunkBytes of [100, 200, 300, 1 << 20]) {
			const db = createNodeConnector();
			await applySchema({ db });
			const bytes = new TextEncoder().encode(text);
			const result = await importFile({ db, name: 'mixed.csv', bytes, now, chunkBytes });
			expect([chunkBytes, result.status]).toEqual([chunkBytes, 'stored']);
			const rows = await db.query({ sql: 'SELECT crime_id, source_row FROM incidents ORDER BY 2' });
			expect(rows).toEqual([
				{ crime_id: 'a', source_row: 2 },
				{ crime_id: 'b', source_row: 4 },
				{ crime_id: 'c', source_row: 5 }
			]);
			await db.close();
		}
	});
});

describe('importFile loads big files in chunks', () => {
	const months = Array.from({ length: 12 }, (_, i) => `2021-${String(i + 1).padStart(2, '0')}`);
	const lines = months.flatMap((month, i) => [
		line({ id: `a${i}`, month }),
		line({ id: `b${i}`, month, type: 'Drugs' })
	]);

	it('gives the same store, reports progress after each chunk, and numbers lines across chunks', async () => {
		const db = createNodeConnector();
		await applySchema({ db });
		const progress: number[] = [];
		const result = await importFile({
			db,
			name: 'year.csv',
			bytes: file(...lines),
			now,
			chunkBytes: 300,
			onProgress: (p) => progress.push(p.rows)
		});
		expect(result.status).toBe('stored');
		expect(progress.length).toBeGreaterThan(5);
		expect(progress.at(-1)).toBe(24);
		const totals = await db.query({
			sql: 'SELECT category, sum(count)::INTEGER AS n FROM monthly_counts GROUP BY ALL ORDER BY 1'
		});
		expect(totals).toEqual([
			{ category: 'Burglary', n: 12 },
			{ category: 'Drugs', n: 12 }
		]);
		const bad = [...lines];
		bad[20] = '1,2021-11,x';
		const rejected = await importFile({
			db,
			name: 'bad.csv',
			bytes: file(...bad),
			now,
			chunkBytes: 300
		});
		expect(rejected.issues.map((i) => [i.rule, i.examples[0]?.line])).toEqual([
			['csv-missing-columns', 22]
		]);
		await db.close();
	});

	it('stops between chunks when cancelled and leaves the store as it was', async () => {
		const db = await store();
		const before = await snapshot(db);
		const controller = new AbortController();
		const load = importFile({
			db,
			name: 'year.csv',
			bytes: file(...lines),
			now,
			chunkBytes: 300,
			signal: controller.signal,
			onProgress: (p) => p.rows >= 4 && controller.abort()
		});
		await expect(load).rejects.toThrow('Loading year.csv was cancelled; nothing was stored.');
		expect(await snapshot(db)).toEqual(before);
		await db.close();
	});
});

describe('importFile reads a Blob as it reads the same bytes in memory', () => {
	const lines = Array.from({ length: 300 }, (_, i) =>
		line({
			id: `c${i}`,
			type: i % 3 ? 'Burglary' : 'Robbery',
			month: i % 2 ? '2021-06' : '2021-07'
		})
	);
	const cases: { name: string; bytes: Uint8Array; expected: string; chunkBytes?: number }[] = [
		{
			name: 'police.uk street, in small chunks',
			bytes: file(...lines),
			expected: 'stored',
			chunkBytes: 1000
		},
		{
			name: 'police.uk street, Windows-1252',
			bytes: Uint8Array.from(`${HEADER}\n${line({ outcome: 'Caf\u00e9' })}\n`, (c) =>
				c.charCodeAt(0)
			),
			expected: 'stored'
		},
		{
			name: 'MOPAC wide table',
			bytes: new TextEncoder().encode(
				'MajorText,MinorText,BoroughName,202106,202107\nBurglary,Burglary - residential,Westminster,12,9\n'
			),
			expected: 'stored'
		},
		{
			name: 'a police.uk file with a line broken',
			bytes: file(line({}), 'abc,2021-06'),
			expected: 'rejected'
		}
	];
	it.each(cases)('$name', async ({ name, bytes, expected, chunkBytes }) => {
		const results = [];
		for (const body of [bytes, new Blob([bytes as BlobPart])]) {
			const db = await store();
			const result = await importFile({ db, name, bytes: body, now, chunkBytes });
			results.push({ ...result, snapshot: await snapshot(db) });
			await db.close();
		}
		expect(results[1]).toEqual(results[0]);
		expect(results.map((r) => r.status)).toEqual([expected, expected]);
	});
});
