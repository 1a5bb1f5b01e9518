import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/** Who is signed in, and the token the page's scripts send as `x-csrf-token` with their writes. */
export const GET: RequestHandler = ({ locals }) =>
	json(
		{ user: locals.user, csrfToken: locals.csrfToken },
		{ headers: { 'cache-control': 'private, no-store' } }
	);
