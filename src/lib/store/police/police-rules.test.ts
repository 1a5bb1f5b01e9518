import { describe, expect, it } from 'vitest';
import { schemaStore } from '../../../../tests/support/sql-cases';
import { stagePoliceRows, type PoliceTestRow } from '../../../../tests/support/police-stage';
import { POLICE_RULES } from './police-rules';
import { trimmedStageSql } from './stage-police-street-sql';

const ctx = { firstFutureMonth: '2026-12-01' };

/** Per rule: rows that break it, and rows that pass it. */
const cases: { rule: string; bad: PoliceTestRow[]; good: PoliceTestRow[] }[] = [
	{
		rule: 'month-format',
		bad: [{ month_text: '2021/06' }, { month_text: '2021-13' }, { month_text: ' ' }],
		good: [{ month_text: '2021-06' }, { month_text: ' 2021-12 ' }]
	},
	{
		rule: 'month-future',
		bad: [{ month_text: '2026-12' }, { month_text: '2031-01' }],
		good: [{ month_text: '2026-11' }, { month_text: '2026/12' }]
	},
	{ rule: 'falls-within-missing', bad: [{ area: '' }, { area: '  ' }], good: [{}] },
	{ rule: 'crime-type-missing', bad: [{ category: '' }], good: [{ category: 'Drugs' }] },
	{
		rule: 'crime-type-unknown',
		bad: [{ category: 'Burglarly' }, { category: 'anti-social behaviour' }],
		good: [
			{ category: 'Anti-social behaviour' },
			{ category: 'Violence and sexual offences' },
			{ category: '' }
		]
	},
	{
		rule: 'coordinate-format',
		bad: [{ longitude_text: 'west' }, { latitude_text: '51.5N' }],
		good: [{}, { longitude_text: '', latitude_text: '' }, { longitude_text: ' -0.1 ' }]
	},
	{
		rule: 'grid-reference-format',
		bad: [{ easting_text: '532500m', northing_text: '181500' }],
		good: [{ easting_text: '532500', northing_text: '181500' }, {}]
	},
	{
		rule: 'month-before-police-uk',
		bad: [{ month_text: '1899-12' }, { month_text: ' 2010-11' }],
		good: [{ month_text: '2010-12' }, { month_text: '0000-00' }, { month_text: '2021-06' }]
	}
];

describe('POLICE_RULES', () => {
	it('has one case here per rule', () => {
		expect(cases.map((c) => c.rule)).toEqual(POLICE_RULES.map((r) => r.rule));
	});

	it.each(cases)(
		'$rule: true for exactly the rows breaking it, its own values bound',
		async (c) => {
			const rule = POLICE_RULES.find((r) => r.rule === c.rule)!;
			const when = rule.when(ctx);
			const db = await schemaStore();
			await stagePoliceRows({ db, rows: [...c.good, ...c.bad] });
			const rows = await db.query<{ line: number; value: string | null }>({
				sql: `SELECT s.row_index + 2 AS line, ${rule.field} AS value FROM ${trimmedStageSql()}
WHERE ${when.sql} ORDER BY line`,
				params: when.params
			});
			await db.close();
			const badLines = c.bad.map((_, i) => c.good.length + i + 2);
			expect(rows.map((r) => Number(r.line))).toEqual(badLines);
		}
	);
});
