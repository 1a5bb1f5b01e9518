import { describe, expect, it } from 'vitest';
import { findMojibake } from './find-mojibake';

describe('findMojibake', () => {
	it.each([
		['Notional Cost (Â£)\n1', [1]],
		['name\nCafÃ©\nok\nIt’s fine\nItâ€™s not', [2, 5]],
		['ï»¿Month\n2021-03', [1]],
		['Notional Cost (£)\nCafé, Ünïcode, Ã alone', []]
	])('%j → lines %j', (text, lines) => {
		const issues = findMojibake({ text, fileName: 'f.csv' });
		expect(issues.map((i) => i.line)).toEqual(lines);
		expect(issues.every((i) => i.rule === 'mojibake' && i.severity === 'warning')).toBe(true);
	});

	it('shows the garbled text around the match', () => {
		expect(findMojibake({ text: 'Notional Cost (Â£),NumCalls', fileName: 'f.csv' })[0]?.value).toBe(
			'Notional Cost (Â£),NumCalls'
		);
	});
});
