import type { GroupMember } from './config-records';

/** A named group of one source's categories, e.g. "acquisitive crime". */
export interface CategoryGroup {
	source: string;
	name: string;
	categories: string[];
}

/**
 * Folds one-category-a-row memberships into groups, each in the order its first row comes.
 * @example foldGroups({ members: [{ source: 'police-street', group: 'violence', category: 'Robbery' }] }) // [{ source: 'police-street', name: 'violence', categories: ['Robbery'] }]
 */
export function foldGroups({ members }: { members: readonly GroupMember[] }): CategoryGroup[] {
	const groups = new Map<string, CategoryGroup>();
	for (const { source, group, category } of members) {
		const key = JSON.stringify([source, group]);
		const entry = groups.get(key) ?? { source, name: group, categories: [] };
		entry.categories.push(category);
		groups.set(key, entry);
	}
	return [...groups.values()];
}
