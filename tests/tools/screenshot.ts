import { launchChromium } from '../support/chromium';

/** Takes a full-page screenshot: `tsx tests/tools/screenshot.ts <url> <out.png> [month]`. */
async function main([url, out, month]: string[]): Promise<void> {
	if (!url || !out) throw new Error('usage: screenshot.ts <url> <out.png> [month]');
	const { browser, close } = await launchChromium();
	const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
	page.on('console', (m) => console.log(`[console.${m.type()}] ${m.text()}`));
	page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
	await page.goto(url);
	await page
		.locator('[data-engine="duckdb-wasm"], [data-engine="failed"]')
		.waitFor({ timeout: 60_000 })
		.catch(() => {});
	if (month) {
		await page.selectOption('select#period', month);
		await page.waitForTimeout(1500);
	}
	await page
		.locator('[aria-busy="true"]')
		.waitFor({ state: 'detached', timeout: 30_000 })
		.catch(() => {});
	console.log(
		'engine:',
		await page
			.locator('[data-engine]')
			.first()
			.getAttribute('data-engine', { timeout: 1000 })
			.catch(() => 'none')
	);
	await page.screenshot({ path: out, fullPage: true });
	await close();
}

main(process.argv.slice(2)).catch((e: Error) => {
	console.error(e.message);
	process.exit(1);
});
