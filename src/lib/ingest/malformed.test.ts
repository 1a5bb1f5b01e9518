import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MALFORMED_CASES } from '../../../tests/fixtures/malformed/cases';
import { checkHeader } from './detect/check-header';
import { detectFormat } from './detect/detect-format';
import { parseLfbIncidents } from './formats/parse-lfb-incidents';
import { parseMeasuresLong } from './formats/parse-measures-long';
import { parseMeasuresWide } from './formats/parse-measures-wide';
import { parseMopacWide } from './formats/parse-mopac-wide';
import { parsePoliceOutcomes } from './formats/parse-police-outcomes';
import { parseFile } from './parse-file';
import { decodeText } from './text/decode-text';
import { readCsvRecords } from './text/read-csv-records';
import { formatIssue } from './validation/format-issue';
import { groupIssues } from './validation/group-issues';

const DIR = fileURLToPath(new URL('../../../tests/fixtures/malformed/', import.meta.url));
const TODAY = '2025-03-15';
const read = (file: string) => new Uint8Array(readFileSync(DIR + file));

describe('malformed files', () => {
	it('has a case for every file and a file for every case', () => {
		const files = readdirSync(DIR).filter((f) => f !== 'cases.ts');
		expect(MALFORMED_CASES.map((c) => c.file).sort()).toEqual(files.sort());
		expect(files.length).toBeGreaterThanOrEqual(30);
	});

	it.each(MALFORMED_CASES)('$file → $rule', (c) => {
		const [parsed, ...more] = parseFile({ fileName: c.file, bytes: read(c.file), today: TODAY });
		expect(more).toEqual([]);
		if (!parsed) throw new Error('parseFile returned nothing');
		expect(parsed.detection?.kind ?? null).toBe(c.kind);
		if (c.reason) expect(parsed.detection?.reason).toContain(c.reason);
		if (c.store) return;
		const issue = parsed.issues.find((i) => i.rule === c.rule);
		expect(issue, `rules seen: ${parsed.issues.map((i) => i.rule).join(', ')}`).toBeDefined();
		if (!issue) return;
		expect(issue.severity).toBe(c.severity);
		expect(issue.file).toBe(c.file);
		expect(formatIssue(issue)).toContain(c.message);
		if (c.rows !== undefined)
			expect('rows' in parsed.data ? parsed.data.rows.length : 0).toBe(c.rows);
		if (c.count !== undefined)
			expect(groupIssues({ issues: parsed.issues }).find((g) => g.rule === c.rule)?.count).toBe(
				c.count
			);
		expect(groupIssues({ issues: parsed.issues }).length).toBeGreaterThan(0);
	});

	// Every reader must turn any of these files into issues, whatever layout it is handed.
	it.each(MALFORMED_CASES.map((c) => c.file))('no reader throws on %s', (file) => {
		let text: string;
		try {
			text = decodeText({ bytes: read(file), fileName: file }).text;
		} catch {
			return;
		}
		const args = { text, fileName: file, today: TODAY };
		expect(() => {
			const { header } = readCsvRecords(args);
			const { kind } = detectFormat({ fileName: file, header });
			checkHeader({ kind, header, fileName: file });
			parseMopacWide(args);
			parseLfbIncidents(args);
			parsePoliceOutcomes(args);
			parseMeasuresLong(args);
			parseMeasuresWide(args);
		}).not.toThrow();
	});
});

describe('large malformed files, generated at test time', () => {
	it('refuses a 50 MB file with no line break quickly', () => {
		const bytes = new Uint8Array(50 * 1024 * 1024).fill(0x61);
		const started = performance.now();
		const [parsed] = parseFile({ fileName: 'one-line.csv', bytes, today: TODAY });
		expect(parsed?.issues.map((i) => [i.rule, i.line])).toEqual([
			['csv-line-size-over-maximum', 1]
		]);
		expect(performance.now() - started).toBeLessThan(5_000);
	});

	it('stops at a quote left open before 10 MB of text', () => {
		const text = `MajorText,MinorText,BoroughName,202401\nTHEFT,OTHER,Barnet,1\n"THEFT,${'x,'.repeat(5_000_000)}\n`;
		const [parsed] = parseFile({
			fileName: 'big.csv',
			bytes: new TextEncoder().encode(text),
			today: TODAY
		});
		expect(parsed?.issues.map((i) => [i.rule, i.line])).toEqual([['csv-unclosed-quote', 3]]);
		expect(parsed?.data.kind === 'mopac-wide' && parsed.data.rows.length).toBe(1);
	});
});
