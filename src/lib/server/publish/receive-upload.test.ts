import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { receiveUpload } from './receive-upload';

const dataDir = mkdtempSync(join(tmpdir(), 'receive-upload-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const kept = () => readdirSync(join(dataDir, 'uploads')).sort();
const body = (...chunks: string[]) =>
	new ReadableStream<Uint8Array>({
		start(c) {
			for (const chunk of chunks) c.enqueue(new TextEncoder().encode(chunk));
			c.close();
		}
	});
const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const receive = (
	stream: ReadableStream<Uint8Array> | null,
	more: { limitBytes?: number; declaredBytes?: number | null } = {}
) =>
	receiveUpload({
		body: stream,
		dataDir,
		name: 'june.csv',
		limitBytes: 100,
		declaredBytes: null,
		...more
	});

describe('receiveUpload', () => {
	it('keeps the bytes under their SHA-256, once for the same bytes twice', async () => {
		const first = await receive(body('Crime ID,', 'Month\n'));
		expect(first).toEqual({ sha256: sha('Crime ID,Month\n'), bytes: 15, existed: false });
		expect(await receive(body('Crime ID,Month\n'))).toEqual({ ...first, existed: true });
		expect(kept()).toEqual([first.sha256]);
		expect(readFileSync(join(dataDir, 'uploads', first.sha256), 'utf8')).toBe('Crime ID,Month\n');
	});

	it.each([
		[
			'a declared length above the limit',
			body('x'),
			{ declaredBytes: 101 },
			413,
			'june.csv is larger than this server takes (1 KB)'
		],
		[
			'more bytes than the limit',
			body('x'.repeat(60), 'x'.repeat(60)),
			{},
			413,
			'june.csv is larger than this server takes (1 KB)'
		],
		['no body', null, {}, 400, 'The upload of june.csv had no body']
	])('refuses %s, keeping nothing', async (_, stream, more, status, text) => {
		const before = kept();
		const failure = (await receive(stream, more).catch((e: unknown) => e)) as {
			status: number;
			message: string;
		};
		expect([failure.status, failure.message]).toEqual([status, expect.stringContaining(text)]);
		expect(kept()).toEqual(before);
	});

	it('removes what a broken connection had sent', async () => {
		const before = kept();
		const broken = new ReadableStream<Uint8Array>({
			pull(c) {
				c.enqueue(new TextEncoder().encode('half a file'));
				c.error(new Error('aborted'));
			}
		});
		await expect(receive(broken)).rejects.toThrow(
			'The upload of june.csv stopped before the whole file arrived (aborted); nothing was kept. Try again.'
		);
		expect(kept()).toEqual(before);
	});

	it('sweeps the partial files of processes no longer running', async () => {
		mkdirSync(join(dataDir, 'uploads'), { recursive: true });
		const dead = join(dataDir, 'uploads', '.partial-999999999-abc');
		const live = join(dataDir, 'uploads', `.partial-${process.ppid}-abc`);
		writeFileSync(dead, 'x');
		writeFileSync(live, 'x');
		await receive(body('more'));
		expect(kept()).toContain(`.partial-${process.ppid}-abc`);
		expect(kept()).not.toContain('.partial-999999999-abc');
		rmSync(live);
	});
});
