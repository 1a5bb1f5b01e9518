import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCounts } from './compare-counts';
import { narrate, type NarrateOptions } from './narrate';
import { significance } from './significance';

function options(
	label: string,
	now: number,
	then: number,
	periodLabel: string,
	basePeriodLabel: string,
	extra: Partial<NarrateOptions> = {}
): NarrateOptions {
	return {
		label,
		now,
		then,
		periodLabel,
		basePeriodLabel,
		comparison: compareCounts({ now, then, direction: 'down' }),
		significance: significance({ now, then }),
		...extra
	};
}

describe('narrate', () => {
	it.each<[NarrateOptions, string]>([
		[
			options('Burglary', 44, 50, 'April–June 2021', 'April–June 2020'),
			'Burglary fell by 12.0% (from 50 to 44) in April–June 2021 compared with April–June 2020; this is within normal variation.'
		],
		[
			options('Robbery', 3, 0, 'June 2021', 'June 2020'),
			'Robbery rose from 0 to 3 in June 2021 compared with June 2020 (no percentage: there were none in June 2020); this is within normal variation; the numbers are small, so treat the change with caution.'
		],
		[
			options('Possession of weapons', 7, 7, 'June 2021', 'June 2020'),
			'Possession of weapons was unchanged at 7 in June 2021 compared with June 2020.'
		],
		[
			options('Theft from the person', 1240, 2480, '2020-21', '2019-20'),
			'Theft from the person fell by 50.0% (from 2,480 to 1,240) in 2020-21 compared with 2019-20; this is beyond normal variation.'
		],
		[
			options('Burglary', 18, 20, 'April–May 2021', 'April–May 2020', { incomplete: '2021-22' }),
			'Burglary fell by 10.0% (from 20 to 18) in April–May 2021 compared with April–May 2020; 2021-22 is not yet complete; this is within normal variation.'
		],
		[
			options('anti-social behaviour', 39, 20, '2019-20', '2018-19', {
				breakNote: 'ASB reporting method changed in April 2019'
			}),
			'Anti-social behaviour rose by 95.0% (from 20 to 39) in 2019-20 compared with 2018-19; this is beyond normal variation; not directly comparable: ASB reporting method changed in April 2019.'
		],
		[
			options('Violence', 5001, 5000, 'year ending March 2021', 'year ending March 2020', {
				significance: undefined,
				incomplete: true
			}),
			'Violence rose by less than 0.1% (from 5,000 to 5,001) in the year ending March 2021 compared with the year ending March 2020; the period is not yet complete.'
		],
		[
			options('Burglary', 30, 40, 'November 2020–January 2021', 'November 2019–January 2020', {
				gapNote: 'no data for October 2019, which is left out with the month it pairs with'
			}),
			'Burglary fell by 25.0% (from 40 to 30) in November 2020–January 2021 compared with November 2019–January 2020; no data for October 2019, which is left out with the month it pairs with; this is within normal variation.'
		],
		[
			options('Robbery', 2, 4, 'May 2021', 'April 2021'),
			'Robbery fell by 50.0% (from 4 to 2) in May 2021 compared with April 2021; this is within normal variation; the numbers are small, so treat the change with caution.'
		]
	])('%#: %s', (input, sentence) => {
		expect(narrate(input)).toBe(sentence);
	});

	it('refuses a comparison made for other figures', () => {
		const input = options('Burglary', 44, 50, 'June 2021', 'June 2020');
		expect(() => narrate({ ...input, now: 45 })).toThrow(
			'narrate: comparison is for 50 → 44 but the figures are 50 → 45'
		);
	});

	it('never says n/a, NaN or ∞, and always gives both counts', () => {
		fc.assert(
			fc.property(fc.nat(500), fc.nat(500), (now, then) => {
				const sentence = narrate(options('Robbery', now, then, 'June 2021', 'June 2020'));
				expect(sentence).not.toMatch(/n\/a|NaN|Infinity|∞|undefined|null/);
				expect(sentence).toMatch(/^Robbery (rose|fell|was unchanged) .*\.$/);
				expect(sentence).toContain(now === then ? `at ${now}` : `from ${then} to ${now}`);
			})
		);
	});
});
