/**
 * The accounts store's schema: users, their sign-in sessions and the audit log. It lives in a
 * DuckDB file of its own beside the figures (`store/accounts.duckdb`), owned by the running
 * server, so that signing in never waits for an import and an import never waits for a sign-in.
 * Times are TIMESTAMP (UTC); builders bind them as epoch milliseconds.
 */
export const ACCOUNTS_SCHEMA: readonly string[] = [
	`CREATE TABLE IF NOT EXISTS users (
		name VARCHAR PRIMARY KEY,
		role VARCHAR NOT NULL CHECK (role IN ('analyst', 'viewer')),
		password_hash VARCHAR NOT NULL,
		created_at TIMESTAMP NOT NULL,
		password_changed_at TIMESTAMP NOT NULL
	)`,
	// Only the SHA-256 of a session's token is kept: a copy of this file signs no one in.
	`CREATE TABLE IF NOT EXISTS sessions (
		token_hash VARCHAR PRIMARY KEY,
		user_name VARCHAR NOT NULL,
		csrf_token VARCHAR NOT NULL,
		created_at TIMESTAMP NOT NULL,
		last_seen_at TIMESTAMP NOT NULL
	)`,
	'CREATE SEQUENCE IF NOT EXISTS audit_id',
	`CREATE TABLE IF NOT EXISTS audit_log (
		id BIGINT PRIMARY KEY DEFAULT nextval('audit_id'),
		happened_at TIMESTAMP NOT NULL,
		actor VARCHAR,
		via VARCHAR NOT NULL,
		action VARCHAR NOT NULL,
		subject VARCHAR,
		detail VARCHAR,
		ip VARCHAR
	)`
];
