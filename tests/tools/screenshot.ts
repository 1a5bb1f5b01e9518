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
		await page.selectOption('select#month', month);
		await page.waitForTimeout(1500);
	}
	console.log('engine:', await page.locator('[data-engine]').getAttribute('data-engine'));
	await page.screenshot({ path: out, fullPage: true });
	await close();
}

main(process.argv.slice(2)).catch((e: Error) => {
	console.error(e.message);
	process.exit(1);
});
