import { timingSafeEqual } from 'node:crypto';
import type { Role } from '../../db/sql/users-sql';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Writes anyone may make: signing in and out. Every other write needs an analyst. */
const OPEN_WRITES = new Set(['/sign-in', '/sign-out']);
/** Pages anyone may view when viewing needs sign-in. */
const OPEN_PAGES = new Set(['/sign-in']);

export type Refusal = { status: 401 | 403; message: string } | { status: 302; location: string };

const same = (a: string, b: string) =>
	a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Whether a request may go on, decided before any route sees it: writes other than signing in
 * and out need an analyst's session, and those that are not form posts (which SvelteKit's origin
 * check covers) need the session's CSRF token in `x-csrf-token`; pages need a session only when
 * viewing is set to need one. Returns null to go on, else how to refuse.
 * @example guardRequest({ method: 'POST', path: '/api/x', isForm: false, user: null, csrfHeader: null, csrfToken: null, viewNeedsSignIn: false }) // { status: 401, … }
 */
export function guardRequest(opts: {
	method: string;
	path: string;
	search?: string;
	isForm: boolean;
	user: { name: string; role: Role } | null;
	csrfHeader: string | null;
	csrfToken: string | null;
	viewNeedsSignIn: boolean;
}): Refusal | null {
	const { user } = opts;
	if (!SAFE.has(opts.method)) {
		if (OPEN_WRITES.has(opts.path)) return null;
		if (!user) return { status: 401, message: 'Sign in as an analyst to change anything here.' };
		if (user.role !== 'analyst')
			return {
				status: 403,
				message: `Only analysts can change anything here; ${user.name} is signed in as a viewer.`
			};
		if (
			!opts.isForm &&
			!(opts.csrfHeader && opts.csrfToken && same(opts.csrfHeader, opts.csrfToken))
		)
			return {
				status: 403,
				message:
					"This request lacks your session's x-csrf-token header; reload the page and try again."
			};
		return null;
	}
	if (!opts.viewNeedsSignIn || user || OPEN_PAGES.has(opts.path)) return null;
	if (opts.path.startsWith('/api/'))
		return { status: 401, message: 'Sign in to see the figures: this dashboard is not public.' };
	const next = encodeURIComponent(`${opts.path}${opts.search ?? ''}`);
	return { status: 302, location: `/sign-in?next=${next}` };
}
