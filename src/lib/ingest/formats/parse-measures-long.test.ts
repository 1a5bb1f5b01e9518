import { describe, expect, it } from 'vitest';
import { parseMeasuresLong } from './parse-measures-long';

const HEADER = 'period,area,measure,value,unit,target,direction';
const parse = (rows: string[], header = HEADER, defaults = {}) =>
	parseMeasuresLong({
		text: [header, ...rows].join('\n'),
		fileName: 'p.csv',
		today: '2025-03-15',
		defaults
	});
const issuesOf = (row: string) =>
	parse([row]).issues.map((i) => [i.rule, i.severity, i.line, i.column, i.value]);

describe('parseMeasuresLong', () => {
	it('reads months, quarters and financial years', () => {
		const { rows, issues } = parse([
			'2017-06,City of London,Reports on the day,80,percent,60,up',
			'2017-Q2,City of London,ASB incidents,14,count,,down',
			'2017/18,City of London,Victims satisfied,91.5%,Percent,90,UP',
			'2013-14,City of London,ASB incidents,120,count,,down'
		]);
		expect(issues).toEqual([]);
		expect(
			rows.map((r) => [
				r.period,
				r.periodStart,
				r.periodEnd,
				r.value,
				r.unit,
				r.target,
				r.direction
			])
		).toEqual([
			['2017-06', '2017-06-01', '2017-06-01', 80, 'percent', 60, 'up'],
			['2017-Q2', '2017-04-01', '2017-06-01', 14, 'count', null, 'down'],
			['2017/18', '2017-04-01', '2018-03-01', 91.5, 'percent', 90, 'up'],
			['2013-14', '2013-04-01', '2014-03-01', 120, 'count', null, 'down']
		]);
		expect(rows[0]).toMatchObject({
			source: 'measures',
			area: 'City of London',
			measure: 'Reports on the day',
			sourceRow: 2
		});
	});

	it('accepts upper-case headers in another order', () => {
		const { rows } = parse(
			['down,count,ASB,City,2017-06,5'],
			'DIRECTION,Unit,Measure,AREA,Period,Value'
		);
		expect(
			rows.map((r) => [r.period, r.area, r.measure, r.value, r.unit, r.direction, r.target])
		).toEqual([['2017-06', 'City', 'ASB', 5, 'count', 'down', null]]);
	});

	it.each([
		[
			'a bad period',
			'06/2017,City,ASB,5,count,,down',
			['period-format', 'error', 2, 'period', '06/2017']
		],
		[
			'a future period',
			'2025-04,City,ASB,5,count,,down',
			['period-future', 'error', 2, 'period', '2025-04']
		],
		[
			'a non-numeric value',
			'2017-06,City,ASB,n/a,count,,down',
			['value-format', 'error', 2, 'value', 'n/a']
		],
		[
			'an empty value',
			'2017-06,City,ASB,,count,,down',
			['value-missing', 'warning', 2, 'value', '']
		],
		[
			'a bad unit',
			'2017-06,City,ASB,5,pounds,,down',
			['unit-unknown', 'error', 2, 'unit', 'pounds']
		],
		[
			'a bad direction',
			'2017-06,City,ASB,5,count,,better',
			['direction-unknown', 'error', 2, 'direction', 'better']
		],
		[
			'a negative count',
			'2017-06,City,ASB,-5,count,,down',
			['count-negative', 'error', 2, 'value', '-5']
		],
		[
			'a percentage over 100',
			'2017-06,City,On time,120,percent,,up',
			['percent-range', 'warning', 2, 'value', '120']
		],
		[
			'a bad target',
			'2017-06,City,ASB,5,count,fewer,down',
			['target-format', 'warning', 2, 'target', 'fewer']
		],
		['an empty area', '2017-06,,ASB,5,count,,down', ['value-missing', 'error', 2, 'area', '']],
		[
			'an ambiguous period',
			'2011-12,City,ASB,5,count,,down',
			['period-ambiguous', 'warning', 2, 'period', '2011-12']
		]
	])('reports %s', (_, row, expected) => {
		expect(issuesOf(row)).toEqual([expected]);
	});

	it('reads an ambiguous period like the rest of the file', () => {
		const { rows, issues } = parse([
			'2011-11,City,ASB,5,count,,down',
			'2011-12,City,ASB,6,count,,down'
		]);
		expect(issues).toEqual([]);
		expect(rows.map((r) => [r.period, r.periodStart, r.periodEnd])).toEqual([
			['2011-11', '2011-11-01', '2011-11-01'],
			['2011-12', '2011-12-01', '2011-12-01']
		]);
	});

	it('refuses a repeat of the same period, area and measure', () => {
		const { rows, issues } = parse([
			'2017-06,City,ASB,5,count,,down',
			'2017-06,city,asb,6,count,,down'
		]);
		expect(rows.map((r) => r.value)).toEqual([5]);
		expect(issues.map((i) => [i.rule, i.line, i.expected])).toEqual([
			['row-duplicate', 3, 'one value per period, area and measure (first on line 2)']
		]);
	});

	it('needs unit and direction from the file or from defaults', () => {
		const header = 'period,area,measure,value';
		expect(parse(['2017-06,City,ASB,5'], header).issues.map((i) => [i.rule, i.column])).toEqual([
			['header-missing', 'unit'],
			['header-missing', 'direction']
		]);
		const { rows } = parse(['2017-06,City,ASB,5'], header, { unit: 'count', direction: 'down' });
		expect(rows.map((r) => [r.unit, r.direction])).toEqual([['count', 'down']]);
	});
});
