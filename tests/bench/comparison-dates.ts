import { comparisonPeriod } from '../../src/lib/periods/comparison-period';
import { parsePeriod } from '../../src/lib/periods/parse-period';
import type { Period } from '../../src/lib/periods/period';
import { resolvePeriod } from '../../src/lib/periods/resolve-period';

/**
 * The eight dates `comparisonSql` binds for a period token: the period and the same months a
 * year earlier, then the financial year to date ending with it and its year-earlier base.
 * @example comparisonDates({ token: 'FY2021-22', latest: '2024-12' })
 */
export function comparisonDates(opts: { token: string; latest: string }): string[] {
	const period = parsePeriod(opts.token);
	const end = resolvePeriod(period).end;
	const fytd: Period = { kind: 'ytd-financial', end: end < opts.latest ? end : opts.latest };
	return [period, fytd].flatMap((p) =>
		[p, comparisonPeriod({ period: p, vs: 'yoy' })].flatMap((q) => {
			const range = resolvePeriod(q);
			return [`${range.start}-01`, `${range.end}-01`];
		})
	);
}
