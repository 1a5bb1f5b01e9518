import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../validation/ingest-error';
import { isZip, unzipCsvs } from './unzip-csvs';

const issueOf = (fn: () => unknown) => {
	try {
		fn();
	} catch (e) {
		if (e instanceof IngestError) return e.issue;
	}
	throw new Error('expected an IngestError');
};

describe('unzipCsvs', () => {
	it('returns CSV entries in name order, skipping folders and macOS metadata', () => {
		const bytes = zipSync({
			'2021-03/': {},
			'2021-03/2021-03-city-of-london-street.csv': strToU8('Crime ID,Month\n,2021-03\n'),
			'2021-02/2021-02-city-of-london-street.CSV': strToU8('Crime ID,Month\n'),
			'__MACOSX/2021-03/._2021-03-city-of-london-street.csv': strToU8('junk'),
			'readme.txt': strToU8('hello')
		});
		const entries = unzipCsvs({ bytes });
		expect(entries.map((e) => e.name)).toEqual([
			'2021-02/2021-02-city-of-london-street.CSV',
			'2021-03/2021-03-city-of-london-street.csv'
		]);
		expect(new TextDecoder().decode(entries[1]?.bytes)).toBe('Crime ID,Month\n,2021-03\n');
	});

	it.each([
		['no CSV', zipSync({ 'readme.txt': strToU8('x') }), 'zip-no-csv', 'readme.txt'],
		['an empty archive', zipSync({}), 'zip-no-csv', 'nothing'],
		[
			'an xlsx workbook',
			zipSync({ '[Content_Types].xml': strToU8('<x/>'), 'xl/workbook.xml': strToU8('<w/>') }),
			'zip-no-csv',
			'an Excel .xlsx workbook'
		],
		[
			'a zip inside the zip',
			zipSync({ '2021-03.zip': zipSync({ 'a.csv': strToU8('a\n1\n') }) }),
			'zip-no-csv',
			'only another zip archive: 2021-03.zip'
		],
		[
			'a truncated archive',
			zipSync({ 'a.csv': strToU8('a,b\n1,2\n'.repeat(50)) }).subarray(0, 40),
			'zip-unreadable',
			null
		]
	])('reports %s', (_, bytes, rule, value) => {
		const issue = issueOf(() => unzipCsvs({ bytes, fileName: 'police.zip' }));
		expect(issue.rule).toBe(rule);
		expect(issue.file).toBe('police.zip');
		if (value !== null) expect(issue.value).toBe(value);
	});

	it.each([
		[zipSync({}), true],
		[strToU8('PK is not enough'), false],
		[strToU8('a,b'), false]
	])('isZip %#', (bytes, expected) => {
		expect(isZip({ bytes })).toBe(expected);
	});
});
