import { createHash, randomBytes } from 'node:crypto';
import type { Connector, Row } from '../../db/connector';
import {
	createSessionSql,
	endSessionSql,
	sessionSql,
	touchSessionSql,
	type SessionRow
} from '../../db/sql/sessions-sql';
import type { Role } from '../../db/sql/users-sql';

/** Who a request comes from, once its session cookie is resolved. */
export interface SignedIn {
	user: { name: string; role: Role };
	/** Sent back in `x-csrf-token` by the page's scripts on every write that is not a form. */
	csrfToken: string;
}

/** Only a minute's precision is kept of when a session was last used, so most reads write nothing. */
const TOUCH_EVERY_MS = 60_000;

/** The stored form of a session token. @example tokenHash('abc') // 'ba7816bf…' */
export const tokenHash = (token: string): string =>
	createHash('sha256').update(token).digest('hex');

const random = () => randomBytes(32).toString('base64url');

/**
 * Starts a session: a random 256-bit token for the cookie, kept only as its SHA-256.
 * @example const { token } = await startSession({ db, userName: 'ana', nowMs: Date.now() });
 */
export async function startSession(opts: {
	db: Connector;
	userName: string;
	nowMs: number;
}): Promise<{ token: string; csrfToken: string }> {
	const token = random();
	const csrfToken = random();
	await opts.db.query(
		createSessionSql({
			tokenHash: tokenHash(token),
			userName: opts.userName,
			csrfToken,
			nowMs: opts.nowMs
		})
	);
	return { token, csrfToken };
}

/**
 * The account of a session token, or null when it is unknown, idle too long or too old;
 * marks the session used.
 * @example await resolveSession({ db, token, nowMs: Date.now(), idleMs, maxMs })
 */
export async function resolveSession(opts: {
	db: Connector;
	token: string;
	nowMs: number;
	idleMs: number;
	maxMs: number;
}): Promise<SignedIn | null> {
	const hash = tokenHash(opts.token);
	const [row] = await opts.db.query<SessionRow & Row>(sessionSql({ ...opts, tokenHash: hash }));
	if (!row) return null;
	if (opts.nowMs - row.last_seen_ms >= TOUCH_EVERY_MS)
		await opts.db.query(touchSessionSql({ tokenHash: hash, nowMs: opts.nowMs }));
	return { user: { name: row.user_name, role: row.role }, csrfToken: row.csrf_token };
}

/** Ends the session of a token. @example await endSession({ db, token }) */
export async function endSession(opts: { db: Connector; token: string }): Promise<void> {
	await opts.db.query(endSessionSql({ tokenHash: tokenHash(opts.token) }));
}
