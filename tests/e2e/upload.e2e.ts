import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import type { Locator, Page } from 'playwright-core';
import {
	FIXTURES,
	HAVE_STREET_FIXTURES,
	STREET_2021,
	fixtureTitle,
	plainCounts
} from '../support/fixtures';
import { useSampleApp } from '../support/sample-app';

const app = useSampleApp();
const scratch = mkdtempSync(join(tmpdir(), 'safer-city-upload-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function overviewCell(page: Page, category: string): Promise<number> {
	// The overview shows police crime and ASB as sections of their own.
	const section = category === 'Anti-social behaviour' ? 'asb' : 'crime';
	const text = await page
		.locator(`#section-${section} tr[data-category="${category}"] [data-col="now"]`)
		.first()
		.textContent();
	return Number(text?.replace(/,/g, ''));
}

async function openUpload(page: Page, query = '') {
	await page.goto(`${app.url}/upload${query}`);
	await page.locator('[data-engine="ready"]').waitFor({ timeout: 60_000 });
}

describe.skipIf(!HAVE_STREET_FIXTURES)(fixtureTitle('upload in Chromium'), () => {
	it('drops files, shows progress and the diff, saves, and the overview changes', async () => {
		const page = await app.browser.newPage();
		await openUpload(page);
		const file = join(STREET_2021, '2021-06-city-of-london-street.csv');
		const bytes = readFileSync(file);
		await page.locator('label.zone').evaluate((zone, b64) => {
			const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
			const transfer = new DataTransfer();
			transfer.items.add(
				new File([data], '2021-06-city-of-london-street.csv', { type: 'text/csv' })
			);
			zone.dispatchEvent(
				new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true })
			);
		}, bytes.toString('base64'));

		await page.locator('[data-phase="checked"]').waitFor();
		await expect.poll(() => page.locator('progress').getAttribute('value')).toBe('100');
		expect(await page.locator('[data-figure="rows"]').textContent()).toBe('570 rows');
		const month = page.locator('tr[data-month="2021-06"]');
		expect(await month.getAttribute('data-status')).toBe('replaced');
		expect(await month.locator('td.changes').textContent()).toContain('Burglary: 13 → 10');

		await page.getByRole('button', { name: 'Save 1 file' }).click();
		await page.locator('[data-phase="saved"]').waitFor();
		const saved = page.locator(
			'tr[data-upload="2021-06-city-of-london-street.csv"][data-where="browser"]'
		);
		await saved.waitFor();
		expect(await saved.locator('td').nth(5).textContent()).toBe('Draft — only in this browser');

		await page.getByRole('link', { name: 'Overview' }).click();
		await page.selectOption('select#period', '2021-06');
		const expected = plainCounts([file]);
		await expect.poll(() => overviewCell(page, 'Burglary')).toBe(expected.get('2021-06|Burglary'));
		expect(await overviewCell(page, 'Anti-social behaviour')).toBe(
			expected.get('2021-06|Anti-social behaviour')
		);

		await page.reload();
		await page.locator('[data-engine="duckdb-wasm"]').waitFor({ timeout: 60_000 });
		await page.selectOption('select#period', '2021-06');
		await expect
			.poll(() => overviewCell(page, 'Burglary'), { timeout: 20_000 })
			.toBe(expected.get('2021-06|Burglary'));
		await page.close();
	});

	it('cancels halfway through saving and nothing changes', async () => {
		const header = readFileSync(
			join(STREET_2021, '2021-07-city-of-london-street.csv'),
			'utf8'
		).split('\n')[0];
		const row = (i: number) =>
			`id${i},2021-07,City of London Police,City of London Police,-0.09,51.51,On or near Cheapside,E01032739,City of London 001F,Burglary,Under investigation,`;
		const big = join(scratch, 'big-2021-07.csv');
		writeFileSync(big, [header, ...Array.from({ length: 200_000 }, (_, i) => row(i))].join('\n'));

		const page = await app.browser.newPage();
		await openUpload(page, '?chunk=1');
		const uploadsList = page.locator('section.uploads[data-loaded="true"]');
		const before = await uploadsList.getAttribute('data-count');
		await page.setInputFiles('input[type=file]', big);
		await page.locator('[data-phase="checked"]').waitFor({ timeout: 60_000 });
		await page.getByRole('button', { name: 'Save 1 file' }).click();
		await page.locator('[data-phase="saving"] progress').waitFor();
		await page.getByRole('button', { name: 'Cancel' }).click();
		await page.locator('[data-phase="cancelled"]').waitFor();
		expect(await page.locator('.message').textContent()).toContain('nothing was stored');
		expect(await uploadsList.getAttribute('data-count')).toBe(before);

		await page.getByRole('link', { name: 'Overview' }).click();
		await page.selectOption('select#period', '2021-07');
		await expect.poll(() => overviewCell(page, 'Burglary')).toBeLessThan(1000);
		await page.close();
	});
});

const MOPAC = join(
	FIXTURES,
	'mopac-borough-wide',
	'MPS Borough Level Crime (most recent 24 months).csv'
);

/** Borough-months with at least one count in a MOPAC table, counted with a plain line split. */
function plainMopacMonths(file: string): { months: number; boroughs: number } {
	const [header, ...lines] = readFileSync(file, 'utf8').split(/\r?\n/);
	const columns = header!.split(',');
	const monthAt = columns.flatMap((c, i) => (/^\d{6}$/.test(c) ? [i] : []));
	const seen = new Set<string>();
	const boroughs = new Set<string>();
	for (const line of lines.filter((l) => l.trim())) {
		const cells = line.split(',');
		boroughs.add(cells[2]!);
		for (const i of monthAt) if (cells[i]?.trim()) seen.add(`${cells[2]}|${columns[i]}`);
	}
	return { months: seen.size, boroughs: boroughs.size };
}

const fileCard = (page: Page, name: string) => page.locator(`section.file[data-file="${name}"]`);
/** The card once its file has reached a status (checking again shows `checking` meanwhile). */
const inStatus = (card: Locator, status: string) =>
	card.and(card.page().locator(`[data-status="${status}"]`));

describe.skipIf(!HAVE_STREET_FIXTURES)(fixtureTitle('zip archives in Chromium'), () => {
	it('opens a zip of two police.uk files, lists and checks both', async () => {
		const names = ['2021-08-city-of-london-street.csv', '2021-09-city-of-london-street.csv'];
		const zip = join(scratch, 'police-download.zip');
		writeFileSync(
			zip,
			zipSync(
				Object.fromEntries(names.map((n) => [`2021/${n}`, readFileSync(join(STREET_2021, n))]))
			)
		);
		const page = await app.browser.newPage();
		await openUpload(page);
		await page.setInputFiles('input[type=file]', zip);
		for (const name of names) {
			const card = fileCard(page, `police-download.zip › 2021/${name}`);
			await inStatus(card, 'planned').waitFor({ timeout: 60_000 });
			expect(await card.getAttribute('data-kind')).toBe('police-street');
			expect(await card.locator('[data-kind-words]').textContent()).toBe(
				'police.uk street-level crime'
			);
			expect(await card.locator('tr[data-month]').count()).toBe(1);
		}
		await page.getByRole('button', { name: 'Save 2 files' }).waitFor();
		await page.close();
	});
});

describe.skipIf(!existsSync(MOPAC))(
	existsSync(MOPAC) ? 'MOPAC tables in Chromium' : `MOPAC tables — skipped: ${MOPAC} is absent`,
	() => {
		it('detects the MOPAC layout and sums up its months instead of listing them', async () => {
			const page = await app.browser.newPage();
			const workers: string[] = [];
			page.on('worker', (worker) => workers.push(worker.url()));
			await openUpload(page);
			await page.setInputFiles('input[type=file]', MOPAC);
			const card = fileCard(page, 'MPS Borough Level Crime (most recent 24 months).csv');
			await inStatus(card, 'planned').waitFor({ timeout: 60_000 });
			expect(await card.getAttribute('data-kind')).toBe('mopac-wide');
			// Parsed in the ingest worker, beside DuckDB's own.
			expect(workers.filter((url) => url.includes('ingest-worker'))).toHaveLength(1);
			expect(await card.locator('[data-kind-words]').textContent()).toBe(
				'MOPAC borough or ward table'
			);
			const { months, boroughs } = plainMopacMonths(MOPAC);
			const n = months.toLocaleString('en-GB');
			expect(await card.locator('[data-plan-summary] strong').textContent()).toBe(
				`${n} months: ${n} new`
			);
			expect(await card.locator('tr[data-month]').count()).toBe(0);

			const toggle = card.getByRole('button', { name: /the months by area/ });
			expect(await toggle.textContent()).toContain('Show');
			await toggle.click();
			expect(await toggle.getAttribute('aria-expanded')).toBe('true');
			const groups = card.locator('li[data-plan-group]');
			await expect.poll(() => groups.count()).toBe(boroughs);
			// A <details> reports its opening in a later task (the toggle event): wait for its rows.
			await groups.first().locator('summary').click();
			const rows = card.locator('tr[data-month][data-status="new"]');
			await expect.poll(() => rows.count()).toBe(24);
			await page.close();
		});
	}
);

describe('column mappings and layouts chosen by hand in Chromium', () => {
	const referrals = (month: string, header = 'Referral date,Crime group,Notes') =>
		[header, `${month}-05,Theft,`, `${month}-09,Theft,"a, b"`, `${month}-20,Fraud,`].join('\n');

	it('maps an unknown CSV, saves the mapping, and reads next month’s file with it', async () => {
		const january = join(scratch, 'referrals-2024-01.csv');
		const february = join(scratch, 'referrals-2024-02.csv');
		writeFileSync(january, referrals('2024-01'));
		writeFileSync(february, referrals('2024-02', 'REFERRAL DATE,Crime Group,notes'));
		const page = await app.browser.newPage();
		await openUpload(page);
		await page.setInputFiles('input[type=file]', january);
		const card = fileCard(page, 'referrals-2024-01.csv');
		await inStatus(card, 'rejected').waitFor({ timeout: 60_000 });
		expect(await card.getAttribute('data-kind')).toBe('unknown');

		const form = card.getByRole('region', { name: 'Map the columns' });
		await form.getByLabel('Date or month column').selectOption('Referral date');
		await form.getByRole('checkbox', { name: 'Crime group' }).check();
		await form.getByLabel('What to count').selectOption('count-rows');
		await form.getByRole('radio', { name: 'One area for the whole file' }).check();
		await form.getByLabel('Area name').fill('City of London');
		await form.getByLabel('Name of the mapping').fill('victim referrals');
		await form.getByRole('button', { name: 'Check with this mapping' }).click();
		await inStatus(card, 'planned').waitFor();
		expect(await card.locator('tr[data-month="2024-01"]').getAttribute('data-status')).toBe('new');
		await form.getByRole('button', { name: 'Save mapping for next month' }).click();
		expect(await form.getByRole('status').textContent()).toContain(
			"Saved the mapping 'victim referrals'"
		);

		await page.reload();
		await page.locator('[data-engine="ready"]').waitFor({ timeout: 60_000 });
		await page.setInputFiles('input[type=file]', february);
		const next = fileCard(page, 'referrals-2024-02.csv');
		await inStatus(next, 'planned').waitFor({ timeout: 60_000 });
		expect(await next.locator('[data-auto-mapping]').getAttribute('data-auto-mapping')).toBe(
			'victim referrals'
		);
		expect(await next.locator('tr[data-month="2024-02"]').getAttribute('data-status')).toBe('new');
		await page.getByRole('button', { name: 'Save 1 file' }).click();
		await page.locator('[data-phase="saved"]').waitFor();
		const row = page.locator('tr[data-upload="referrals-2024-02.csv"] td');
		await expect.poll(() => row.nth(1).textContent()).toBe('custom:victim referrals');
		await page.close();
	});

	it('reads a file as a layout chosen by hand, and as detected again', async () => {
		const page = await app.browser.newPage();
		await openUpload(page);
		await page.setInputFiles('input[type=file]', 'data/sample/probation/probation-measures.csv');
		const card = fileCard(page, 'probation-measures.csv');
		const status = (s: string) => inStatus(card, s);
		await status('planned').waitFor({ timeout: 60_000 });
		expect(await card.getAttribute('data-kind')).toBe('measures-long');

		await card.getByLabel('Read this file as').selectOption('police-outcomes');
		await status('rejected').waitFor();
		expect(await card.getAttribute('data-kind')).toBe('police-outcomes');
		expect(await card.locator('.reason').textContent()).toContain(
			'Read as police.uk outcomes, as chosen'
		);
		expect(await card.locator('li.issue.error').count()).toBeGreaterThan(0);

		await card.getByLabel('Read this file as').selectOption('');
		await status('planned').waitFor();
		expect(await card.getAttribute('data-kind')).toBe('measures-long');
		await page.close();
	});

	it('asks for the unit and direction a measures file lacks', async () => {
		const file = join(scratch, 'measures-no-unit.csv');
		writeFileSync(file, 'period,area,measure,value\n2024-01,City of London,Reports on time,80\n');
		const page = await app.browser.newPage();
		await openUpload(page);
		await page.setInputFiles('input[type=file]', file);
		const card = fileCard(page, 'measures-no-unit.csv');
		await inStatus(card, 'rejected').waitFor({ timeout: 60_000 });
		expect(await card.locator('li.issue[data-rule="header-missing"]').count()).toBe(2);
		await card.getByLabel('Unit').selectOption('percent');
		await card.getByLabel('Better when the value goes').selectOption('up');
		await card.getByRole('button', { name: 'Check with these defaults' }).click();
		await inStatus(card, 'planned').waitFor();
		expect(await card.locator('li.issue').count()).toBe(0);
		await page.close();
	});
});
