import { removePendingUpload } from '../engine/pending-uploads';
import type { ImportResult } from '../store/import-file';
import type { MonthPlan } from '../store/month-plan';
import type { UploadEntry } from './upload-entry.svelte';
import { publishedWords } from './upload-publish-words';
import { sendUpload } from './upload-send';

export type PublishPhase =
	'idle' | 'sending' | 'checking' | 'checked' | 'publishing' | 'published' | 'failed';

/** One kept file as the server is asked to read it. */
interface ServerFile {
	sha256: string;
	name: string;
	format?: string;
	mapping?: unknown;
	measureDefaults?: unknown;
}

/** Bytes sent of the file being sent to the server. */
export interface SendProgress {
	file: string;
	sent: number;
	total: number;
}

/**
 * Publishing the checked files to the dashboard: each sent to the server (with progress), the
 * server's own check shown, then, on confirmation, published there as a new dataset version.
 */
export class PublishState {
	phase: PublishPhase = $state('idle');
	progress: SendProgress | null = $state(null);
	/** The server's results: its check, then what publishing did. */
	results: ImportResult[] = $state([]);
	version: number | null = $state(null);
	message: string | null = $state(null);
	#files: ServerFile[] = [];
	#onPublished: () => Promise<void>;

	constructor(opts: { onPublished: () => Promise<void> }) {
		this.#onPublished = opts.onPublished;
	}

	get busy(): boolean {
		return this.phase === 'sending' || this.phase === 'checking' || this.phase === 'publishing';
	}

	get months(): MonthPlan[] {
		return this.results.flatMap((r) => r.months);
	}

	get rejected(): ImportResult[] {
		return this.results.filter((r) => r.status === 'rejected');
	}

	/** True when the server's check found nothing wrong and something to change. */
	get publishable(): boolean {
		return (
			this.phase === 'checked' &&
			!this.rejected.length &&
			this.months.some((m) => m.status !== 'unchanged')
		);
	}

	/** Sends the files to the server and has it check them; stores nothing. */
	async check(entries: UploadEntry[]): Promise<void> {
		if (this.busy) return;
		await this.#run('sending', async (csrf) => {
			this.#files = [];
			for (const entry of entries) {
				const onProgress = (sent: number, total: number) =>
					(this.progress = { file: entry.name, sent, total });
				const kept = await sendUpload({ name: entry.name, body: entry.body, csrf, onProgress });
				this.#files.push({ sha256: kept.sha256, name: entry.name, ...entry.readWith });
			}
			this.phase = 'checking';
			const outcome = await postPublish({ csrf, dryRun: true, files: this.#files });
			this.results = outcome.results;
			this.phase = 'checked';
		});
	}

	/** Publishes the files the server checked as one new dataset version. */
	async publish(): Promise<void> {
		if (!this.publishable) return;
		await this.#run('publishing', async (csrf) => {
			const outcome = await postPublish({ csrf, dryRun: false, files: this.#files });
			this.results = outcome.results;
			this.version = outcome.version;
			if (outcome.version === null) {
				this.phase = 'checked';
				this.message = outcome.results.some((r) => r.status === 'rejected')
					? 'Nothing was published: the server found a problem in a file, shown below.'
					: publishedWords({ version: null, months: this.months });
				return;
			}
			this.message = publishedWords({ version: outcome.version, months: this.months });
			this.phase = 'published';
			// Published drafts are on the server now: this browser need not replay them.
			for (const f of this.#files) await removePendingUpload({ sha256: f.sha256 });
			await this.#onPublished();
		});
	}

	/** Forgets the server's check, e.g. when the files on the page change. */
	reset(): void {
		if (this.busy) return;
		this.phase = 'idle';
		this.results = [];
		this.version = null;
		this.message = null;
		this.progress = null;
	}

	async #run(phase: PublishPhase, work: (csrf: string) => Promise<void>): Promise<void> {
		this.phase = phase;
		this.message = null;
		this.progress = null;
		try {
			await work(await csrfToken());
		} catch (e) {
			this.phase = 'failed';
			this.message = (e as Error).message;
		}
	}
}

async function csrfToken(): Promise<string> {
	const session = (await (await fetch('/api/session')).json()) as { csrfToken: string | null };
	if (!session.csrfToken)
		throw new Error('Your session has ended: sign in again as an analyst to publish.');
	return session.csrfToken;
}

async function postPublish(opts: {
	csrf: string;
	dryRun: boolean;
	files: ServerFile[];
}): Promise<{ results: ImportResult[]; version: number | null }> {
	const response = await fetch('/api/publish', {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'x-csrf-token': opts.csrf },
		body: JSON.stringify({ dryRun: opts.dryRun, files: opts.files })
	});
	const text = await response.text();
	if (!response.ok) throw new Error(text || `The server answered ${response.status}.`);
	return JSON.parse(text) as { results: ImportResult[]; version: number | null };
}
