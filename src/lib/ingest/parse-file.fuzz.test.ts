import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	csvLike,
	FUZZ_RUNS,
	mutated,
	seedFiles,
	zipLike
} from '../../../tests/support/fuzz-inputs';
import { parseFile } from './parse-file';
import { formatIssue } from './validation/format-issue';

const TODAY = '2025-03-15';
const NAMES = ['upload.csv', '2021-06-city-of-london-street.csv', 'mps.csv', 'lfb.csv', 'x.zip'];

/** Parses without throwing; every issue is a message naming the file; a refused file has one. */
function holds(fileName: string, bytes: Uint8Array): void {
	const parsed = parseFile({ fileName, bytes, today: TODAY });
	expect(parsed.length).toBeGreaterThan(0);
	for (const file of parsed) {
		for (const issue of file.issues) {
			const text = formatIssue(issue);
			expect(text.length).toBeGreaterThan(10);
			expect(text).not.toMatch(/undefined|\[object|NaN/);
			expect(issue.file.startsWith(fileName)).toBe(true);
		}
		const rows = 'rows' in file.data ? file.data.rows.length : 0;
		if (file.detection === null) expect(file.issues.some((i) => i.severity === 'error')).toBe(true);
		if (file.issues.some((i) => i.severity === 'error') && file.detection === null)
			expect(rows).toBe(0);
	}
}

describe(`parseFile under fuzzing (${FUZZ_RUNS} cases each)`, () => {
	const seeds = seedFiles();
	const params = { numRuns: FUZZ_RUNS };

	it('has real files to mutate', () => {
		expect(seeds.length).toBeGreaterThan(50);
	});

	it('takes random bytes', () => {
		fc.assert(
			fc.property(fc.constantFrom(...NAMES), fc.uint8Array({ maxLength: 2048 }), holds),
			params
		);
	});

	it('takes CSV-like text over every layout', () => {
		fc.assert(fc.property(fc.constantFrom(...NAMES), csvLike, holds), params);
	});

	it('takes mutations of the real fixtures and the malformed corpus', () => {
		fc.assert(
			fc.property(mutated(seeds), (f) => holds(f.name, f.bytes)),
			params
		);
	});

	it('takes zips of odd entries and names', () => {
		fc.assert(
			fc.property(zipLike, (bytes) => {
				holds('x.zip', bytes);
				for (const f of parseFile({ fileName: 'x.zip', bytes, today: TODAY }))
					expect(f.name).not.toMatch(/(^|\/)\.\.(\/|$)|\\/);
			}),
			params
		);
	});
});
