import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededStore, type SeedMonths } from '../../../tests/support/seed-store';
import { loadConfig } from '../config/load-config';
import type { Connector } from '../db/connector';
import { listMonths } from '../periods/month';
import { parsePeriod } from '../periods/parse-period';
import { runComparison } from './run-comparison';
import { selectRows } from './select-rows';

const ASB = 'Anti-social behaviour';
const seed: SeedMonths = {};
for (const m of listMonths({ start: '2018-04', end: '2021-06' }))
	seed[m] = {
		Burglary: m < '2020-04' ? 20 : 10,
		Robbery: 2,
		'Theft from the person': 30,
		[ASB]: m < '2019-04' ? 5 : 12
	};

const csv = (...lines: string[]) => lines.join('\n');
const CONFIG = {
	breaks: csv(
		'source,category,month,note',
		`police-street,${ASB},2019-04,ASB reporting method changed`
	),
	groups: csv(
		'source,group,category',
		'police-street,acquisitive,Burglary',
		'police-street,acquisitive,Robbery',
		'police-street,acquisitive,Theft from the person',
		'police-street,violence,Robbery',
		'police-street,violence,Possession of weapons'
	),
	populations: csv(
		'area,year,population,value',
		'Test Force,2020,residents,1000',
		'Test Force,2021,residents,2000',
		'Test Force,2021,workday population,50000'
	),
	targets: csv(
		'source,area,category,period,kind,value,baseline,close_margin,note',
		'police-street,,Burglary,FY2020-21,threshold,130,,,',
		'police-street,Test Force,Burglary,any,change-on-baseline,10,base,1,',
		'police-street,,group:acquisitive,any,beat-baseline,,FY2018-19,,',
		`police-street,,${ASB},FY2019-20,threshold,100,,,`,
		'police-street,Other Force,Robbery,any,threshold,0,,,'
	)
};

let db: Connector;
beforeAll(async () => {
	db = await seededStore({ months: seed });
	const files = Object.fromEntries(
		Object.entries(CONFIG).map(([name, text]) => [name, { text, fileName: `${name}.csv` }])
	);
	expect((await loadConfig({ db, files })).problems).toEqual([]);
});
afterAll(() => db.close());

const compare = (token: string, extra: { vs?: string; rate?: string; small?: number } = {}) =>
	runComparison({
		db,
		source: 'police-street',
		area: 'Test Force',
		period: parsePeriod(token),
		vs:
			!extra.vs || extra.vs === 'previous' ? ((extra.vs ?? 'yoy') as 'yoy') : parsePeriod(extra.vs),
		rate: extra.rate,
		smallNumberThreshold: extra.small
	});
const row = async (token: string, key: string, extra = {}) =>
	(await compare(token, extra)).rows.find((r) => r.key === key)!;

describe('methodology breaks', () => {
	it.each([
		['FY2019-20', {}, false],
		['FY2020-21', {}, true],
		['YE2019-06', {}, false],
		['2019-04', { vs: 'previous' }, false],
		['2019-03', { vs: 'previous' }, true],
		['2018-04', { vs: '2019-04' }, false],
		['2019-05', { vs: '2019-04' }, true]
	])('ASB in %s %o comparable: %s', async (token, extra, comparable) => {
		const c = await compare(token, extra);
		const asb = c.rows.find((r) => r.key === ASB)!;
		expect(asb.comparable).toBe(comparable);
		expect(asb.note).toBe(comparable ? null : 'ASB reporting method changed in April 2019');
		expect(c.breaks.map((b) => b.text)).toEqual(
			comparable ? [] : ['ASB reporting method changed in April 2019']
		);
		expect(c.rows.filter((r) => r.key !== ASB).every((r) => r.comparable)).toBe(true);
	});

	it('puts the note in the sentence', async () => {
		expect((await row('FY2019-20', ASB)).narrative).toBe(
			'Anti-social behaviour rose by 140.0% (from 60 to 144) in 2019-20 compared with 2018-19; this is beyond normal variation; not directly comparable: ASB reporting method changed in April 2019.'
		);
	});
});

describe('groups', () => {
	it('compares each group like a category, after the categories', async () => {
		const c = await compare('FY2020-21');
		expect(c.rows.map((r) => [r.key, r.kind, r.comparison.now, r.comparison.then])).toEqual([
			['All crime', 'total', 504, 624],
			['Burglary', 'category', 120, 240],
			['Robbery', 'category', 24, 24],
			['Theft from the person', 'category', 360, 360],
			[ASB, 'category', 144, 144],
			['group:acquisitive', 'group', 504, 624],
			['group:violence', 'group', 24, 24]
		]);
		expect(c.rows[5]!.members).toEqual(['Burglary', 'Robbery', 'Theft from the person']);
		expect(c.rows[6]!.narrative).toBe(
			'Violence was unchanged at 24 in 2020-21 compared with 2019-20.'
		);
	});

	it.each([
		[undefined, ['All crime', 'Burglary', 'Robbery', 'Theft from the person', ASB]],
		['all', ['group:acquisitive', 'group:violence']],
		['Acquisitive', ['group:acquisitive', 'Burglary', 'Robbery', 'Theft from the person']],
		['violence', ['group:violence', 'Robbery']]
	])('selectRows with group %s', async (group, keys) => {
		const c = selectRows({ comparison: await compare('2021-06'), group });
		expect(c.rows.map((r) => r.key)).toEqual(keys);
	});

	it('names the groups there are when asked for another', async () => {
		const comparison = await compare('2021-06');
		expect(() => selectRows({ comparison, group: 'fraud' })).toThrow(
			'No group "fraud"; the groups are "acquisitive", "violence".'
		);
	});
});

describe('rates', () => {
	it('uses each period’s own year and names the denominators', async () => {
		const c = await compare('2021-01', { rate: 'residents' });
		expect(c.rate).toEqual({
			population: 'residents',
			per: 1000,
			now: { year: 2021, value: 2000 },
			then: { year: 2020, value: 1000 },
			label: 'per 1,000 residents (2021; 2020 for the base period)'
		});
		const burglary = c.rows.find((r) => r.key === 'Burglary')!;
		expect(burglary.rate).toMatchObject({ now: 5, then: 20, label: c.rate!.label });
		expect(burglary.rate!.comparison).toMatchObject({ pctLabel: '-75.0%', status: 'better' });
	});

	it('falls back to the nearest year and says which', async () => {
		const c = await compare('FY2020-21', { rate: 'Workday Population' });
		expect(c.rate!.label).toBe('per 1,000 workday population (2021)');
		expect(c.rows.find((r) => r.key === 'Burglary')!.rate!.now).toBeCloseTo(2.4, 12);
	});

	it('refuses a population it has no figures for', async () => {
		await expect(compare('2021-01', { rate: 'footfall' })).rejects.toThrow(
			'No "footfall" figures for Test Force'
		);
	});
});

describe('targets', () => {
	it.each([
		[
			'FY2020-21',
			'Burglary',
			'on target',
			'green',
			'On target: 120 against a target of at most 130.'
		],
		[
			'2021-06',
			'Burglary',
			'close',
			'amber',
			'Close to target: 10 against a target of a 10% reduction on 10 (June 2020), that is 9 or fewer.'
		],
		[
			'FY2020-21',
			'group:acquisitive',
			'on target',
			'green',
			'On target: 504 against a target of fewer than 624 (2018-19).'
		],
		['FY2019-20', ASB, 'off target', 'red', 'Off target: 144 against a target of at most 100.']
	])('%s %s: %s', async (token, key, status, rag, words) => {
		const target = (await row(token, key)).target!;
		expect(target.evaluation).toMatchObject({ status, rag, words });
	});

	it('does not judge a whole-period target before the period is complete', async () => {
		const target = (await row('FY2021-22', 'group:acquisitive')).target!;
		expect(target.evaluation).toBeNull();
		expect(target.reason).toBe(
			'2021-22 is not yet complete, so the target for the whole period cannot be judged'
		);
	});

	it('applies no target to another area, or a fixed baseline of another length', async () => {
		expect((await row('2021-06', 'Robbery')).target).toBeNull();
		expect((await row('2021-06', 'group:acquisitive')).target).toBeNull();
	});
});

describe('significance and small numbers', () => {
	it('tests every row and flags counts under the threshold', async () => {
		const robbery = await row('2021-06', 'Robbery');
		expect(robbery.significance.verdict).toBe('within normal variation');
		expect(robbery.significance.pValue).toBeCloseTo(1, 12);
		expect(robbery.smallNumbers).toBe(true);
		expect((await row('2021-06', 'Robbery', { small: 2 })).smallNumbers).toBe(false);
		const burglary = await row('FY2020-21', 'Burglary');
		expect(burglary.significance.verdict).toBe('beyond normal variation');
		expect(burglary.significance.pValue).toBeLessThan(1e-6);
	});
});
