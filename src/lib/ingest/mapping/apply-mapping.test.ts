import { describe, expect, it } from 'vitest';
import { applyMapping } from './apply-mapping';
import { isColumnMapping, type ColumnMapping } from './column-mapping';
import { headerSignature } from './header-signature';

const TODAY = '2025-03-15';
const base: ColumnMapping = {
	name: 'victims',
	date: 'Referral date',
	categories: ['Crime group'],
	value: 'count-rows',
	area: { fixed: 'City of London' }
};
const run = (lines: string[], mapping: Partial<ColumnMapping> = {}) =>
	applyMapping({
		text: lines.join('\r\n'),
		fileName: 'v.csv',
		mapping: { ...base, ...mapping },
		today: TODAY
	});
const brief = (result: ReturnType<typeof run>) => ({
	rows: result.rows.map((r) => [r.source, r.area, r.category, r.month, r.count, r.sourceRow]),
	issues: result.issues.map((i) => [i.rule, i.severity, i.line, i.column])
});

describe('applyMapping', () => {
	it.each([
		{
			name: 'counts rows per category and month, any day format',
			lines: [
				'Referral date,Crime group',
				'2024-01-05,Theft',
				'31/01/2024,Theft',
				'02 Feb 2024,"Violence, with injury"'
			],
			mapping: {},
			rows: [
				['custom:victims', 'City of London', 'Theft', '2024-01-01', 2, 2],
				['custom:victims', 'City of London', 'Violence, with injury', '2024-02-01', 1, 4]
			],
			issues: [
				['date-formats-mixed', 'warning', 3, 'Referral date'],
				['date-formats-mixed', 'warning', 4, 'Referral date']
			]
		},
		{
			name: 'adds up a value column, months as YYYY-MM or YYYYMM, two category columns, an area column',
			lines: [
				'Month,Group,Type,Borough,Total',
				'2024-01,Theft,Bike,Hackney,3',
				'202401,Theft,Bike,Hackney,"1,204"',
				'2024-02,Theft,,Camden,0'
			],
			mapping: {
				date: 'month',
				categories: ['Group', 'Type'],
				value: { column: 'TOTAL' },
				area: { column: 'Borough' }
			},
			rows: [
				['custom:victims', 'Hackney', 'Theft / Bike', '2024-01-01', 1207, 2],
				['custom:victims', 'Camden', 'Theft / Not recorded', '2024-02-01', 0, 4]
			],
			issues: [['value-missing', 'warning', 4, 'Type']]
		},
		{
			name: 'never drops a row silently',
			lines: [
				'Referral date,Crime group,n',
				'2024-13-01,Theft,1',
				'2030-01-01,Theft,1',
				'2024-01-01,Theft,',
				'2024-01-01,Theft,x',
				'2024-01-01,,2'
			],
			mapping: { value: { column: 'n' } },
			rows: [['custom:victims', 'City of London', 'Not recorded', '2024-01-01', 2, 6]],
			issues: [
				['date-format', 'error', 2, 'Referral date'],
				['date-future', 'error', 3, 'Referral date'],
				['count-missing', 'warning', 4, 'n'],
				['count-format', 'error', 5, 'n'],
				['value-missing', 'warning', 6, 'Crime group']
			]
		},
		{
			name: 'names columns the file lacks',
			lines: ['Date,Group', '2024-01-01,Theft'],
			mapping: {},
			rows: [],
			issues: [
				['header-missing', 'error', 1, 'Referral date'],
				['header-missing', 'error', 1, 'Crime group']
			]
		}
	])('$name', ({ lines, mapping, rows, issues }) => {
		expect(brief(run(lines, mapping))).toEqual({ rows, issues });
	});

	it('says which columns the file has when a mapped one is missing', () => {
		const [issue] = run(['Date,Group', '2024-01-01,Theft']).issues;
		expect(issue?.expected).toBe(
			"a column named 'Referral date', as in the mapping 'victims' (the file has Date, Group)"
		);
	});

	it.each([
		[base, true],
		[{ ...base, value: { column: 'n' }, area: { column: 'Borough' } }, true],
		[{ ...base, categories: [] }, false],
		[{ ...base, name: ' ' }, false],
		[{ ...base, value: 'sum' }, false],
		[{ ...base, area: {} }, false],
		[null, false]
	])('isColumnMapping(%j) is %s', (value, ok) => {
		expect(isColumnMapping(value)).toBe(ok);
	});

	it('identifies a header whatever its case, spacing or BOM', () => {
		expect(headerSignature({ header: ['\uFEFFReferral Date', ' Crime group'] })).toBe(
			headerSignature({ header: ['referral date', 'CRIME GROUP'] })
		);
	});
});
