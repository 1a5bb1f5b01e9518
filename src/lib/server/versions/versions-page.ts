import type { Connector, Row } from '../../db/connector';
import { versionChangesSql, type VersionChangeRow } from '../../db/sql/coverage-changes-sql';
import { versionsSql, type VersionRow } from '../../db/sql/versions-sql';

/** Months listed per version on the page; the rest are counted. */
const SHOWN = 60;

/** One version as the versions page shows it. */
export interface VersionListing extends VersionRow {
	/** The first months it changed, with old and new counts. */
	changes: VersionChangeRow[];
	/** How many months it changed in all. */
	changed: number;
}

/**
 * Every dataset version, newest first, with the months each changed (old and new counts) and its
 * committee mark. @example await versionsPage({ db })
 */
export async function versionsPage(opts: { db: Connector }): Promise<VersionListing[]> {
	const versions = await opts.db.query<VersionRow & Row>(versionsSql());
	const changes = await opts.db.query<VersionChangeRow & Row>(versionChangesSql());
	const byVersion = new Map<number, VersionChangeRow[]>();
	for (const c of changes) {
		const list = byVersion.get(c.version);
		if (list) list.push(c);
		else byVersion.set(c.version, [c]);
	}
	return versions.map((v) => {
		const all = byVersion.get(v.version) ?? [];
		return { ...v, changes: all.slice(0, SHOWN), changed: all.length };
	});
}
