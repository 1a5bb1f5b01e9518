import { cachedFacts } from '$lib/server/cached-facts';
import { withStore } from '$lib/server/with-store';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => {
	const synthetic = await withStore(async (db, { version }) => {
		return (await cachedFacts({ db, version })).synthetic;
	});
	return { synthetic: synthetic ?? false, user: locals.user };
};
