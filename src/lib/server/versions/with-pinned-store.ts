import { error } from '@sveltejs/kit';
import type { Connector, Row } from '../../db/connector';
import { versionsSql, type VersionRow } from '../../db/sql/versions-sql';
import { pinnedStore } from '../pinned-store';
import { withStore } from '../with-store';

/**
 * The version a page is pinned to by `?v=N`, or null; a malformed one is refused (400).
 * @example pinnedVersion(new URL('http://x/?v=7')) // 7
 */
export function pinnedVersion(url: URL): number | null {
	const v = url.searchParams.get('v');
	if (v === null || v === '') return null;
	if (!/^\d+$/.test(v)) error(400, `"?v=${v}" is not a version: use a version number, e.g. ?v=3.`);
	return Number(v);
}

/**
 * Like withStore, but on the figures as of the version `?v=N` names, if it does (a copy of the
 * store pinned to it, see pinnedStore; an unknown version is a 404). The copy's key names the
 * version too, so facts cached by it stay apart from the latest ones.
 * @example await withPinnedStore(url, (db, { version }) => loadOverview({ db, facts: await cachedFacts({ db, version }) }))
 */
export function withPinnedStore<T>(
	url: URL,
	work: (db: Connector, copy: { version: string }) => Promise<T>
): Promise<T | null> {
	const pin = pinnedVersion(url);
	return withStore(async (db, copy) => {
		if (pin === null) return work(db, copy);
		await versionRow({ db, version: pin });
		const pinned = await pinnedStore({ db, version: pin, key: copy.version });
		return work(pinned, { version: `${copy.version}#v${pin}` });
	});
}

/**
 * A version's row (who, when, its mark) and the latest version's number; 404 when it is not there.
 * @example await versionRow({ db, version: 7 })
 */
export async function versionRow(opts: {
	db: Connector;
	version: number;
}): Promise<{ row: VersionRow; latest: number; versions: VersionRow[] }> {
	const versions = await opts.db.query<VersionRow & Row>(versionsSql());
	const row = versions.find((v) => v.version === opts.version);
	const latest = versions[0]?.version ?? 0;
	if (!row)
		error(
			404,
			latest
				? `There is no version ${opts.version}: the versions run from 1 to ${latest} (see /versions).`
				: `There is no version ${opts.version}: the store has no versions yet.`
		);
	return { row, latest, versions };
}
