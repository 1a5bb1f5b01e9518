import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from 'svelte/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../cli/open-store';
import Page from './+page.svelte';
import { load } from './+page.server';
import type { PageServerData } from './$types';

const dataDir = mkdtempSync(join(tmpdir(), 'safer-city-method-'));
beforeAll(async () => {
	process.env.SAFER_CITY_DATA_DIR = dataDir;
	await (await openStore({ dataDir })).close();
});
afterAll(() => {
	delete process.env.SAFER_CITY_DATA_DIR;
	rmSync(dataDir, { recursive: true, force: true });
});

describe('/method', () => {
	it('renders METHOD.md with the breaks and groups held in the store', async () => {
		const data = (await load({} as never)) as PageServerData;
		expect(data.breaks).toEqual([
			{
				source: 'police-street',
				category: 'Anti-social behaviour',
				month: '2019-04',
				monthLabel: 'April 2019',
				note: 'ASB reporting method changed'
			}
		]);
		expect(data.groups.map((g) => [g.name, g.categories.length])).toEqual([
			['acquisitive crime', 7],
			['violence', 3]
		]);
		const body = render(Page, { props: { data } as never })
			.body.replace(/<!--.*?-->/g, '')
			.replace(/ class="[^"]*"/g, '');
		expect(body).toContain('<h1>How the dashboard compares figures</h1>');
		expect(body).toContain('<strong>within normal variation</strong>');
		expect(body).toMatch(/<ol>\s*<li>Suppose nothing has really changed/);
		expect(body).toContain('<td>ASB reporting method changed</td>');
		expect(body).toContain('Possession of weapons, Robbery, Violence and sexual offences');
		expect(body).not.toMatch(/\*\*|&lt;strong/);
	});

	it('shows an empty list, not an error, without a store', async () => {
		process.env.SAFER_CITY_DATA_DIR = join(dataDir, 'none');
		const data = (await load({} as never)) as PageServerData;
		process.env.SAFER_CITY_DATA_DIR = dataDir;
		expect([data.breaks, data.groups]).toEqual([[], []]);
		expect(render(Page, { props: { data } as never }).body).toContain('No breaks are recorded.');
	});
});
