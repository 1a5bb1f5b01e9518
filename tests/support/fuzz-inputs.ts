import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';

/** Property runs: 500 in `npm test`, `FUZZ_RUNS` (10,000 in `npm run bench`) when set. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 500);

const SEEDS_UNDER = ['tests/fixtures/malformed', 'data/sample/police', '../shared/fixtures'];

/** Real files to mutate: the malformed corpus, the sample data and the real fixtures (≤ 64 KB, first 16 KB). */
export function seedFiles(): { name: string; bytes: Uint8Array }[] {
	const found: { name: string; bytes: Uint8Array }[] = [];
	const walk = (dir: string, depth: number) => {
		let names: string[];
		try {
			names = readdirSync(dir);
		} catch {
			return;
		}
		for (const name of names.sort()) {
			const path = join(dir, name);
			const stat = statSync(path);
			if (stat.isDirectory() && depth < 3) walk(path, depth + 1);
			else if (stat.isFile() && /\.(csv|zip|xls)$/i.test(name) && stat.size <= 1 << 20)
				found.push({ name, bytes: new Uint8Array(readFileSync(path)).subarray(0, 16_384) });
		}
	};
	for (const dir of SEEDS_UNDER) walk(dir, 0);
	return found;
}

const HEADERS = [
	'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context',
	'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Outcome type',
	'WardCode,WardName,LookUp_BoroughName,Major Category,Minor Category,201801,201802,201803',
	'IncidentNumber,DateOfCall,CalYear,HourOfCall,IncidentGroup,StopCodeDescription,IncGeo_BoroughName,IncGeo_WardName',
	'Area,Measure,Period,Value,Unit,Direction',
	'Area,Measure,Unit,2023-24,2024-25'
];
const cell = fc.oneof(
	fc.string({ maxLength: 12 }),
	fc.constantFrom(
		'',
		'"',
		'""',
		'NULL',
		'-1',
		'1e9',
		'2021-06',
		'201813',
		'150%',
		'\u0000',
		'\ufeff'
	),
	fc.integer({ min: -5, max: 99_999 }).map(String)
);
const line = fc.array(cell, { maxLength: 10 }).map((cells) => cells.join(','));
const eol = fc.constantFrom('\n', '\r\n', '\r');

/** CSV-like text: a real layout's header (or none) over rows of odd cells, as UTF-8 bytes. */
export const csvLike = fc
	.tuple(fc.option(fc.constantFrom(...HEADERS)), fc.array(line, { maxLength: 12 }), eol)
	.map(([header, rows, end]) => strToU8([...(header ? [header] : []), ...rows].join(end)));

/** A mutation of real bytes: flipped, cut, inserted, duplicated or deleted. */
export function mutated(seeds: { name: string; bytes: Uint8Array }[]) {
	return fc
		.tuple(
			fc.constantFrom(...seeds),
			fc.array(
				fc.tuple(
					fc.constantFrom('flip', 'cut', 'insert', 'repeat', 'delete'),
					fc.nat(),
					fc.nat(),
					fc.uint8Array({ maxLength: 8 })
				),
				{ minLength: 1, maxLength: 4 }
			)
		)
		.map(([seed, edits]) => {
			let bytes = seed.bytes;
			for (const [op, a, b, extra] of edits) {
				const i = bytes.length ? a % bytes.length : 0;
				const j = bytes.length ? Math.min(bytes.length, i + (b % 512)) : 0;
				if (op === 'flip' && bytes.length) bytes = flip(bytes, i, b % 8);
				if (op === 'cut') bytes = bytes.subarray(0, i);
				if (op === 'insert') bytes = concat(bytes.subarray(0, i), extra, bytes.subarray(i));
				if (op === 'repeat')
					bytes = concat(bytes.subarray(0, j), bytes.subarray(i, j), bytes.subarray(j));
				if (op === 'delete') bytes = concat(bytes.subarray(0, i), bytes.subarray(j));
			}
			return { name: seed.name, bytes };
		});
}

/** A zip of CSV-like entries, some with hostile names. */
export const zipLike = fc
	.array(
		fc.tuple(
			fc.oneof(
				fc.string({ maxLength: 10 }).map((s) => `${s}.csv`),
				fc.constantFrom('../../x.csv', '/abs.csv', 'a\\b.csv', '__MACOSX/._a.csv')
			),
			csvLike
		),
		{ maxLength: 4 }
	)
	.map((entries) => zipSync(Object.fromEntries(entries)));

function concat(...parts: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

function flip(bytes: Uint8Array, at: number, bit: number): Uint8Array {
	const out = bytes.slice();
	out[at] = (out[at] ?? 0) ^ (1 << bit);
	return out;
}
