import { describe, expect, it } from 'vitest';
import { storeSnapshot } from '../../../tests/support/store-snapshot';
import { createNodeConnector } from '../db/node-connector.server';
import { applySchema } from './apply-schema';
import { listUploadsSql } from '../db/sql/uploads-sql';
import { importFile } from './import-file';

const now = new Date('2025-06-30T00:00:00Z');
const utf8 = (text: string) => new TextEncoder().encode(text);

const LONG = [
	'period,area,measure,value,unit,target,direction',
	'2017-06,City of London,Reports on the day,80,percent,60,up',
	'2017-Q3,City of London,Reports on the day,78.5,percent,60,up',
	'2017/18,City of London,Victims satisfied,91,percent,90,up',
	'2017/18,Hackney,Victims satisfied,85,percent,,up'
];
const WIDE = [
	'Area,Measure,Unit,Target,Direction,2016/17,2017/18',
	'"City of London","ASB incidents, all",count,,down,412,388'
];

/** The months a period label spans, written out by hand for the labels above. */
const SPANS: Record<string, string[]> = {
	'2017-06': ['2017-06'],
	'2017-Q3': ['2017-07', '2017-08', '2017-09'],
	'2016/17': [
		'2016-04',
		'2016-05',
		'2016-06',
		'2016-07',
		'2016-08',
		'2016-09',
		'2016-10',
		'2016-11',
		'2016-12',
		'2017-01',
		'2017-02',
		'2017-03'
	],
	'2017/18': [
		'2017-04',
		'2017-05',
		'2017-06',
		'2017-07',
		'2017-08',
		'2017-09',
		'2017-10',
		'2017-11',
		'2017-12',
		'2018-01',
		'2018-02',
		'2018-03'
	]
};

describe('partner measures through importFile', () => {
	it.each([
		{ layout: 'measures-long', lines: LONG, rows: 4 },
		{ layout: 'measures-wide', lines: WIDE, rows: 2 }
	])(
		'stores $layout as measures with one stored month per month of each period',
		async ({ layout, lines, rows }) => {
			const db = createNodeConnector();
			await applySchema({ db });
			const bytes = utf8(lines.join('\r\n') + '\r\n\r\n');
			const result = await importFile({ db, name: 'partners.csv', bytes, now });
			expect(result).toMatchObject({ format: layout, status: 'stored', rows, issues: [] });
			const stored = await db.query<{ area: string; period: string; months: number }>({
				sql: `SELECT area, period, value, unit, target, direction,
				strftime(period_start, '%Y-%m') AS first, strftime(period_end, '%Y-%m') AS last
				FROM current_measures ORDER BY source_row, period_start`
			});
			const expected = lines.slice(1).flatMap((line) => {
				const cells = line
					.match(/("[^"]*"|[^,]*)(,|$)/g)!
					.map((c) => c.replace(/,$/, '').replace(/"/g, ''));
				if (layout === 'measures-long') {
					const [period, area, , value, unit, target, direction] = cells;
					return [
						{
							period,
							area,
							value: Number(value),
							unit,
							target: target ? Number(target) : null,
							direction
						}
					];
				}
				return ['2016/17', '2017/18'].map((period, i) => ({
					period,
					area: cells[0],
					value: Number(cells[5 + i]),
					unit: cells[2],
					target: null,
					direction: cells[4]
				}));
			});
			expect(stored).toEqual(
				expected.map((m) => ({ ...m, first: SPANS[m.period!]![0], last: SPANS[m.period!]!.at(-1) }))
			);
			const months = await db.query<{ key: string }>({
				sql: `SELECT area || '|' || strftime(month, '%Y-%m') AS key FROM upload_months ORDER BY 1`
			});
			const wanted = new Set(
				expected.flatMap((m) => SPANS[m.period!]!.map((month) => `${m.area}|${month}`))
			);
			expect(months.map((m) => m.key)).toEqual([...wanted].sort());
			expect(result.months.map((m) => m.status)).toEqual(Array(wanted.size).fill('new'));
			const [upload] = await db.query({ sql: 'SELECT rows, months FROM uploads' });
			expect(upload).toEqual({
				rows,
				months: new Set(expected.flatMap((m) => SPANS[m.period!]!)).size
			});

			const before = await storeSnapshot(db);
			const again = await importFile({ db, name: 'partners.csv', bytes, now });
			expect(again.status).toBe('unchanged');
			expect(await storeSnapshot(db)).toEqual(before);
			await db.close();
		}
	);

	it('marks months whose figures changed as revised and shows the new figures', async () => {
		const db = createNodeConnector();
		await applySchema({ db });
		await importFile({ db, name: 'v1.csv', bytes: utf8(LONG.join('\n')), now });
		const revised = LONG.map((l) => l.replace('78.5', '79'));
		const result = await importFile({ db, name: 'v2.csv', bytes: utf8(revised.join('\n')), now });
		expect(result.status).toBe('stored');
		const statuses = Object.fromEntries(
			result.months.map((m) => [`${m.area}|${m.month}`, m.status])
		);
		// Only the months of 2017-Q3 hold a changed figure; the months around them are as they were.
		const revisedMonths = result.months.filter((m) => m.status === 'revised');
		expect(revisedMonths.map((m) => `${m.area}|${m.month}`)).toEqual(
			SPANS['2017-Q3']!.map((month) => `City of London|${month}`)
		);
		expect(statuses['City of London|2017-06']).toBe('unchanged');
		expect(statuses['Hackney|2017-08']).toBe('unchanged');
		const values = await db.query({
			sql: `SELECT period, value FROM current_measures WHERE area = 'City of London' ORDER BY period`
		});
		expect(values).toEqual([
			{ period: '2017-06', value: 80 },
			{ period: '2017-Q3', value: 79 },
			{ period: '2017/18', value: 91 }
		]);
		await db.close();
	});
});

describe('a measures file replaces exactly the measures it holds', () => {
	const THREE = [
		'period,area,measure,value,unit,target,direction',
		'2021-06,City of London,Reports on the day,80,percent,60,up',
		'2021-06,City of London,Victims satisfied,91,percent,90,up',
		'2021-06,City of London,Cases open,42,count,,down'
	];

	it.each([
		{
			name: 'one measure revised',
			line: '2021-06,City of London,Reports on the day,82,percent,60,up',
			status: 'revised',
			newRows: 3,
			current: { 'Cases open': 42, 'Reports on the day': 82, 'Victims satisfied': 91 }
		},
		{
			name: 'one measure as stored',
			line: '2021-06,City of London,Victims satisfied,91,percent,90,up',
			status: 'unchanged',
			newRows: 3,
			current: { 'Cases open': 42, 'Reports on the day': 80, 'Victims satisfied': 91 }
		},
		{
			name: 'a new measure',
			line: '2021-06,City of London,Referrals,7,count,,up',
			status: 'revised',
			newRows: 4,
			current: { 'Cases open': 42, Referrals: 7, 'Reports on the day': 80, 'Victims satisfied': 91 }
		}
	])(
		'$name: the others stay current and the plan names them',
		async ({ line, status, newRows, current }) => {
			const db = createNodeConnector();
			await applySchema({ db });
			await importFile({ db, name: 'three.csv', bytes: utf8(THREE.join('\n')), now });
			const bytes = utf8([THREE[0], line].join('\n'));
			const plan = await importFile({ db, name: 'one.csv', bytes, now, dryRun: true });
			const measure = line.split(',')[2]!;
			const kept = ['Cases open', 'Reports on the day', 'Victims satisfied'].filter(
				(m) => m !== measure
			);
			expect(plan.months).toEqual([
				expect.objectContaining({
					area: 'City of London',
					month: '2021-06',
					status,
					oldRows: 3,
					newRows,
					kept
				})
			]);
			await importFile({ db, name: 'one.csv', bytes, now });
			const rows = await db.query<{ measure: string; value: number }>({
				sql: 'SELECT measure, value FROM current_measures ORDER BY measure'
			});
			expect(Object.fromEntries(rows.map((r) => [r.measure, r.value]))).toEqual(current);
			const uploads = await db.query({
				sql:
					'SELECT file_name, current_months FROM (' + listUploadsSql().sql + ') ORDER BY file_name'
			});
			expect(uploads).toEqual(
				status === 'unchanged'
					? [{ file_name: 'three.csv', current_months: 1 }]
					: [
							{ file_name: 'one.csv', current_months: 1 },
							{ file_name: 'three.csv', current_months: 1 }
						]
			);
			await db.close();
		}
	);
});
