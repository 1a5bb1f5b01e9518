/**
 * Where `npm start` serves: this machine only (127.0.0.1) unless HOST says otherwise, since
 * nothing is behind a sign-in yet; port 3000 unless PORT says otherwise.
 * @example listenAddress({ PORT: '8080' }) // { host: '127.0.0.1', port: '8080' }
 */
export function listenAddress(env: Record<string, string | undefined> = process.env): {
	host: string;
	port: string;
} {
	return { host: env.HOST || '127.0.0.1', port: env.PORT || '3000' };
}
