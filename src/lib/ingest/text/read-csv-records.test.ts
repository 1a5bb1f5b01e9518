import { describe, expect, it } from 'vitest';
import { readCsvRecords } from './read-csv-records';

const read = (text: string) => readCsvRecords({ text, fileName: 'f.csv' });
const brief = (text: string) => {
	const { header, records, issues } = read(text);
	return {
		header,
		records: records.map((r) => [r.line, ...r.cells]),
		issues: issues.map((i) => [i.rule, i.line, i.severity])
	};
};

describe('readCsvRecords', () => {
	it.each([
		[
			'LF',
			'a,b\n1,2\n3,4\n',
			[
				[2, '1', '2'],
				[3, '3', '4']
			],
			[]
		],
		[
			'CRLF',
			'a,b\r\n1,2\r\n3,4\r\n',
			[
				[2, '1', '2'],
				[3, '3', '4']
			],
			[]
		],
		[
			'mixed endings',
			'a,b\r\n1,2\n3,4\r5,6',
			[
				[2, '1', '2'],
				[3, '3', '4'],
				[4, '5', '6']
			],
			[]
		],
		['BOM', '\uFEFFa,b\n1,2', [[2, '1', '2']], []],
		[
			'quoted newline',
			'a,b\n"x\r\ny",2\n3,4',
			[
				[2, 'x\ny', '2'],
				[4, '3', '4']
			],
			[]
		],
		[
			'two quoted newlines',
			'a,b\n"1\n2\n3",4\n5,6\n',
			[
				[2, '1\n2\n3', '4'],
				[5, '5', '6']
			],
			[]
		],
		[
			'blank line in the middle',
			'a,b\n1,2\n\n,\n3,4\n\n',
			[
				[2, '1', '2'],
				[5, '3', '4']
			],
			[
				['csv-blank-line', 3, 'warning'],
				['csv-blank-line', 4, 'warning']
			]
		],
		[
			'Excel trailing commas',
			'a,b\n1,2,,\n3,4\n',
			[
				[2, '1', '2'],
				[3, '3', '4']
			],
			[['csv-trailing-empty-fields', 2, 'warning']]
		],
		['short row', 'a,b,c\n1,2\n4,5,6', [[3, '4', '5', '6']], [['csv-missing-columns', 2, 'error']]],
		['long row', 'a,b\n1,2,3\n4,5', [[3, '4', '5']], [['csv-too-many-columns', 2, 'error']]],
		[
			'quote inside a bare field is kept',
			'a,b\n1,x"y\n4,5',
			[
				[2, '1', 'x"y'],
				[3, '4', '5']
			],
			[]
		],
		['text after a closing quote', 'a,b\n"1"x,2\n4,5', [], [['csv-unclosed-quote', 2, 'error']]],
		[
			'unclosed quote',
			'a,b\n1,2\n3,"four\n5,6\n',
			[[2, '1', '2']],
			[['csv-unclosed-quote', 3, 'error']]
		],
		['header only', 'a,b\n', [], [['no-rows', null, 'error']]],
		['empty', '', [], [['empty-file', null, 'error']]],
		['whitespace only', ' \n\n', [], [['empty-file', null, 'error']]]
	])('%s', (_, text, records, issues) => {
		const result = brief(text);
		expect(result.records).toEqual(records);
		expect(result.issues).toEqual(issues);
	});

	it('keeps the header cells as written, BOM removed', () => {
		expect(read('\uFEFF Crime ID ,Month\n1,2').header).toEqual([' Crime ID ', 'Month']);
	});

	it('refuses a single-line file longer than 1 MB without parsing it', () => {
		const text = 'x,'.repeat(600_000);
		expect(brief(text).issues).toEqual([['csv-line-size-over-maximum', 1, 'error']]);
	});
});
