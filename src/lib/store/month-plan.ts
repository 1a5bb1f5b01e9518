/** What saving a file would do to one source-area-month. */
export interface MonthPlan {
	source: string;
	area: string;
	month: string;
	status: 'new' | 'replaced' | 'revised' | 'unchanged';
	oldRows: number | null;
	newRows: number;
	/** Categories whose count would change. */
	changes: { category: string; old: number; new: number }[];
	/** Measures stored for the month that the file does not hold: they stay as they are. */
	kept?: string[];
}

/** One row of `planSql`. */
export interface PlanRow {
	source: string;
	area: string;
	month: string;
	new_rows: number;
	old_rows: number | null;
	same_content: boolean;
	category: string | null;
	old_count: number | null;
	new_count: number | null;
	/** Measures files only: stored measures of the month the file does not hold. */
	kept?: string[] | null;
}

/**
 * Folds per-category plan rows into one plan per month.
 * @example summarisePlan({ rows }) // [{ month: '2021-06', status: 'new', … }]
 */
export function summarisePlan(opts: { rows: PlanRow[] }): MonthPlan[] {
	const plans = new Map<string, MonthPlan>();
	for (const row of opts.rows) {
		const key = `${row.source}\u0000${row.area}\u0000${row.month}`;
		let plan = plans.get(key);
		if (!plan) {
			const status = row.old_rows == null ? 'new' : row.same_content ? 'unchanged' : 'revised';
			plan = { ...pick(row), status, oldRows: row.old_rows, newRows: row.new_rows, changes: [] };
			if (row.kept?.length) plan.kept = row.kept;
			plans.set(key, plan);
		}
		const before = row.old_count ?? 0;
		const after = row.new_count ?? 0;
		if (row.category != null && plan.status !== 'new' && before !== after) {
			plan.changes.push({ category: row.category, old: before, new: after });
			plan.status = 'replaced';
		}
	}
	return [...plans.values()];
}

const pick = (row: PlanRow) => ({ source: row.source, area: row.area, month: row.month });
