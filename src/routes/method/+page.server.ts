import method from '$lib/stats/METHOD.md?raw';
import type { Row } from '$lib/db/connector';
import { foldGroups } from '$lib/config/fold-groups';
import { breaksSql, type BreakRow } from '$lib/db/sql/breaks-sql';
import { groupsSql, type GroupRow } from '$lib/db/sql/groups-sql';
import { labelMonth } from '$lib/periods/label-period';
import { parseMarkdown } from '$lib/method/parse-markdown';
import { withStore } from '$lib/server/with-store';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const config = await withStore(async (db) => ({
		breaks: await db.query<BreakRow & Row>(breaksSql()),
		groups: await db.query<GroupRow & Row>(groupsSql())
	})).catch(() => null); // A store made before these tables existed: `npm run cli -- config load` adds them.
	return {
		blocks: parseMarkdown(method),
		breaks: (config?.breaks ?? []).map((b) => ({ ...b, monthLabel: labelMonth(b.month) })),
		groups: foldGroups({ members: config?.groups ?? [] })
	};
};
