import { describe, expect, it } from 'vitest';
import { describeKind, describeMapping, OVERRIDE_KINDS, sourceWords } from './upload-kinds';

describe('upload kinds', () => {
	it.each([
		[{ kind: 'mopac-wide', mapping: null }, 'MOPAC borough or ward table'],
		[{ kind: 'unknown', mapping: null }, 'not recognised'],
		[
			{ kind: 'unknown', mapping: { name: 'victims' } },
			"other CSV, read with the column mapping 'victims'"
		],
		[{ kind: null, mapping: null }, 'not readable as CSV']
	] as const)('describeKind(%j) is %s', (opts, words) => {
		expect(describeKind(opts)).toBe(words);
	});

	it('offers every readable layout by hand, and never the refused ones', () => {
		expect(OVERRIDE_KINDS).toContain('unknown');
		expect(OVERRIDE_KINDS).not.toContain('police-stop-search');
		expect(OVERRIDE_KINDS).not.toContain('ons-lookup');
	});

	it.each([
		['custom:victims', 'victims (your mapping)'],
		['mopac', 'MOPAC'],
		['something-else', 'something-else']
	])('sourceWords(%s) is %s', (source, words) => {
		expect(sourceWords({ source })).toBe(words);
	});

	it('puts a mapping in one line', () => {
		expect(
			describeMapping({
				mapping: {
					name: 'v',
					date: 'Date',
					categories: ['Group', 'Type'],
					value: { column: 'n' },
					area: { column: 'Borough' }
				}
			})
		).toBe("month from 'Date'; category from 'Group' and 'Type'; adds up 'n'; area from 'Borough'");
	});
});
