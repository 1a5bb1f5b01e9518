import type { Role } from '../../db/sql/users-sql';

const NAME = /^[a-z0-9][a-z0-9._@-]{0,63}$/;
export const MIN_PASSWORD = 12;
/** Bounds the work one sign-in can ask of scrypt. */
export const MAX_PASSWORD = 256;

/** An account name as stored: trimmed and lower case. @example normaliseName(' Ana ') // 'ana' */
export function normaliseName(name: string): string {
	return name.trim().toLowerCase();
}

/**
 * Why an account name cannot be used, or null.
 * @example nameProblem('ana') // null
 */
export function nameProblem(name: string): string | null {
	return NAME.test(name)
		? null
		: `An account name is 1 to 64 letters, digits, dots, dashes, underscores or @, starting with a letter or digit; got "${name}".`;
}

/**
 * Why a password cannot be used, or null.
 * @example passwordProblem('short') // 'A password needs at least 12 characters; this one has 5.'
 */
export function passwordProblem(password: string): string | null {
	const length = [...password].length;
	if (length < MIN_PASSWORD)
		return `A password needs at least ${MIN_PASSWORD} characters; this one has ${length}.`;
	if (length > MAX_PASSWORD) return `A password has at most ${MAX_PASSWORD} characters.`;
	return null;
}

/** Whether text names a role. @example isRole('analyst') // true */
export function isRole(text: string | undefined): text is Role {
	return text === 'analyst' || text === 'viewer';
}
