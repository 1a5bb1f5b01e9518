import { mkdirSync } from 'node:fs';
import { launchChromium } from '../support/chromium';

const SHOTS = [
	{ name: 'overview', path: '/?period=FY2021-22' },
	{ name: 'overview-fire', path: '/?period=FY2021-22#section-fire', sizes: ['desktop'] },
	{
		name: 'series',
		path: '/series/police-street/City%20of%20London%20Police/Anti-social%20behaviour?period=FY2021-22'
	}
];
const SIZES = [
	{ name: 'desktop', width: 1280, height: 960 },
	{ name: 'phone', width: 390, height: 844 }
];

/**
 * The README's screenshots, taken from a running app on the bundled sample:
 * `tsx tests/tools/readme-shots.ts http://127.0.0.1:3000` writes static/readme/*.png.
 */
async function main([base]: string[]): Promise<void> {
	if (!base) throw new Error('usage: readme-shots.ts <base-url>');
	mkdirSync('static/readme', { recursive: true });
	const { browser, close } = await launchChromium();
	try {
		for (const size of SIZES) {
			const context = await browser.newContext({
				viewport: { width: size.width, height: size.height },
				deviceScaleFactor: 1
			});
			const page = await context.newPage();
			for (const shot of SHOTS.filter((s) => !s.sizes || s.sizes.includes(size.name))) {
				await page.goto(base + shot.path);
				await page.waitForLoadState('networkidle');
				const file = `static/readme/${shot.name}-${size.name}.png`;
				await page.screenshot({ path: file });
				console.log(file);
			}
			await context.close();
		}
	} finally {
		await close();
	}
}

main(process.argv.slice(2)).catch((e) => {
	console.error(e);
	process.exit(1);
});
