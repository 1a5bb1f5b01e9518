import type { Query } from '../connector';

/** An account's role: analysts may write, viewers only read. */
export type Role = 'analyst' | 'viewer';

/** One account as listed (never its password hash). */
export interface UserRow {
	name: string;
	role: Role;
	created_ms: number;
	password_changed_ms: number;
}

const COLUMNS = `name, role, epoch_ms(created_at) AS created_ms,
	epoch_ms(password_changed_at) AS password_changed_ms`;

/** Every account, by name. @example usersSql() */
export function usersSql(): Query {
	return { sql: `SELECT ${COLUMNS} FROM users ORDER BY name` };
}

/** One account with its password hash, for signing in. @example userSql({ name: 'ana' }) */
export function userSql(opts: { name: string }): Query {
	return { sql: `SELECT ${COLUMNS}, password_hash FROM users WHERE name = ?`, params: [opts.name] };
}

/** Adds an account. @example addUserSql({ name: 'ana', role: 'analyst', passwordHash, nowMs: Date.now() }) */
export function addUserSql(opts: {
	name: string;
	role: Role;
	passwordHash: string;
	nowMs: number;
}): Query {
	return {
		sql: `INSERT INTO users VALUES (?, ?, ?, epoch_ms(CAST(? AS BIGINT)), epoch_ms(CAST(? AS BIGINT)))`,
		params: [opts.name, opts.role, opts.passwordHash, opts.nowMs, opts.nowMs]
	};
}

/**
 * Sets an account's password and ends its sessions, so a stolen session dies with the old
 * password; run inside a transaction.
 * @example setPasswordSql({ name: 'ana', passwordHash, nowMs: Date.now() })
 */
export function setPasswordSql(opts: {
	name: string;
	passwordHash: string;
	nowMs: number;
}): Query[] {
	return [
		{
			sql: `UPDATE users SET password_hash = ?, password_changed_at = epoch_ms(CAST(? AS BIGINT))
WHERE name = ?`,
			params: [opts.passwordHash, opts.nowMs, opts.name]
		},
		{ sql: 'DELETE FROM sessions WHERE user_name = ?', params: [opts.name] }
	];
}

/** Removes an account and its sessions; run inside a transaction. @example removeUserSql({ name: 'ana' }) */
export function removeUserSql(opts: { name: string }): Query[] {
	return [
		{ sql: 'DELETE FROM sessions WHERE user_name = ?', params: [opts.name] },
		{ sql: 'DELETE FROM users WHERE name = ?', params: [opts.name] }
	];
}
