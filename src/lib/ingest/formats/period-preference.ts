import { parseReportPeriod } from './parse-report-period';

/**
 * How to read ambiguous labels such as `2011-12`: like the file's unambiguous months or financial
 * years, whichever is more common; null when the file gives no hint.
 * @example periodPreference({ labels: ['2011-12', '2012-01'] }) // 'month'
 */
export function periodPreference({
	labels
}: {
	labels: string[];
}): 'month' | 'financial-year' | null {
	let months = 0;
	let years = 0;
	for (const text of new Set(labels)) {
		const p = parseReportPeriod({ text });
		if (!p || p.ambiguous) continue;
		if (p.kind === 'month') months++;
		if (p.kind === 'financial-year' || p.kind === 'financial-quarter') years++;
	}
	if (months === years) return null;
	return months > years ? 'month' : 'financial-year';
}
