import { readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	HAVE_STREET_FIXTURES,
	STREET_2020,
	fixtureTitle,
	monthlyStreetFiles,
	plainCounts,
	plainSum
} from '../../tests/support/fixtures';
import { listMonths } from '../lib/periods/month';
import { importFile } from '../lib/store/import-file';
import { compareCommand, type CompareOptions } from './compare-command';
import type { comparisonJson } from './comparison-json';
import { openStore } from './open-store';

type Json = ReturnType<typeof comparisonJson>;
const ASB = 'Anti-social behaviour';
const ACQUISITIVE = [
	'Burglary',
	'Robbery',
	'Theft from the person',
	'Other theft',
	'Bicycle theft',
	'Vehicle crime',
	'Shoplifting'
];

describe.skipIf(!HAVE_STREET_FIXTURES)(
	fixtureTitle('compare on the real 2020–2021 police.uk files'),
	() => {
		const dataDir = mkdtempSync(join(tmpdir(), 'safer-city-compare-'));
		const counts = HAVE_STREET_FIXTURES ? plainCounts(monthlyStreetFiles()) : new Map();
		const sum = (start: string, end: string, type: string | null) =>
			plainSum({ counts, months: listMonths({ start, end }), type });
		let completeFile: Awaited<ReturnType<typeof importFile>>;
		let before: unknown[];
		let after: unknown[];

		beforeAll(async () => {
			const db = await openStore({ dataDir });
			const read = async (path: string) =>
				importFile({
					db,
					name: basename(path),
					bytes: readFileSync(path),
					now: new Date('2026-01-01')
				});
			for (const file of monthlyStreetFiles()) expect((await read(file)).status).toBe('stored');
			const snapshot = { sql: 'SELECT * FROM monthly_counts ORDER BY month, category' };
			before = await db.query(snapshot);
			completeFile = await read(join(STREET_2020, '2020-complete-city-of-london-street.csv'));
			after = await db.query(snapshot);
			await db.close();
		}, 120_000);
		afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

		async function compare(opts: Partial<CompareOptions>): Promise<Json> {
			const lines: string[] = [];
			const code = await compareCommand({
				dataDir,
				json: true,
				log: (l) => lines.push(l),
				...opts
			});
			expect(code, lines.join('\n')).toBe(0);
			return JSON.parse(lines.join('\n')) as Json;
		}

		function expectPlainCounts(result: Json, now: [string, string], then: [string, string]) {
			expect(result.rows.length).toBeGreaterThan(10);
			for (const row of result.rows) {
				const type = row.category === 'All crime' ? null : row.category;
				expect([row.category, row.now, row.then]).toEqual([
					row.category,
					sum(...now, type),
					sum(...then, type)
				]);
				expect(row.change).toBe(row.now - row.then);
			}
		}

		it('the 2020 file holding the whole year (less October) changes nothing', () => {
			expect(completeFile.status).toBe('unchanged');
			expect(completeFile.months.map((m) => m.status)).toEqual(Array(11).fill('unchanged'));
			expect(after).toEqual(before);
		});

		it.each([
			[
				'FY2021-22:Q1',
				'yoy',
				['2021-04', '2021-06'],
				['2020-04', '2020-06'],
				'Q1 2021-22 (April–June 2021) compared with Q1 2020-21 (April–June 2020)'
			],
			[
				'YE2021-12',
				'yoy',
				['2021-01', '2021-12'],
				['2020-01', '2020-12'],
				'year ending December 2021 compared with year ending December 2020'
			],
			[
				'FY2020-21',
				'2020',
				['2020-04', '2021-03'],
				['2020-01', '2020-12'],
				'2020-21 compared with 2020'
			],
			[
				'FY2021-22:Q1',
				'previous',
				['2021-04', '2021-06'],
				['2021-01', '2021-03'],
				'Q1 2021-22 (April–June 2021) compared with Q4 2020-21 (January–March 2021)'
			]
		] as const)(
			'%s against %s equals plain counts of the CSVs',
			async (period, vs, now, then, label) => {
				const result = await compare({ period, vs });
				expect([result.comparedLabel, result.complete]).toEqual([label, true]);
				expectPlainCounts(result, [...now], [...then]);
			}
		);

		it('FY2020-21 against 2019-20 compares only January–March, the months with data on both sides', async () => {
			const result = await compare({ period: 'FY2020-21' });
			expect([result.complete, result.inProgress, result.comparedLabel]).toEqual([
				false,
				false,
				'January–March 2021 compared with January–March 2020'
			]);
			expect(result.missing.then).toEqual(listMonths({ start: '2019-04', end: '2019-12' }));
			expectPlainCounts(result, ['2021-01', '2021-03'], ['2020-01', '2020-03']);
		});

		it('FY2021-22 is reported incomplete, April–December compared with April–December', async () => {
			const result = await compare({ period: 'FY2021-22' });
			expect([result.complete, result.inProgress, result.comparedLabel]).toEqual([
				false,
				true,
				'April–December 2021 compared with April–December 2020'
			]);
			expect(result.missing).toEqual({ now: ['2022-01', '2022-02', '2022-03'], then: [] });
			expectPlainCounts(result, ['2021-04', '2021-12'], ['2020-04', '2020-12']);
			for (const row of result.rows) {
				expect(row.narrative).toContain(
					'in April–December 2021 compared with April–December 2020; 2021-22 is not yet complete'
				);
				expect(row.narrative).not.toMatch(/n\/a|∞|NaN|Infinity/);
			}
		});

		it('groups add up their categories and rates name their denominator', async () => {
			const result = await compare({
				period: 'YE2021-12',
				group: 'acquisitive crime',
				rate: 'residents'
			});
			const [group, ...members] = result.rows;
			const plain = (start: string, end: string) =>
				ACQUISITIVE.reduce((t, type) => t + sum(start, end, type), 0);
			expect([group!.category, group!.now, group!.then]).toEqual([
				'group:acquisitive crime',
				plain('2021-01', '2021-12'),
				plain('2020-01', '2020-12')
			]);
			expect(members.map((m) => m.category).sort()).toEqual([...ACQUISITIVE].sort());
			expect(result.rate!.label).toBe('per 1,000 residents (2021)');
			expect(group!.rate!.now).toBeCloseTo((group!.now / 8600) * 1000, 10);
			expect(group!.significance.verdict).toMatch(/normal variation/);
			expect(typeof group!.smallNumbers).toBe('boolean');
			expect(group!.comparable).toBe(true);
		});

		it('ASB carries the example target and every row a sentence', async () => {
			const result = await compare({ period: 'FY2021-22:Q1' });
			const asb = result.rows.find((r) => r.category === ASB)!;
			expect(asb.target).toMatchObject({ kind: 'change-on-baseline', value: 10, baseline: 'base' });
			expect(['on target', 'close', 'off target']).toContain(asb.target!.status);
			expect(['green', 'amber', 'red']).toContain(asb.target!.rag);
			expect(result.rows.every((r) => r.narrative.endsWith('.'))).toBe(true);
		});
	}
);
