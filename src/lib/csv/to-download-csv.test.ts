import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { safeCell } from './safe-cell';
import { toDownloadCsv } from './to-download-csv';

describe('safeCell', () => {
	it.each([
		{ value: '=SUM(A1:A9)', cell: "'=SUM(A1:A9)" },
		{ value: '+44 20 7946', cell: "'+44 20 7946" },
		{ value: '-2+3', cell: "'-2+3" },
		{ value: '@cmd', cell: "'@cmd" },
		{ value: '\t=1', cell: "'\t=1" },
		{ value: '\r=1', cell: "'\r=1" },
		{ value: '=HYPERLINK("http://x","y")', cell: '\'=HYPERLINK("http://x","y")' },
		{ value: -12, cell: '-12' },
		{ value: '-12.5', cell: '-12.5' },
		{ value: '+3', cell: '+3' },
		{ value: 1.5e-7, cell: '1.5e-7' },
		{ value: 'Burglary', cell: 'Burglary' },
		{ value: 'a=b', cell: 'a=b' },
		{ value: null, cell: '' }
	])('$value → $cell', ({ value, cell }) => {
		expect(safeCell(value)).toBe(cell);
	});
});

describe('toDownloadCsv', () => {
	const rows = [
		{ month: '2024-01', count: 41, change: -3, note: '' },
		{ month: '2024-02', count: 38, change: -7.5, note: 'say "hi", twice' },
		{ month: '2024-03', count: 0, change: 0, note: '=cmd|" /C calc"!A0' }
	];

	it('starts with a BOM and reads back with papaparse as the table', () => {
		const csv = toDownloadCsv({ rows });
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		const parsed = Papa.parse<Record<string, string>>(csv.slice(1), {
			header: true,
			skipEmptyLines: true
		});
		expect(parsed.errors).toEqual([]);
		expect(parsed.data).toEqual([
			{ month: '2024-01', count: '41', change: '-3', note: '' },
			{ month: '2024-02', count: '38', change: '-7.5', note: 'say "hi", twice' },
			{ month: '2024-03', count: '0', change: '0', note: '\'=cmd|" /C calc"!A0' }
		]);
	});

	it('neutralises a formula-injection corpus in every column, headers included', () => {
		const corpus = ['=1+1', '+1+1', '-1+1', '@SUM(1)', '\t=1', '\r=1', '=DDE("cmd")'];
		const csv = toDownloadCsv({ rows: corpus.map((v) => ({ [v]: v })), columns: [corpus[0]!] });
		const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
		for (const [cell] of parsed.data) expect(cell!.startsWith("'")).toBe(true);
	});
});
