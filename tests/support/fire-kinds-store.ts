import type { Connector } from '../../src/lib/db/connector';
import { seedKinds, type SeedKinds } from './seed-kinds';
import { seededStore } from './seed-store';

/** Kinds of LFB incidents in the City of London in June 2020 and June 2021, as an import stores them. */
export const KINDS: SeedKinds = {
	'2021-06': {
		Fire: { 'Primary Fire': 12, 'Secondary Fire': 7, 'Chimney Fire': 1 },
		'Special Service': {
			RTC: 10,
			Flooding: 9,
			'Lift Release': 8,
			'Effecting entry/exit': 6,
			'Assist other agencies': 3,
			'Animal assistance incidents': 2,
			'Medical Incident': 1,
			'': 1
		},
		'False Alarm': { AFA: 90, 'False alarm - Good intent': 9, 'False alarm - Malicious': 1 }
	},
	'2020-06': {
		Fire: { 'Primary Fire': 10, 'Secondary Fire': 8 },
		'Special Service': {
			RTC: 12,
			Flooding: 3,
			'Lift Release': 8,
			'Effecting entry/exit': 4,
			'Assist other agencies': 1,
			'Advice Only': 2
		},
		'False Alarm': { AFA: 75, 'False alarm - Good intent': 5 }
	}
};
const total = (kinds: Record<string, number>) => Object.values(kinds).reduce((a, b) => a + b, 0);

/**
 * A store of LFB incidents with kinds in June 2020 and June 2021, and group counts alone in
 * September 2019, as a store made before kinds were kept holds them.
 * @example const db = await fireKindsStore()
 */
export async function fireKindsStore(): Promise<Connector> {
	const months = Object.fromEntries(
		Object.entries(KINDS).map(([m, groups]) => [
			m,
			Object.fromEntries(Object.entries(groups).map(([g, kinds]) => [g, total(kinds)]))
		])
	);
	months['2019-09'] = { Fire: 15, 'Special Service': 20, 'False Alarm': 70 };
	const db = await seededStore({ source: 'lfb', area: 'City of London', months });
	await seedKinds({ db, months: KINDS });
	return db;
}
