import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMarkup } from '../../../tests/support/render-snapshot';
import { seededStore } from '../../../tests/support/seed-store';
import type { Connector } from '../db/connector';
import { runComparison } from '../compare/run-comparison';
import { parsePeriod } from '../periods/parse-period';
import ComparisonTable from './ComparisonTable.svelte';

// Large and small counts, a category absent in the base (n/a), a fall, and one base month missing.
const seed = {
	'2020-04': { Burglary: 40, 'Theft from the person': 3, 'Anti-social behaviour': 12 },
	'2020-05': { Burglary: 38, 'Theft from the person': 2 },
	'2021-04': { Burglary: 55, 'Theft from the person': 1, Robbery: 2, 'Anti-social behaviour': 20 },
	'2021-05': { Burglary: 31, 'Theft from the person': 2, Robbery: 1 },
	'2021-06': { Burglary: 47, 'Anti-social behaviour': 9 }
};

describe('ComparisonTable', () => {
	let db: Connector;
	beforeAll(async () => (db = await seededStore({ months: seed })));
	afterAll(() => db.close());

	it.each([
		['month', '2021-04', 'yoy'],
		['quarter-incomplete', '2021-Q2', 'yoy'],
		['previous', '2021-05', 'previous']
	])('renders %s as committed', async (name, token, vs) => {
		const comparison = await runComparison({
			db,
			source: 'police-street',
			area: 'Test Force',
			period: parsePeriod(token),
			vs: vs === 'previous' ? 'previous' : 'yoy'
		});
		const html = renderMarkup({
			component: ComparisonTable,
			props: { comparison, title: 'Crime' }
		});
		await expect(html).toMatchFileSnapshot(`./__snapshots__/ComparisonTable.${name}.html`);
	});
});
