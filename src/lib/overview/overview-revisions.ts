import type { VersionChangeRow } from '../db/sql/coverage-changes-sql';
import type { OverviewData } from './overview-data';

/** A figure shown at a pinned version that a later version changed. */
export interface FigureRevision {
	/** The section's title and the row's label, e.g. 'Police recorded crime', 'Burglary'. */
	section: string;
	row: string;
	/** The period the figure counts, e.g. 'June 2021'. */
	period: string;
	from: number;
	to: number;
	/** When the latest version that changed one of its months was made (null: not found). */
	revisedMs: number | null;
}

/**
 * Every count the pinned overview shows (each row's now and then) that differs in the latest
 * version's overview of the same choices, with when it was revised: the latest later version
 * that changed one of the months it counts.
 * @example overviewRevisions({ pinned, latest, changes, versions, after: 7 })
 */
export function overviewRevisions(opts: {
	pinned: OverviewData;
	latest: OverviewData;
	changes: VersionChangeRow[];
	versions: { version: number; created_ms: number }[];
	after: number;
}): FigureRevision[] {
	const made = new Map(opts.versions.map((v) => [v.version, v.created_ms]));
	const revisions: FigureRevision[] = [];
	for (const section of opts.pinned.sections ?? []) {
		const now = section.comparison;
		const then = opts.latest.sections?.find((s) => s.key === section.key)?.comparison;
		if (!now || !then) continue;
		for (const row of now.rows) {
			const later = then.rows.find((r) => r.key === row.key);
			if (!later) continue;
			const sides = [
				['now', now.periodLabel, now.compared.now],
				['then', now.baseLabel, now.compared.then]
			] as const;
			for (const [side, period, months] of sides) {
				const [from, to] = [row.comparison[side], later.comparison[side]];
				if (from === to) continue;
				const version = opts.changes
					.filter(
						(c) =>
							c.version > opts.after &&
							c.source === now.source &&
							c.area === now.area &&
							months.includes(c.month)
					)
					.reduce((max, c) => Math.max(max, c.version), 0);
				const revisedMs = made.get(version) ?? null;
				revisions.push({ section: section.title, row: row.label, period, from, to, revisedMs });
			}
		}
	}
	return revisions;
}
