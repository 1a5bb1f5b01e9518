import { describe, expect, it } from 'vitest';
import { schemaStore } from '../../../tests/support/sql-cases';
import { POLICE_STREET_HEADER } from '../ingest/police/police-layout';
import { importFile } from './import-file';
import { removeUploads } from './remove-upload';

const row = (id: string, month: string, outcome: string) =>
	`${id},${month},City of London Police,City of London Police,-0.09,51.51,On or near Cheapside,E01032739,City of London 001F,Burglary,${outcome},`;
/** One police.uk download: the same crimes each time, outcomes as of that download. */
const download = (months: string[], outcome: string) =>
	new TextEncoder().encode(
		[POLICE_STREET_HEADER.join(','), ...months.map((m) => row(`c-${m}`, m, outcome))].join('\n') +
			'\n'
	);
const JUNE = ['2021-06'];
const A = download(JUNE, 'Under investigation');
const B = download(JUNE, 'Suspect charged');
const C = download(JUNE, 'Awaiting court outcome');
const AA = download(['2021-06', '2021-07'], 'Under investigation');
const BB = download(['2021-06', '2021-07'], 'Suspect charged');

type Step = { name: string; bytes: Uint8Array } | { remove: number };

describe('re-importing an older download', () => {
	it.each<[string, Step[], { name: string; bytes: Uint8Array }, string | null]>([
		[
			'the first download after the second',
			[
				{ name: 'a.csv', bytes: A },
				{ name: 'b.csv', bytes: B }
			],
			{ name: 'a-again.csv', bytes: A },
			"This download is older than the one stored: its 2021-06 for City of London Police are what 'a.csv' (uploaded 2026-01-01) held before 'b.csv' (uploaded 2026-01-02) replaced them."
		],
		[
			'two months of the first download after the second',
			[
				{ name: 'aa.csv', bytes: AA },
				{ name: 'bb.csv', bytes: BB }
			],
			{ name: 'aa-again.csv', bytes: AA },
			"its 2 months (2021-06 to 2021-07) for City of London Police are what 'aa.csv'"
		],
		[
			'the stored download again',
			[
				{ name: 'a.csv', bytes: A },
				{ name: 'b.csv', bytes: B }
			],
			{ name: 'b.csv', bytes: B },
			null
		],
		[
			'a newer download',
			[
				{ name: 'a.csv', bytes: A },
				{ name: 'b.csv', bytes: B }
			],
			{ name: 'c.csv', bytes: C },
			null
		],
		[
			'a revision of a month stored once',
			[{ name: 'a.csv', bytes: A }],
			{ name: 'b.csv', bytes: B },
			null
		],
		[
			'the first download once the second is removed',
			[{ name: 'a.csv', bytes: A }, { name: 'b.csv', bytes: B }, { remove: 2 }],
			{ name: 'a-again.csv', bytes: A },
			null
		]
	])('%s', async (_, steps, last, action) => {
		const db = await schemaStore();
		let day = 1;
		const now = () => new Date(`2026-01-0${day++}T12:00:00Z`);
		for (const step of steps) {
			if ('remove' in step) await removeUploads({ db, uploadIds: [step.remove] });
			else expect((await importFile({ db, ...step, now: now() })).status).toBe('stored');
		}
		for (const dryRun of [true, false]) {
			const result = await importFile({ db, ...last, now: now(), dryRun });
			const older = result.issues.filter((i) => i.rule === 'download-older');
			expect(older.map((i) => i.action)).toEqual(action ? [expect.stringContaining(action)] : []);
			expect(older.every((i) => i.severity === 'warning')).toBe(true);
		}
		await db.close();
	});
});
