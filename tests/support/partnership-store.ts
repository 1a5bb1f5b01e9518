import type { Connector } from '../../src/lib/db/connector';
import { listMonths, monthNumberOf, yearOf } from '../../src/lib/periods/month';
import { seededStore, seedMonths, type SeedMonths } from './seed-store';

/** Police counts of a month: each month its own figure, so an expected total is a plain sum. */
export const burglary = (m: string) => (yearOf(m) - 2018) * 10 + monthNumberOf(m);
export const asb = (m: string) => 2 + (monthNumberOf(m) % 4);
export const fire = (m: string) => 3 + (monthNumberOf(m) % 5);
/** Reports on the day, percent: 70 + month number (target 60, up is good). */
export const onTime = (m: string) => 70 + monthNumberOf(m) + (yearOf(m) - 2020);

const each = (start: string, end: string, row: (m: string) => Record<string, number>) =>
	Object.fromEntries(listMonths({ start, end }).map((m) => [m, row(m)])) as SeedMonths;

async function insertMeasure(
	db: Connector,
	id: number,
	m: string,
	measure: string,
	value: number,
	unit: string,
	target: number | null,
	direction: string,
	end = m
) {
	await db.query({
		sql: `INSERT INTO measures VALUES ('measures', 'City of London', ?, ?, ?::DATE, ?::DATE, ?, ?, ?, ?, ?, 1)`,
		params: [measure, m, `${m}-01`, `${end}-01`, value, unit, target, direction, id]
	});
	await db.query({
		sql: `INSERT INTO measure_changes VALUES (0, 'measures', 'City of London', ?, ?::DATE, ?::DATE, ?)`,
		params: [measure, `${m}-01`, `${end}-01`, id]
	});
}

/**
 * A store of one partnership, the City of London: police.uk counts from January 2020 (so the base
 * of 2020-21 has only January–March), LFB and probation measures from April 2019 to March 2022,
 * a group, an ASB break in January 2021, targets and a population.
 */
export async function partnershipStore(): Promise<Connector> {
	const police = each('2020-01', '2022-03', (m) => ({
		Burglary: burglary(m),
		Drugs: monthNumberOf(m) % 3,
		Robbery: 1,
		'Anti-social behaviour': asb(m)
	}));
	const db = await seededStore({ area: 'City of London Police', months: police });
	const lfb = each('2019-04', '2022-03', (m) => ({
		Fire: fire(m),
		'False Alarm': 10,
		'Special Service': 4
	}));
	await seedMonths({ db, source: 'lfb', area: 'City of London', months: lfb, firstId: 100 });
	const months = listMonths({ start: '2019-04', end: '2022-03' });
	await seedMonths({
		db,
		source: 'measures',
		area: 'City of London',
		months: Object.fromEntries(months.map((m) => [m, {}])),
		firstId: 200
	});
	for (const m of months) {
		await insertMeasure(db, 300, m, 'Reports delivered on the day', onTime(m), 'percent', 60, 'up');
		await insertMeasure(
			db,
			300,
			m,
			'Cases supervised',
			90 + monthNumberOf(m),
			'count',
			null,
			'down'
		);
	}
	for (const q of [
		'2020-04',
		'2020-07',
		'2020-10',
		'2021-01',
		'2021-04',
		'2021-07',
		'2021-10',
		'2022-01'
	])
		await insertMeasure(
			db,
			300,
			q,
			'Reoffending rate',
			yearOf(q) - 2000 + monthNumberOf(q) / 10,
			'rate',
			22,
			'down',
			listMonths({ start: q, end: '2030-01' })[2]
		);
	for (const sql of [
		`INSERT INTO category_groups VALUES ('police-street', 'acquisitive crime', 'Burglary'), ('police-street', 'acquisitive crime', 'Robbery')`,
		`INSERT INTO breaks VALUES ('police-street', 'Anti-social behaviour', DATE '2021-01-01', 'ASB reporting method changed')`,
		`INSERT INTO populations VALUES ('City of London Police', 2021, 'residents', 8600)`,
		`INSERT INTO targets VALUES ('police-street', NULL, 'Anti-social behaviour', 'any', 'change-on-baseline', 10, 'base', NULL, NULL),
			('police-street', NULL, 'Burglary', 'FY2021-22', 'beat-baseline', NULL, 'FY2020-21', NULL, NULL),
			('lfb', 'City of London', 'All incidents', 'any', 'threshold', 250, NULL, NULL, NULL)`
	])
		await db.query({ sql });
	return db;
}
