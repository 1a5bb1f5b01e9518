import { describe, expect, it } from 'vitest';
import { guardRequest } from './request-guard';

const analyst = { name: 'ana', role: 'analyst' as const };
const viewer = { name: 'viv', role: 'viewer' as const };
const base = {
	method: 'GET',
	path: '/',
	isForm: false,
	user: null,
	csrfHeader: null,
	csrfToken: null,
	viewNeedsSignIn: false
};
const CSRF = 'c'.repeat(43);
const UNSIGNED = { status: 401, message: 'Sign in as an analyst to change anything here.' };
const VIEWER = {
	status: 403,
	message: 'Only analysts can change anything here; viv is signed in as a viewer.'
};
const NO_TOKEN = {
	status: 403,
	message: "This request lacks your session's x-csrf-token header; reload the page and try again."
};

describe('guardRequest', () => {
	it.each([
		{ why: 'anyone views', req: {}, refusal: null },
		{
			why: 'anyone signs in',
			req: { method: 'POST', path: '/sign-in', isForm: true },
			refusal: null
		},
		{
			why: 'anyone signs out',
			req: { method: 'POST', path: '/sign-out', isForm: true },
			refusal: null
		},
		{
			why: 'no one else writes unsigned',
			req: { method: 'POST', path: '/api/publish' },
			refusal: UNSIGNED
		},
		{
			why: 'nor by form',
			req: { method: 'POST', path: '/audit', isForm: true },
			refusal: UNSIGNED
		},
		{ why: 'nor with DELETE', req: { method: 'DELETE', path: '/api/x' }, refusal: UNSIGNED },
		{
			why: 'a viewer never writes',
			req: { method: 'PUT', path: '/api/x', user: viewer, csrfHeader: CSRF, csrfToken: CSRF },
			refusal: VIEWER
		},
		{
			why: 'an analyst by form',
			req: { method: 'POST', path: '/x', isForm: true, user: analyst, csrfToken: CSRF },
			refusal: null
		},
		{
			why: 'an analyst with the token',
			req: { method: 'POST', path: '/api/x', user: analyst, csrfHeader: CSRF, csrfToken: CSRF },
			refusal: null
		},
		{
			why: 'an analyst without it',
			req: { method: 'POST', path: '/api/x', user: analyst, csrfToken: CSRF },
			refusal: NO_TOKEN
		},
		{
			why: 'an analyst with another',
			req: {
				method: 'POST',
				path: '/api/x',
				user: analyst,
				csrfHeader: `${CSRF.slice(1)}d`,
				csrfToken: CSRF
			},
			refusal: NO_TOKEN
		},
		{
			why: 'an analyst with a short one',
			req: { method: 'POST', path: '/api/x', user: analyst, csrfHeader: 'c', csrfToken: CSRF },
			refusal: NO_TOKEN
		},
		{
			why: 'signed-in viewing: sent to sign in',
			req: { path: '/series/x', search: '?a=1', viewNeedsSignIn: true },
			refusal: { status: 302, location: '/sign-in?next=%2Fseries%2Fx%3Fa%3D1' }
		},
		{
			why: 'signed-in viewing: data refused',
			req: { path: '/api/snapshot/uploads', viewNeedsSignIn: true },
			refusal: { status: 401, message: 'Sign in to see the figures: this dashboard is not public.' }
		},
		{
			why: 'signed-in viewing: the sign-in page open',
			req: { path: '/sign-in', viewNeedsSignIn: true },
			refusal: null
		},
		{
			why: 'signed-in viewing: a viewer sees',
			req: { path: '/', user: viewer, viewNeedsSignIn: true },
			refusal: null
		}
	])('$why', ({ req, refusal }) => expect(guardRequest({ ...base, ...req })).toEqual(refusal));
});
