import type { SeriesData } from '../overview/series-data';
import { rolling12 } from '../series/rolling-12';
import { seasonal } from '../series/seasonal';
import { yearEarlier } from '../series/year-earlier';
import type { EmbedChart } from './embed-charts';

/** A chart's plotted figures as table rows (column → value; null for a month without data). */
export type ChartRow = Record<string, string | number | null>;

/**
 * Exactly the figures a series chart plots, for its CSV and alt text.
 * @example chartRows({ series, chart: 'trend' })[0] // { month: '2024-01', Burglary: 41, 'Year earlier': null }
 */
export function chartRows(opts: { series: SeriesData; chart: EmbedChart }): ChartRow[] {
	const { series: s, chart } = opts;
	if (chart === 'trend') {
		const before = yearEarlier({ series: s.months });
		return s.months.map((m, i) => ({
			month: m.month,
			[s.label]: m.value,
			'Year earlier': before[i]?.value ?? null
		}));
	}
	if (chart === 'rolling') {
		const mode = s.unit === 'count' ? 'sum' : 'mean';
		const name = mode === 'sum' ? '12-month total' : '12-month mean';
		return rolling12({ series: s.months, mode }).map((m) => ({ month: m.month, [name]: m.value }));
	}
	const seasons = seasonal({ series: s.months, yearStart: 4 });
	return seasons.years.map((y) => ({
		year: y.label,
		...Object.fromEntries(seasons.monthLabels.map((label, i) => [label, y.values[i] ?? null]))
	}));
}
