import { describe, expect, it } from 'vitest';
import { parseMopacWide } from './parse-mopac-wide';

const parse = (text: string) => parseMopacWide({ text, fileName: 'mps.csv', today: '2025-03-15' });
const issuesOf = (text: string) =>
	parse(text).issues.map((i) => [i.rule, i.severity, i.line, i.column, i.value]);

describe('parseMopacWide', () => {
	it('unpivots month columns into counts with YYYY-MM-01 months', () => {
		const text = [
			'MajorText,MinorText,BoroughName,201004,201005',
			'THEFT,SHOPLIFTING,Barnet,12,7',
			'Theft,Bicycle Theft,KINGSTON UPON THAMES,0,3'
		].join('\r\n');
		const { rows, issues } = parse(text);
		expect(issues).toEqual([]);
		expect(rows.map((r) => [r.area, r.category, r.month, r.count, r.sourceRow])).toEqual([
			['Barnet', 'THEFT / SHOPLIFTING', '2010-04-01', 12, 2],
			['Barnet', 'THEFT / SHOPLIFTING', '2010-05-01', 7, 2],
			['Kingston upon Thames', 'THEFT / BICYCLE THEFT', '2010-04-01', 0, 3],
			['Kingston upon Thames', 'THEFT / BICYCLE THEFT', '2010-05-01', 3, 3]
		]);
		expect(rows[0]).toMatchObject({
			source: 'mopac',
			majorText: 'THEFT',
			minorText: 'SHOPLIFTING',
			ward: null
		});
	});

	it('reads a ward table in upper-case headers, keeping borough and ward', () => {
		const text = [
			'MAJORTEXT,MINORTEXT,WARDNAME,WARDCODE,LOOKUP_BOROUGHNAME,202401,202402',
			'BURGLARY,BURGLARY - RESIDENTIAL,Abbey,E05000026,Barking and Dagenham,4,6',
			'BURGLARY,BURGLARY - RESIDENTIAL,Abbey,E05000455,Merton,1,NULL'
		].join('\n');
		const { rows, issues } = parse(text);
		expect(rows.map((r) => [r.area, r.borough, r.ward, r.wardCode, r.month, r.count])).toEqual([
			[
				'Barking and Dagenham / Abbey',
				'Barking and Dagenham',
				'Abbey',
				'E05000026',
				'2024-01-01',
				4
			],
			[
				'Barking and Dagenham / Abbey',
				'Barking and Dagenham',
				'Abbey',
				'E05000026',
				'2024-02-01',
				6
			],
			['Merton / Abbey', 'Merton', 'Abbey', 'E05000455', '2024-01-01', 1]
		]);
		expect(issues.map((i) => [i.rule, i.severity, i.line, i.column])).toEqual([
			['count-missing', 'warning', 3, '202402']
		]);
	});

	it.each([
		['non-numeric', 'THEFT,OTHER,Barnet,12,lots', [['count-format', 'error', 2, '201005', 'lots']]],
		['negative', 'THEFT,OTHER,Barnet,-1,4', [['count-negative', 'error', 2, '201004', '-1']]],
		['fractional', 'THEFT,OTHER,Barnet,1.5,4', [['count-not-whole', 'error', 2, '201004', '1.5']]],
		['empty', 'THEFT,OTHER,Barnet,,4', [['count-missing', 'warning', 2, '201004', null]]],
		['no category', ',OTHER,Barnet,1,4', [['value-missing', 'error', 2, 'MajorText', null]]],
		['no borough', 'THEFT,OTHER,,1,4', [['value-missing', 'error', 2, 'BoroughName', null]]]
	])('reports a %s cell', (_, row, expected) => {
		expect(issuesOf(`MajorText,MinorText,BoroughName,201004,201005\n${row}`)).toEqual(expected);
	});

	it('reports a repeated row once and keeps the first', () => {
		const text =
			'MajorText,MinorText,BoroughName,201004\nTHEFT,OTHER,Barnet,1\nTheft,Other,BARNET,2';
		const { rows, issues } = parse(text);
		expect(rows.map((r) => r.count)).toEqual([1]);
		expect(issues.map((i) => [i.rule, i.line])).toEqual([['row-duplicate', 3]]);
	});

	it('skips month columns that are malformed or in the future', () => {
		const text =
			'MajorText,MinorText,BoroughName,202502,202503,202504,202513\nTHEFT,OTHER,Barnet,1,2,3,4';
		const { rows, issues } = parse(text);
		expect(rows.map((r) => r.month)).toEqual(['2025-02-01', '2025-03-01']);
		expect(issues.map((i) => [i.rule, i.line, i.column])).toEqual([
			['month-future', 1, '202504'],
			['month-format', 1, '202513']
		]);
	});

	it('returns no rows when the header is unusable', () => {
		const { rows, issues } = parse('MajorText,MinorText,201004\nTHEFT,OTHER,1');
		expect(rows).toEqual([]);
		expect(issues.map((i) => [i.rule, i.column])).toEqual([['header-missing', 'BoroughName']]);
	});
});
