import type { GroupMember } from './config-records';
import { lineProblem, readConfigCsv } from './read-config-csv';

/** Header of groups.csv: one line per category of a group. */
export const GROUPS_COLUMNS = ['source', 'group', 'category'] as const;

/**
 * Reads groups.csv (`source,group,category`); a repeated line counts once.
 * @example parseGroups({ text: 'source,group,category\npolice-street,violence,Robbery', fileName: 'groups.csv' }).rows // [{ source: 'police-street', group: 'violence', category: 'Robbery' }]
 */
export function parseGroups(opts: { text: string; fileName: string }): {
	rows: GroupMember[];
	problems: string[];
} {
	const { lines, problems } = readConfigCsv({ ...opts, columns: GROUPS_COLUMNS });
	const rows = new Map<string, GroupMember>();
	for (const { line, cell } of lines) {
		const [source, group, category] = GROUPS_COLUMNS.map(cell) as [string, string, string];
		if (!source || !group || !category) {
			problems.push(
				lineProblem({
					fileName: opts.fileName,
					line,
					message: 'source, group and category must all be filled in'
				})
			);
		} else rows.set(JSON.stringify([source, group, category]), { source, group, category });
	}
	return { rows: [...rows.values()], problems };
}
