import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fireKindsStore } from '../../../tests/support/fire-kinds-store';
import { renderMarkup } from '../../../tests/support/render-snapshot';
import type { Connector } from '../db/connector';
import { loadOverview } from '../overview/load-overview';
import SourceSection from './SourceSection.svelte';

describe('SourceSection', () => {
	let db: Connector;
	beforeAll(async () => (db = await fireKindsStore()));
	afterAll(() => db.close());

	it('renders the fire section with each group’s kinds nested under it, as committed', async () => {
		const o = await loadOverview({ db, period: '2021-06' });
		const section = o.sections!.find((s) => s.key === 'fire')!;
		const query = { period: '2021-06', vs: null, group: null, rate: null, month: null };
		const html = renderMarkup({ component: SourceSection, props: { section, query } });
		await expect(html).toMatchFileSnapshot('./__snapshots__/SourceSection.fire-kinds.html');
		const flat = html.replace(/\n/g, '');
		// A kind links to its series page and is read with its group; "other kinds" has no page.
		expect(flat).toContain(
			'<tr class="subcategory" data-category="Special Service: RTC"><th scope="row" class="label"><a class="name" href="/series/lfb/City%20of%20London/Special%20Service%3A%20RTC?period=2021-06"><span class="visually-hidden">Special Service: </span>RTC</a>'
		);
		expect(flat).toContain(
			'<span class="name"><span class="visually-hidden">Special Service: </span>Other kinds</span>'
		);
		expect(html.match(/<tr class="subcategory"/g)).toHaveLength(13);
	});
});
