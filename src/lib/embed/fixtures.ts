import type { SeriesData } from '../overview/series-data';
import { monthSpine } from '../series/month-spine';

/** A small series for the embed tests: Apr 2022 – Jun 2023, one gap, one break, small numbers. */
export const BURGLARY: SeriesData = {
	source: 'police-street',
	area: 'City of London',
	key: 'Burglary',
	label: 'Burglary',
	kind: 'category',
	members: ['Burglary'],
	unit: 'count',
	direction: 'down',
	months: monthSpine({
		first: '2022-04',
		last: '2023-06',
		values: Object.fromEntries(
			Array.from({ length: 15 }, (_, i) => {
				const month = `${2022 + Math.floor((i + 3) / 12)}-${String(((i + 3) % 12) + 1).padStart(2, '0')}`;
				return [month, month === '2022-09' ? null : 20 + i];
			}).filter(([, v]) => v !== null)
		)
	}),
	breaks: [{ month: '2023-01', note: 'New crime system', category: null }],
	target: null,
	targetRecord: null,
	comparison: null,
	measure: null,
	comparedLabel: null,
	period: null,
	vs: null,
	synthetic: false,
	first: '2022-04',
	last: '2023-06'
};
