import { describe, expect, it } from 'vitest';
import { seededStore } from '../../tests/support/seed-store';
import { runComparison } from '../lib/compare/run-comparison';
import { escapeControls } from '../lib/ingest/text/escape-controls';
import { parsePeriod } from '../lib/periods/parse-period';
import { formatComparisonText } from './format-comparison-text';

const compare = async (category: string) => {
	const months = {
		'2020-06': { [category]: 4, Burglary: 2 },
		'2021-06': { [category]: 6, Burglary: 3 }
	};
	const db = await seededStore({ months, area: 'Test\u001b]0;owned\u0007 Force' });
	try {
		const comparison = await runComparison({
			db,
			source: 'police-street',
			area: 'Test\u001b]0;owned\u0007 Force',
			period: parsePeriod('2021-06'),
			vs: 'yoy'
		});
		return formatComparisonText(comparison);
	} finally {
		await db.close();
	}
};

describe('formatComparisonText', () => {
	it.each([
		['a screen-clearing escape', 'Theft\u001b[2J', 'Theft\\x1b[2J'],
		['a line break', 'Theft\nother', 'Theft\\nother'],
		['a right-to-left override', 'Theft\u202eyrалг', 'Theft\\u202eyrалг']
	])('shows %s in a label escaped, columns still aligned', async (_, category, shown) => {
		const text = await compare(category);
		const controls = [...text].filter((c) => c !== '\n' && escapeControls({ text: c }) !== c);
		expect(controls).toEqual([]);
		const lines = text.split('\n');
		expect(lines[0]).toBe('Test\\x1b]0;owned\\x07 Force — June 2021 compared with June 2020');
		const row = lines.find((l) => l.startsWith(shown));
		const burglary = lines.find((l) => l.startsWith('Burglary'));
		expect(row).toBeDefined();
		// The Now column ends at the same place on both rows.
		expect(row!.indexOf(' 6 ') + 2).toBe(burglary!.indexOf(' 3 ') + 2);
		expect(text).toContain(`- ${shown}`);
	});
});
