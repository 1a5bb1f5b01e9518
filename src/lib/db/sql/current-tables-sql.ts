import type { Query } from '../connector';
import { quoteIdent } from './quote';

/** Where reads find the current figures: the store's views, or tables copied from them. */
export interface CurrentTables {
	counts: string;
	subcategories: string;
	measures: string;
}

/** The store's views of what each month's latest upload says. */
export const CURRENT_VIEWS: CurrentTables = {
	counts: 'monthly_counts',
	subcategories: 'monthly_subcategory_counts',
	measures: 'current_measures'
};

/** Temporary tables holding a copy of each view, for an engine whose data changes rarely. */
export const CURRENT_COPIES: CurrentTables = {
	counts: 'monthly_counts_copy',
	subcategories: 'monthly_subcategory_counts_copy',
	measures: 'current_measures_copy'
};

/**
 * Copies each current view into a temporary table: a view re-resolves every upload's coverage
 * at each read, a copy is read directly. Run again whenever the data changes.
 * @example for (const q of copyCurrentTablesSql()) await db.query(q);
 */
export function copyCurrentTablesSql(): Query[] {
	return (Object.keys(CURRENT_VIEWS) as (keyof CurrentTables)[]).map((key) => ({
		sql: `CREATE OR REPLACE TEMP TABLE ${quoteIdent(CURRENT_COPIES[key])} AS SELECT * FROM ${quoteIdent(CURRENT_VIEWS[key])}`
	}));
}
