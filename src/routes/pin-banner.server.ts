import type { Connector, Row } from '$lib/db/connector';
import { versionChangesSql, type VersionChangeRow } from '$lib/db/sql/coverage-changes-sql';
import { loadOverview } from '$lib/overview/load-overview';
import { readOverviewQuery } from '$lib/overview/overview-query';
import { overviewRevisions, type FigureRevision } from '$lib/overview/overview-revisions';
import { cachedFacts } from '$lib/server/cached-facts';
import { pinnedStore } from '$lib/server/pinned-store';
import { pinnedVersion, versionRow } from '$lib/server/versions/with-pinned-store';
import { withStore } from '$lib/server/with-store';

/** What a page pinned to a version says at the top. */
export interface PinBanner {
	version: number;
	created_ms: number;
	created_by: string;
	latest: number;
	meeting: string | null;
	meeting_date: string | null;
	/** The overview's figures later versions revised (the overview only). */
	revisions: FigureRevision[];
}

/**
 * The banner of a page pinned with `?v=N`, or null when it is not pinned; on the overview, the
 * figures revised since, worked out from the pinned and the latest overview of the same choices.
 * @example await pinBanner({ url, overview: true })
 */
export async function pinBanner(opts: { url: URL; overview: boolean }): Promise<PinBanner | null> {
	const version = pinnedVersion(opts.url);
	if (version === null) return null;
	return withStore(async (db, copy) => {
		const { row, latest, versions } = await versionRow({ db, version });
		const banner = {
			version,
			created_ms: row.created_ms,
			created_by: row.created_by,
			latest,
			meeting: row.meeting,
			meeting_date: row.meeting_date
		};
		if (!opts.overview || version === latest) return { ...banner, revisions: [] };
		const pinned = await pinnedStore({ db, version, key: copy.version });
		const shown = await overviewOf(pinned, `${copy.version}#v${version}`, opts.url);
		const query = { ...readOverviewQuery(opts.url.searchParams), month: null };
		const same = { ...query, period: shown.period ?? null, vs: shown.vs ?? null, area: shown.area };
		const now = await loadOverview({
			db,
			facts: await cachedFacts({ db, version: copy.version }),
			...same
		});
		const changes = await db.query<VersionChangeRow & Row>(versionChangesSql());
		return {
			...banner,
			revisions: overviewRevisions({
				pinned: shown,
				latest: now,
				changes,
				versions,
				after: version
			})
		};
	});
}

async function overviewOf(db: Connector, version: string, url: URL) {
	const facts = await cachedFacts({ db, version });
	return loadOverview({ db, facts, ...readOverviewQuery(url.searchParams) });
}
