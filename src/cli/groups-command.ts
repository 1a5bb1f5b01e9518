import { foldGroups } from '../lib/config/fold-groups';
import type { Connector, Row } from '../lib/db/connector';
import { categoriesSql } from '../lib/db/sql/categories-sql';
import { groupsSql, removeGroupSql, setGroupSql, type GroupRow } from '../lib/db/sql/groups-sql';
import { inTransaction } from '../lib/db/transaction';
import { openStore } from './open-store';

/** Every group of the store as "source: name = A, B, C" lines. @example await formatGroups({ db }) */
export async function formatGroups(opts: { db: Connector; source?: string }): Promise<string[]> {
	const members = await opts.db.query<GroupRow & Row>(groupsSql({ source: opts.source }));
	return foldGroups({ members }).map((g) => `${g.source}: ${g.name} = ${g.categories.join(', ')}`);
}

/**
 * `groups list`, `groups set <name> <categories…>` and `groups remove <name>`; returns the exit code.
 * Category names are matched to the store's own spelling regardless of case.
 * @example await groupsCommand({ args: ['set', 'violence', 'Robbery'], source: 'police-street', dataDir: 'data', log: console.log })
 */
export async function groupsCommand(opts: {
	args: string[];
	source?: string;
	dataDir: string;
	log: (line: string) => void;
}): Promise<number> {
	const [action, name, ...categories] = opts.args;
	const source = opts.source ?? 'police-street';
	const usage = 'Use: groups list | groups set <name> <categories…> | groups remove <name>';
	if (!['list', 'set', 'remove'].includes(action ?? '') || (action !== 'list' && !name)) {
		opts.log(usage);
		return 2;
	}
	if (action === 'set' && !categories.length) {
		opts.log(`Name the categories of "${name}". ${usage}`);
		return 2;
	}
	const db = await openStore({ dataDir: opts.dataDir });
	try {
		if (action === 'list') {
			const lines = await formatGroups({ db, source: opts.source });
			for (const line of lines.length ? lines : ['No groups.']) opts.log(line);
			return 0;
		}
		if (action === 'remove') {
			await db.query(removeGroupSql({ source, group: name! }));
			opts.log(`Removed group "${name}" of ${source}.`);
			return 0;
		}
		const known = await db.query<{ category: string }>(categoriesSql({ source }));
		const spelled = categories.map(
			(c) => known.find((k) => k.category.toLowerCase() === c.toLowerCase())?.category ?? c
		);
		for (const c of spelled.filter((c) => !known.some((k) => k.category === c)))
			opts.log(`Note: no ${source} data has the category "${c}" yet; check the spelling.`);
		await inTransaction({
			db,
			queries: setGroupSql({ source, group: name!, categories: spelled })
		});
		opts.log(`Group "${name}" of ${source} = ${[...new Set(spelled)].join(', ')}.`);
		return 0;
	} finally {
		await db.close();
	}
}
