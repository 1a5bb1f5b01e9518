import type { Row } from '../db/connector';
import { versionsSql, type VersionRow } from '../db/sql/versions-sql';
import { pinnedVersion } from './versions/with-pinned-store';
import { withStore } from './with-store';

/** The dataset version an embed shows and when it was published. */
export interface EmbedVersion {
	/** null when the store has no versions yet. */
	version: number | null;
	pinned: boolean;
	published_ms: number | null;
}

/**
 * The version `?v=N` pins, or the latest, with its publication time.
 * @example await embedVersion({ url: new URL('http://x/embed/…?v=3') }) // { version: 3, pinned: true, … }
 */
export async function embedVersion(opts: { url: URL }): Promise<EmbedVersion> {
	const pin = pinnedVersion(opts.url);
	const rows = await withStore((db) => db.query<VersionRow & Row>(versionsSql()));
	const row = pin === null ? rows?.[0] : rows?.find((r) => r.version === pin);
	return {
		version: row?.version ?? pin,
		pinned: pin !== null,
		published_ms: row?.created_ms ?? null
	};
}
