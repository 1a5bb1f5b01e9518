import { chromium, type Browser } from 'playwright-core';

const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches Debian's headless Chromium; Playwright gives every launch a fresh, empty profile. */
export async function launchChromium(): Promise<{ browser: Browser; close: () => Promise<void> }> {
	const browser = await chromium.launch({
		executablePath: EXECUTABLE,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
	return { browser, close: () => browser.close() };
}
