import type { Query } from '../connector';
import type { Role } from './users-sql';

/** A live session with its account. */
export interface SessionRow {
	user_name: string;
	role: Role;
	csrf_token: string;
	created_ms: number;
	last_seen_ms: number;
}

/** Starts a session. @example createSessionSql({ tokenHash, userName: 'ana', csrfToken, nowMs: Date.now() }) */
export function createSessionSql(opts: {
	tokenHash: string;
	userName: string;
	csrfToken: string;
	nowMs: number;
}): Query {
	return {
		sql: `INSERT INTO sessions VALUES (?, ?, ?, epoch_ms(CAST(? AS BIGINT)), epoch_ms(CAST(? AS BIGINT)))`,
		params: [opts.tokenHash, opts.userName, opts.csrfToken, opts.nowMs, opts.nowMs]
	};
}

/**
 * The session of a token's hash with its account, if it has been used within `idleMs` and began
 * within `maxMs` of now; an expired or removed account's session gives no row.
 * @example sessionSql({ tokenHash, nowMs: Date.now(), idleMs: 12 * 3600_000, maxMs: 7 * 86400_000 })
 */
export function sessionSql(opts: {
	tokenHash: string;
	nowMs: number;
	idleMs: number;
	maxMs: number;
}): Query {
	return {
		sql: `SELECT s.user_name, u.role, s.csrf_token, epoch_ms(s.created_at) AS created_ms,
	epoch_ms(s.last_seen_at) AS last_seen_ms
FROM sessions s JOIN users u ON u.name = s.user_name
WHERE s.token_hash = ?
	AND epoch_ms(s.last_seen_at) > CAST(? AS BIGINT) - CAST(? AS BIGINT)
	AND epoch_ms(s.created_at) > CAST(? AS BIGINT) - CAST(? AS BIGINT)`,
		params: [opts.tokenHash, opts.nowMs, opts.idleMs, opts.nowMs, opts.maxMs]
	};
}

/** Marks a session as used now. @example touchSessionSql({ tokenHash, nowMs: Date.now() }) */
export function touchSessionSql(opts: { tokenHash: string; nowMs: number }): Query {
	return {
		sql: 'UPDATE sessions SET last_seen_at = epoch_ms(CAST(? AS BIGINT)) WHERE token_hash = ?',
		params: [opts.nowMs, opts.tokenHash]
	};
}

/** Ends one session. @example endSessionSql({ tokenHash }) */
export function endSessionSql(opts: { tokenHash: string }): Query {
	return { sql: 'DELETE FROM sessions WHERE token_hash = ?', params: [opts.tokenHash] };
}

/** Removes every session past its idle or absolute expiry. @example expireSessionsSql({ nowMs, idleMs, maxMs }) */
export function expireSessionsSql(opts: { nowMs: number; idleMs: number; maxMs: number }): Query {
	return {
		sql: `DELETE FROM sessions
WHERE epoch_ms(last_seen_at) <= CAST(? AS BIGINT) - CAST(? AS BIGINT)
	OR epoch_ms(created_at) <= CAST(? AS BIGINT) - CAST(? AS BIGINT)`,
		params: [opts.nowMs, opts.idleMs, opts.nowMs, opts.maxMs]
	};
}
