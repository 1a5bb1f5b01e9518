import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createNodeConnector } from '../db/node-connector.server';
import type { BrowserEngine } from '../engine/browser-engine.svelte';
import { addPendingUpload } from '../engine/pending-uploads';
import { addSavedMapping } from '../engine/saved-mappings';
import { applySchema } from '../store/apply-schema';
import { UploadState } from './upload.svelte';

vi.mock('../engine/pending-uploads', () => ({ addPendingUpload: vi.fn() }));
vi.mock('../engine/saved-mappings', () => ({ addSavedMapping: vi.fn() }));

const csv = (name: string, lines: string[]) => new File([lines.join('\n') + '\n'], name);
const referrals = (month: string) => [
	'Referral date,Crime group,Notes',
	`${month}-05,Theft,`,
	`${month}-09,Theft,"a, b"`,
	`${month}-20,Fraud,`
];

async function page() {
	const db = createNodeConnector();
	await applySchema({ db });
	const connect = async () => db;
	const engine = { connect, forUploads: connect, changed: vi.fn() } as unknown as BrowserEngine;
	return new UploadState({ engine });
}

beforeEach(() => vi.clearAllMocks());

describe('UploadState', () => {
	it('maps an unknown file, saves the mapping, and reads the next file with it', async () => {
		const upload = await page();
		await upload.add([csv('referrals-2024-01.csv', referrals('2024-01'))]);
		const [first] = upload.entries;
		expect(first?.result).toMatchObject({ status: 'rejected', format: 'unknown' });
		expect(first?.kindWords).toBe('not recognised');
		const draft = first!.draft!;
		expect([draft.date, draft.categories, draft.value, draft.name]).toEqual([
			'Referral date',
			['Crime group'],
			'count-rows',
			'referrals'
		]);
		draft.areaFixed = 'City of London';
		await upload.choose(first!, { mapping: draft.mapping! });
		expect(first?.result).toMatchObject({ status: 'planned', format: 'custom:referrals' });
		expect(first?.result?.months.map((m) => [m.month, m.status])).toEqual([['2024-01', 'new']]);

		await upload.add([csv('referrals-2024-02.csv', referrals('2024-02'))]);
		expect(upload.entries[1]?.result?.status).toBe('rejected');
		await upload.saveMapping(first!);
		expect(addSavedMapping).toHaveBeenCalledWith(
			expect.objectContaining({
				name: 'referrals',
				header: ['Referral date', 'Crime group', 'Notes']
			})
		);
		expect(upload.entries[1]?.result).toMatchObject({
			status: 'planned',
			mapping: { name: 'referrals' }
		});
		expect(upload.entries[1]?.kindWords).toBe(
			"other CSV, read with the column mapping 'referrals'"
		);

		const second = upload.entries[1]!;
		await upload.choose(second, { format: 'measures-long' });
		expect([second.kind, second.result?.mapping, second.result?.status]).toEqual([
			'measures-long',
			null,
			'rejected'
		]);
		await upload.choose(second, { format: null });
		expect(second.result?.mapping?.name).toBe('referrals');

		await upload.save();
		expect(upload.phase).toBe('saved');
		expect(addPendingUpload).toHaveBeenCalledTimes(2);
		expect(vi.mocked(addPendingUpload).mock.calls[1]?.[0]).toMatchObject({
			name: 'referrals-2024-02.csv',
			mapping: { name: 'referrals', area: { fixed: 'City of London' } }
		});
	});

	it('reads a file as a layout chosen by hand, then as detected again', async () => {
		const upload = await page();
		const lines = ['period,area,measure,value', '2024-01,City of London,Reports on time,80'];
		await upload.add([csv('measures.csv', lines)]);
		const [entry] = upload.entries;
		expect(entry?.kind).toBe('measures-long');
		expect(entry?.measureColumns).toEqual(['unit', 'direction']);
		await upload.choose(entry!, { measureDefaults: { unit: 'percent', direction: 'up' } });
		expect(entry?.result?.status).toBe('planned');

		await upload.choose(entry!, { format: 'unknown' });
		expect(entry?.result?.status).toBe('rejected');
		expect(entry?.kindWords).toBe('not recognised');
		expect(entry?.draft?.header).toEqual(['period', 'area', 'measure', 'value']);
		await upload.choose(entry!, { format: null });
		expect([entry?.kind, entry?.result?.status, entry?.draft]).toEqual([
			'measures-long',
			'planned',
			null
		]);
	});
});
