import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations } from '../support/axe';
import { launchChromium } from '../support/chromium';

const WIDTHS = { desktop: 1280, phone: 390, narrow: 360 } as const;

/**
 * Screenshots and axe results for pages at desktop and phone widths, before and after the engine:
 * `tsx tests/tools/look.ts <base-url> <out-dir> <path>…`.
 */
async function main([base, out, ...paths]: string[]): Promise<void> {
	if (!base || !out || !paths.length) throw new Error('usage: look.ts <base> <out> <path>…');
	mkdirSync(out, { recursive: true });
	const { browser, close } = await launchChromium();
	try {
		for (const path of paths) {
			for (const [name, width] of Object.entries(WIDTHS)) {
				const page = await browser.newPage({ viewport: { width, height: 900 } });
				page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
				await page.goto(base + path);
				const before = await axeViolations({ page });
				if (await page.locator('[data-engine]').count())
					await page
						.locator('[data-engine="duckdb-wasm"], [data-engine="failed"]')
						.first()
						.waitFor({ timeout: 60_000 })
						.catch(() => console.log('  (engine not ready within 60 s)'));
				const after = await axeViolations({ page });
				const file = join(out, `${path.replace(/[^a-z0-9]+/gi, '_') || 'root'}-${name}.png`);
				await page.screenshot({ path: file, fullPage: true });
				// The first screen as a member sees it, legible at its own size.
				await page.screenshot({ path: file.replace(/\.png$/, '-top.png') });
				const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
				console.log(`${path} @${width}: ${file}; page width ${scroll}px`);
				for (const [when, list] of [
					['before', before],
					['after', after]
				] as const)
					for (const v of list) console.log(`  ${when}: ${v.id} (${v.nodes.length}) ${v.nodes[0]}`);
				await page.close();
			}
		}
	} finally {
		await close();
	}
}

main(process.argv.slice(2)).catch((e) => {
	console.error(e);
	process.exit(1);
});
