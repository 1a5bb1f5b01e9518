import { error, redirect } from '@sveltejs/kit';
import { withAccounts } from '$lib/server/accounts/accounts-holder';
import { auditPage } from '$lib/server/accounts/audit-page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (!locals.user) redirect(302, `/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`);
	if (locals.user.role !== 'analyst')
		error(403, `The audit log is for analysts; ${locals.user.name} is signed in as a viewer.`);
	return withAccounts((db) => auditPage({ db, page: url.searchParams.get('page') }));
};
