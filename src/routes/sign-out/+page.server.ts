import { redirect } from '@sveltejs/kit';
import { addAuditSql } from '$lib/db/sql/audit-sql';
import { withAccounts } from '$lib/server/accounts/accounts-holder';
import { SESSION_COOKIE, sessionCookieOptions } from '$lib/server/accounts/session-cookie';
import { endSession } from '$lib/server/accounts/sessions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({ user: locals.user });

export const actions: Actions = {
	default: async ({ cookies, locals, url, getClientAddress }) => {
		const token = cookies.get(SESSION_COOKIE);
		if (token && locals.user) {
			const entry = { actor: locals.user.name, via: 'web' as const, action: 'signed out' };
			await withAccounts(async (db) => {
				await endSession({ db, token });
				await db.query(
					addAuditSql({
						nowMs: Date.now(),
						entry: { ...entry, subject: locals.user!.name, ip: getClientAddress() }
					})
				);
			});
		}
		cookies.delete(SESSION_COOKIE, sessionCookieOptions({ url, maxMs: 0 }));
		redirect(303, '/sign-in?signed-out');
	}
};
