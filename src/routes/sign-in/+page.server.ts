import { fail, redirect } from '@sveltejs/kit';
import { withAccounts } from '$lib/server/accounts/accounts-holder';
import { safeNext } from '$lib/server/accounts/safe-next';
import { SESSION_COOKIE, sessionCookieOptions } from '$lib/server/accounts/session-cookie';
import { sessionLimits } from '$lib/server/accounts/session-settings';
import { endSession } from '$lib/server/accounts/sessions';
import { signIn } from '$lib/server/accounts/sign-in';
import { waitInWords } from '$lib/server/accounts/wait-in-words';
import type { Actions, PageServerLoad } from './$types';

/** What was wrong with a try, per field and for the whole form. */
type SignInErrors = { name?: string; password?: string; form?: string };
const refuse = (status: number, name: string, errors: SignInErrors) =>
	fail(status, { name, errors });

export const load: PageServerLoad = ({ locals, url }) => ({
	user: locals.user,
	signedOut: url.searchParams.has('signed-out'),
	next: safeNext(url.searchParams.get('next'))
});

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const name = String(form.get('name') ?? '');
		const password = String(form.get('password') ?? '');
		const next = safeNext(form.get('next'));
		const errors: SignInErrors = {};
		if (!name.trim()) errors.name = 'Enter your account name.';
		if (!password) errors.password = 'Enter your password.';
		if (errors.name || errors.password) return refuse(400, name, errors);
		const limits = sessionLimits();
		const result = await signIn({
			withDb: withAccounts,
			name,
			password,
			ip: event.getClientAddress(),
			nowMs: Date.now(),
			limits
		});
		if (result.kind === 'throttled') {
			event.setHeaders({ 'retry-after': String(result.retryAfterS) });
			const form = `Too many failed sign-ins: wait ${waitInWords(result.retryAfterS)}, then try again.`;
			return refuse(429, name, { form });
		}
		if (result.kind === 'refused')
			return refuse(401, name, {
				form: 'The account name or the password is not right. Check both and try again.'
			});
		// A new session replaces the one this browser had, rather than leaving it alive beside it.
		const previous = event.cookies.get(SESSION_COOKIE);
		if (previous) await withAccounts((db) => endSession({ db, token: previous }));
		event.cookies.set(
			SESSION_COOKIE,
			result.token,
			sessionCookieOptions({ url: event.url, maxMs: limits.maxMs })
		);
		redirect(303, next);
	}
};
