import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The shared real-data fixtures folder (Open Government Licence), absent on some machines. */
export const FIXTURES = join(process.cwd(), '..', 'shared', 'fixtures');
export const STREET_2020 = join(FIXTURES, 'policeuk-street-city-of-london-2020');
export const STREET_2021 = join(FIXTURES, 'policeuk-street-city-of-london-2021');
export const HAVE_STREET_FIXTURES = existsSync(STREET_2020) && existsSync(STREET_2021);

/** A describe title that says why it is skipped when the fixtures are absent. */
export function fixtureTitle(title: string): string {
	return HAVE_STREET_FIXTURES ? title : `${title} — skipped: ${FIXTURES} is absent`;
}

/** The monthly street files of the fixtures, oldest first (the 2020-complete file left out). */
export function monthlyStreetFiles(): string[] {
	return [STREET_2020, STREET_2021].flatMap((dir) =>
		readdirSync(dir)
			.filter((name) => /^\d{4}-\d{2}-city-of-london-street\.csv$/.test(name))
			.sort()
			.map((name) => join(dir, name))
	);
}

/**
 * Counts rows by month and crime type with a plain line split, independently of the code under
 * test (police.uk street files hold no quoted fields).
 */
export function plainCounts(files: string[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const file of files) {
		const [header, ...lines] = readFileSync(file, 'utf8').split(/\r?\n/);
		const columns = header!.split(',');
		const month = columns.indexOf('Month');
		const type = columns.indexOf('Crime type');
		for (const line of lines) {
			if (!line.trim()) continue;
			const cells = line.split(',');
			const key = `${cells[month]}|${cells[type]}`;
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
	}
	return counts;
}

/** Sum of plain counts over months for one crime type (or every type but ASB when type is null). */
export function plainSum(opts: {
	counts: Map<string, number>;
	months: string[];
	type: string | null;
}): number {
	let total = 0;
	for (const [key, n] of opts.counts) {
		const [month, type] = key.split('|');
		if (!opts.months.includes(month!)) continue;
		if (opts.type === null ? type !== 'Anti-social behaviour' : type === opts.type) total += n;
	}
	return total;
}
