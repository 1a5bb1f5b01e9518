import { cachedFacts } from '$lib/server/cached-facts';
import { withStore } from '$lib/server/with-store';
import { pinBanner } from './pin-banner.server';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, url, route }) => {
	const synthetic = await withStore(async (db, { version }) => {
		return (await cachedFacts({ db, version })).synthetic;
	});
	// A page pinned with ?v=N says so at the top (the overview: with the figures revised since).
	const pin = await pinBanner({ url, overview: route.id === '/' });
	return { synthetic: synthetic ?? false, user: locals.user, pin };
};
