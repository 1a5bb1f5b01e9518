import type { Handle, RequestEvent } from '@sveltejs/kit';
import { withAccounts } from '$lib/server/accounts/accounts-holder';
import { guardRequest } from '$lib/server/accounts/request-guard';
import { SESSION_COOKIE, sessionCookieOptions } from '$lib/server/accounts/session-cookie';
import { sessionLimits, viewNeedsSignIn } from '$lib/server/accounts/session-settings';
import { resolveSession } from '$lib/server/accounts/sessions';
import { compressResponse } from '$lib/server/http/compress-response';
import { securityHeaders } from '$lib/server/http/security-headers';

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
// Read once: a bad setting stops the server at its first request rather than being ignored.
const limits = sessionLimits();
const viewGate = viewNeedsSignIn();

/**
 * Every answer: the security headers (frame-ancestors per route), compressed when it is text.
 * Before that, resolves the session cookie into `locals.user` and lets the request on or not.
 */
export const handle: Handle = async (input) => finish(input.event, await answer(input));

function finish(event: RequestEvent, answered: Response): Response {
	let response = answered;
	try {
		securityHeaders({ headers: response.headers, path: event.url.pathname, env: process.env });
	} catch {
		// Immutable headers (a fetched or redirect Response): copy it, then set them.
		response = new Response(response.body, response);
		securityHeaders({ headers: response.headers, path: event.url.pathname, env: process.env });
	}
	const accept = event.request.headers.get('accept-encoding');
	return compressResponse({ response, accept, method: event.request.method });
}

const answer: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(SESSION_COOKIE);
	const session = token
		? await withAccounts((db) => resolveSession({ db, token, nowMs: Date.now(), ...limits }))
		: null;
	if (token && !session)
		event.cookies.delete(SESSION_COOKIE, sessionCookieOptions({ url: event.url, maxMs: 0 }));
	event.locals.user = session?.user ?? null;
	event.locals.csrfToken = session?.csrfToken ?? null;
	const type = event.request.headers.get('content-type')?.split(';', 1)[0]?.trim().toLowerCase();
	const refusal = guardRequest({
		method: event.request.method,
		path: event.url.pathname,
		search: event.url.search,
		isForm: FORM_TYPES.includes(type ?? ''),
		user: event.locals.user,
		csrfHeader: event.request.headers.get('x-csrf-token'),
		csrfToken: event.locals.csrfToken,
		viewNeedsSignIn: viewGate
	});
	if (refusal?.status === 302)
		return new Response(null, { status: 302, headers: { location: refusal.location } });
	if (refusal)
		return new Response(refusal.message, {
			status: refusal.status,
			headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }
		});
	const response = await resolve(event);
	// Whatever depends on who is signed in must not be cached for someone else.
	if (session && !response.headers.has('cache-control'))
		response.headers.set('cache-control', 'private, no-store');
	return response;
};
