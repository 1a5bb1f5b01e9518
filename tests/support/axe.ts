import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One axe-core rule broken on a page, with the first few places it is broken. */
export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: string[];
}

/** The WCAG 2.2 A and AA rules, as the issue asks for. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core's WCAG 2.2 AA rules on the page as it stands.
 * @example expect(await axeViolations({ page })).toEqual([])
 */
export async function axeViolations(opts: { page: Page }): Promise<AxeViolation[]> {
	const { page } = opts;
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source); // not a script tag: the pages' CSP refuses inline scripts
	return page.evaluate(async (tags) => {
		const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<AxeResult> } })
			.axe;
		const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary}`)
		}));
		interface AxeResult {
			violations: {
				id: string;
				impact: string | null;
				help: string;
				nodes: { target: string[]; failureSummary: string }[];
			}[];
		}
	}, TAGS);
}
