import { createWriteStream, existsSync, statSync } from 'node:fs';
import { once } from 'node:events';
import {
	POLICE_CRIME_TYPES,
	POLICE_STREET_HEADER
} from '../../src/lib/ingest/police/police-layout';

/** A deterministic police.uk street-level file of `rows` rows (1M rows ≈ 221 MB), written once. */
export async function policeFile(opts: { path: string; rows: number }): Promise<number> {
	if (existsSync(opts.path)) return statSync(opts.path).size;
	const out = createWriteStream(opts.path);
	out.write(POLICE_STREET_HEADER.join(',') + '\n');
	let seed = 42;
	const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
	const hex = () =>
		Array.from({ length: 8 }, () => next().toString(16).padStart(8, '0').slice(-8)).join('');
	for (let i = 0; i < opts.rows; i++) {
		const type = POLICE_CRIME_TYPES[next() % POLICE_CRIME_TYPES.length]!;
		const asb = type === 'Anti-social behaviour';
		const month = `2021-${String((i % 12) + 1).padStart(2, '0')}`;
		const lon = (-0.08 - (next() % 30000) / 1e6).toFixed(6);
		const lat = (51.51 + (next() % 10000) / 1e6).toFixed(6);
		const line = [
			asb ? '' : hex(),
			month,
			'City of London Police',
			'City of London Police',
			lon,
			lat,
			'On or near Cheapside',
			'E01032739',
			'City of London 001F',
			type,
			asb ? '' : 'Investigation complete; no suspect identified',
			''
		].join(',');
		if (!out.write(line + '\n')) await once(out, 'drain');
	}
	out.end();
	await once(out, 'finish');
	return statSync(opts.path).size;
}
