import { describe, expect, it } from 'vitest';
import { compareMeasures } from '../lib/compare/compare-measures';
import type { MeasureValueRow } from '../lib/db/sql/measure-values-sql';
import { parsePeriod } from '../lib/periods/parse-period';
import { formatMeasureText } from './format-measure-text';

const row = (
	measure: string,
	month: string,
	value: number,
	unit: string,
	target: number | null
): MeasureValueRow => ({
	source: 'measures',
	area: 'City',
	measure,
	period: month,
	start: month,
	end: month,
	value,
	unit,
	target,
	direction: unit === 'count' ? 'down' : 'up'
});
const rows = [
	row('On time', '2020-06', 76, 'percent', 60),
	row('On time', '2021-06', 57.5, 'percent', 60),
	row('Cases', '2020-06', 40, 'count', null),
	row('Cases', '2021-06', 30, 'count', null)
];

describe('formatMeasureText', () => {
	it('aligns each measure with its figure basis, target status in words and colour, and its sentence', () => {
		const text = formatMeasureText(
			compareMeasures({ rows, source: 'measures', area: 'City', period: parsePeriod('2021-06') })
		);
		expect(text.split('\n')).toEqual([
			'City — June 2021 compared with June 2020 (partner measures)',
			'',
			'Measure    Now   Then     Change  % change  Direction  Figure           Target  Notes',
			'On time  57.5%  76.0%  -18.5 pts       n/a  worse      mean of 1 month     60%  close (amber)',
			'Cases       30     40        -10    -25.0%  better     sum of 1 month      n/a',
			'',
			'Counts are summed over the months both periods have; percent and rate measures are the mean of those months (change in percentage points for percent).',
			'Target: green on target; amber close (within 5 points of a percent target, 5% of another); red off target.',
			'Target, On time: Close to target: 57.5% against a target of at least 60%.',
			'',
			'- On time averaged 57.5% in June 2021 against 76.0% in June 2020, down 18.5 points; the target is 60% (close to target).',
			'- Cases totalled 30 in June 2021 against 40 in June 2020, down 10 (-25.0%).'
		]);
	});
});
