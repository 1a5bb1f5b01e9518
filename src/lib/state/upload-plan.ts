import type { MonthPlan } from '../store/month-plan';
import { sourceWords } from './upload-kinds';

type Status = MonthPlan['status'];
const ORDER: Status[] = ['new', 'replaced', 'revised', 'unchanged'];
const n = (v: number) => v.toLocaleString('en-GB');

/** The months of one source and area a file would change. */
export interface PlanGroup {
	key: string;
	source: string;
	area: string;
	/** e.g. "Camden · MOPAC". */
	label: string;
	months: MonthPlan[];
	first: string;
	last: string;
	/** e.g. "24 months: 20 new, 4 replaced". */
	text: string;
}

/** What saving a file would do, summed up so a file of thousands of months stays readable. */
export interface PlanSummary {
	total: number;
	/** e.g. "5,940 months: 5,940 new". */
	text: string;
	groups: PlanGroup[];
	/** True when there are too many months to list them all at once. */
	collapse: boolean;
}

/**
 * One line per status count, e.g. "3 months: 2 new, 1 replaced".
 * @example countText({ months }) // '5,940 months: 5,940 new'
 */
export function countText({ months }: { months: MonthPlan[] }): string {
	const counts = new Map<Status, number>();
	for (const m of months) counts.set(m.status, (counts.get(m.status) ?? 0) + 1);
	const parts = ORDER.filter((s) => counts.has(s)).map((s) => `${n(counts.get(s) ?? 0)} ${s}`);
	return `${n(months.length)} month${months.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

/**
 * Groups a file's month plans by source and area, sorted, with counts per status; `collapse` when
 * there are more than `limit` months.
 * @example summariseMonthPlans({ months, limit: 36 }).text // '792 months: 792 new'
 */
export function summariseMonthPlans(opts: { months: MonthPlan[]; limit?: number }): PlanSummary {
	const limit = opts.limit ?? 36;
	const byKey = new Map<string, MonthPlan[]>();
	for (const m of opts.months) {
		const key = `${m.source}\u0000${m.area}`;
		const list = byKey.get(key);
		if (list) list.push(m);
		else byKey.set(key, [m]);
	}
	const groups = [...byKey.entries()].map(([key, list]) => {
		const months = [...list].sort((a, b) => a.month.localeCompare(b.month));
		const { source, area } = months[0]!;
		return {
			key,
			source,
			area,
			label: `${area} · ${sourceWords({ source })}`,
			months,
			first: months[0]!.month,
			last: months[months.length - 1]!.month,
			text: countText({ months })
		};
	});
	groups.sort((a, b) => a.source.localeCompare(b.source) || a.area.localeCompare(b.area));
	const total = opts.months.length;
	return { total, text: countText(opts), groups, collapse: total > limit };
}
