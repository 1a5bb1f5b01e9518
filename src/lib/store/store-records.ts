import type { ParsedRows } from '../ingest/parse-file';
import type { ValidationIssue } from '../ingest/types';
import { lfbIncidents } from './lfb-incidents';
import { outcomeIncidents } from './outcome-incidents';
import type { StoreRecords } from './stage-records';

/**
 * Turns a parser's rows into what the store keeps: MOPAC cells as counts, LFB and outcome rows
 * as incidents, partner measures as measures; null for layouts with no rows (refused files).
 * @example storeRecords({ data: { kind: 'mopac-wide', rows }, fileName: 'mps.csv' }).data?.kind // 'counts'
 */
export function storeRecords(opts: { data: ParsedRows; fileName: string }): {
	data: StoreRecords | null;
	issues: ValidationIssue[];
} {
	const { data, fileName } = opts;
	switch (data.kind) {
		case 'mopac-wide': {
			const records = data.rows.map(({ source, area, category, month, count }) => ({
				source,
				area,
				category,
				month,
				count
			}));
			return { data: { kind: 'counts', records }, issues: [] };
		}
		case 'lfb-incidents':
		case 'police-outcomes': {
			const mapped =
				data.kind === 'lfb-incidents'
					? lfbIncidents({ rows: data.rows, fileName })
					: outcomeIncidents({ rows: data.rows, fileName });
			const subcategories = data.kind === 'lfb-incidents';
			const records = mapped.records;
			return { data: { kind: 'incidents', records, subcategories }, issues: mapped.issues };
		}
		case 'measures-long':
		case 'measures-wide': {
			const records = data.rows.map((r) => ({
				source: r.source,
				area: r.area,
				measure: r.measure,
				period: r.period,
				period_start: r.periodStart,
				period_end: r.periodEnd,
				value: r.value,
				unit: r.unit,
				target: r.target,
				direction: r.direction,
				source_row: r.sourceRow
			}));
			return { data: { kind: 'measures', records }, issues: [] };
		}
		default:
			return { data: null, issues: [] };
	}
}
