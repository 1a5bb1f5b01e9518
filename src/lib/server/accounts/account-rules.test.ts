import { describe, expect, it } from 'vitest';
import { isRole, nameProblem, normaliseName, passwordProblem } from './account-rules';

describe('account rules', () => {
	it.each([
		{ name: 'ana', ok: true },
		{ name: 'a.smith@city.gov.uk', ok: true },
		{ name: '-ana', ok: false },
		{ name: 'ana smith', ok: false },
		{ name: '', ok: false },
		{ name: 'x'.repeat(65), ok: false }
	])('name $name: $ok', ({ name, ok }) => expect(nameProblem(name) === null).toBe(ok));

	it('normalises names', () => expect(normaliseName('  Ana.Smith ')).toBe('ana.smith'));

	it.each([
		{ password: 'short', problem: 'A password needs at least 12 characters; this one has 5.' },
		{
			password: '🔒'.repeat(11),
			problem: 'A password needs at least 12 characters; this one has 11.'
		},
		{ password: 'twelve chars', problem: null },
		{ password: 'x'.repeat(257), problem: 'A password has at most 256 characters.' }
	])('password of $password.length code units', ({ password, problem }) =>
		expect(passwordProblem(password)).toBe(problem)
	);

	it.each([
		['analyst', true],
		['viewer', true],
		['admin', false],
		[undefined, false]
	])('isRole(%s) = %s', (text, ok) => expect(isRole(text)).toBe(ok));
});
