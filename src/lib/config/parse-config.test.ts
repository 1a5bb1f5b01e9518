import { describe, expect, it } from 'vitest';
import { parseBreaks } from './parse-breaks';
import { parseGroups } from './parse-groups';
import { parsePopulations } from './parse-populations';
import { parseTargets } from './parse-targets';

const file = (header: string, ...lines: string[]) => ({
	text: [header, ...lines].join('\r\n'),
	fileName: 'x.csv'
});

describe('parseBreaks', () => {
	it('reads breaks, an empty category meaning every category', () => {
		const { rows, problems } = parseBreaks(
			file(
				'source,category,month,note',
				'police-street,Anti-social behaviour,2019-04,ASB reporting method changed',
				'police-street,,2020-01,"New crime system, all types"'
			)
		);
		expect(problems).toEqual([]);
		expect(rows).toEqual([
			{
				source: 'police-street',
				category: 'Anti-social behaviour',
				month: '2019-04',
				note: 'ASB reporting method changed'
			},
			{
				source: 'police-street',
				category: null,
				month: '2020-01',
				note: 'New crime system, all types'
			}
		]);
	});

	it.each([
		['police-street,ASB,2019-4,x', "Line 2 of 'x.csv': month '2019-4' must be"],
		['police-street,ASB,2019-04,', "Line 2 of 'x.csv': note is empty"],
		[',ASB,2019-04,x', "Line 2 of 'x.csv': source is empty"]
	])('rejects %s', (line, problem) => {
		const { rows, problems } = parseBreaks(file('source,category,month,note', line));
		expect(rows).toEqual([]);
		expect(problems[0]).toContain(problem);
	});

	it('names missing columns and accepts a header-only file', () => {
		expect(parseBreaks(file('source,month,note', 'a,2019-04,x')).problems).toEqual([
			"'x.csv' has no column category; its header must be source,category,month,note."
		]);
		expect(parseBreaks(file('source,category,month,note'))).toEqual({ rows: [], problems: [] });
	});
});

describe('parseGroups', () => {
	it('reads memberships once each, and rejects empty cells', () => {
		const { rows, problems } = parseGroups(
			file(
				'source,group,category',
				'police-street,violence,Robbery',
				'police-street,violence,Robbery',
				'police-street,,Drugs'
			)
		);
		expect(rows).toEqual([{ source: 'police-street', group: 'violence', category: 'Robbery' }]);
		expect(problems).toEqual([
			"Line 4 of 'x.csv': source, group and category must all be filled in."
		]);
	});
});

describe('parsePopulations', () => {
	it.each([
		['City of London Police,2021,residents,8600', { value: 8600 }, null],
		['City of London Police,2021,workday population,"513,000"', { value: 513000 }, null],
		['City of London Police,21,residents,8600', null, "year '21' must be a year"],
		['City of London Police,2021,residents,0', null, "value '0' must be a number above 0"],
		['City of London Police,2021,residents,', null, "value '' must be a number above 0"]
	])('%s', (line, row, problem) => {
		const parsed = parsePopulations(file('area,year,population,value', line));
		if (row) expect(parsed.rows[0]).toMatchObject({ year: 2021, ...row });
		if (problem) expect(parsed.problems[0]).toContain(problem);
	});

	it('rejects the same area, year and population twice', () => {
		const parsed = parsePopulations(
			file('area,year,population,value', 'A,2021,residents,1', 'A,2021,Residents,2')
		);
		expect(parsed.problems).toEqual(["Line 3 of 'x.csv': A Residents 2021 is given twice."]);
	});
});

describe('parseTargets', () => {
	const header = 'source,area,category,period,kind,value,baseline,close_margin,note';
	it.each([
		[
			'police-street,,Burglary,fy2021-22,threshold,300,,,At most 300',
			{ period: 'FY2021-22', kind: 'threshold', value: 300, baseline: null, area: null }
		],
		[
			'police-street,City of London Police,group:violence,,change-on-baseline,10,,5,',
			{ period: 'any', value: 10, baseline: 'base', closeMargin: 5, note: null }
		],
		[
			'police-street,,Anti-social behaviour,any,beat-baseline,,FY2013-14,,',
			{ baseline: 'FY2013-14', value: null }
		]
	])('reads %s', (line, expected) => {
		const { rows, problems } = parseTargets(file(header, line));
		expect(problems).toEqual([]);
		expect(rows[0]).toMatchObject(expected);
	});

	it.each([
		['police-street,,Burglary,any,reduce,10,,,', "kind 'reduce' must be threshold"],
		['police-street,,Burglary,any,threshold,,,,', 'a threshold target needs a value'],
		['police-street,,Burglary,any,threshold,5,base,,', 'a threshold target needs a value and no'],
		['police-street,,Burglary,any,change-on-baseline,,base,,', 'needs the percent change'],
		['police-street,,Burglary,any,beat-baseline,3,base,,', 'takes no value'],
		['police-street,,Burglary,2021-13,threshold,3,,,', 'Invalid period "2021-13"'],
		['police-street,,Burglary,any,threshold,-3,,,', "'-3' must be a number ≥ 0"]
	])('rejects %s', (line, problem) => {
		const { rows, problems } = parseTargets(file(header, line));
		expect(rows).toEqual([]);
		expect(problems[0]).toMatch(/^Line 2 of 'x.csv': /);
		expect(problems[0]).toContain(problem);
	});
});
