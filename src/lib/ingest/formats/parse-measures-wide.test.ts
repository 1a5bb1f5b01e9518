import { describe, expect, it } from 'vitest';
import { parseMeasuresWide } from './parse-measures-wide';

const parse = (lines: string[], defaults = {}) =>
	parseMeasuresWide({ text: lines.join('\n'), fileName: 'w.csv', today: '2025-03-15', defaults });

describe('parseMeasuresWide', () => {
	it('turns each period cell into a measure row', () => {
		const { rows, issues } = parse([
			'Area,Measure,Unit,Target,Direction,2016/17,2017/18',
			'City of London,Reports on the day,percent,60,up,75,80',
			'City of London,ASB incidents,count,,down,130,'
		]);
		expect(
			rows.map((r) => [
				r.measure,
				r.period,
				r.periodStart,
				r.periodEnd,
				r.value,
				r.target,
				r.sourceRow
			])
		).toEqual([
			['Reports on the day', '2016/17', '2016-04-01', '2017-03-01', 75, 60, 2],
			['Reports on the day', '2017/18', '2017-04-01', '2018-03-01', 80, 60, 2],
			['ASB incidents', '2016/17', '2016-04-01', '2017-03-01', 130, null, 3]
		]);
		expect(issues.map((i) => [i.rule, i.severity, i.line, i.column])).toEqual([
			['value-missing', 'warning', 3, '2017/18']
		]);
	});

	it('uses defaults when unit and direction columns are absent', () => {
		const { rows } = parse(['area,measure,2017-Q1,2017-Q2', 'City,ASB,12,9'], {
			unit: 'count',
			direction: 'down'
		});
		expect(rows.map((r) => [r.period, r.periodStart, r.value, r.unit, r.direction])).toEqual([
			['2017-Q1', '2017-01-01', 12, 'count', 'down'],
			['2017-Q2', '2017-04-01', 9, 'count', 'down']
		]);
	});

	it.each([
		[
			'no period columns',
			['area,measure,unit,direction,notes', 'City,ASB,count,down,x'],
			['header-no-periods', null]
		],
		[
			'no direction',
			['area,measure,unit,2017-06', 'City,ASB,count,5'],
			['header-missing', 'direction']
		],
		[
			'a non-numeric cell',
			['area,measure,unit,direction,2017-06', 'City,ASB,count,down,many'],
			['value-format', '2017-06']
		],
		[
			'a future period column',
			['area,measure,unit,direction,2025-Q2', 'City,ASB,count,down,5'],
			['period-future', '2025-Q2']
		],
		[
			'a repeated row',
			['area,measure,unit,direction,2017-06', 'City,ASB,count,down,5', 'City,ASB,count,down,6'],
			['row-duplicate', null]
		]
	])('reports %s', (_, lines, expected) => {
		expect(parse(lines).issues.map((i) => [i.rule, i.column])).toContainEqual(expected);
	});

	it('reads 2011-12 as a month beside other months', () => {
		const { rows } = parse([
			'area,measure,unit,direction,2011-11,2011-12',
			'City,ASB,count,down,5,6'
		]);
		expect(rows.map((r) => r.periodStart)).toEqual(['2011-11-01', '2011-12-01']);
	});
});
