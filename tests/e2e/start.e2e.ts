import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/server';
import { spawnCli, until } from '../support/spawn-cli';

const root = mkdtempSync(join(tmpdir(), 'safer-city-start-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** An address of this machine that is not 127.0.0.1: its network address, else 127.0.0.2. */
const OTHER =
	Object.values(networkInterfaces())
		.flat()
		.find((a) => a && a.family === 'IPv4' && !a.internal)?.address ?? '127.0.0.2';

/** Whether a TCP connection to host:port is accepted. */
const accepts = (host: string, port: number) =>
	new Promise<boolean>((resolve) => {
		const socket = connect({ host, port }, () => (socket.destroy(), resolve(true)));
		socket.on('error', () => resolve(false));
	});

describe('npm start (src/cli/start.ts on the built app)', () => {
	it.each([
		{ host: undefined, loopback: true, other: false },
		{ host: '0.0.0.0', loopback: true, other: true }
	])(
		'HOST=$host: answers on 127.0.0.1: $loopback, on another address: $other',
		async ({ host, loopback, other }) => {
			const dataDir = mkdtempSync(join(root, 'data-'));
			const port = await freePort();
			// An empty HOST is no HOST, whatever the test runner's environment holds.
			const env = { HOST: host ?? '', PORT: String(port), SAFER_CITY_DATA_DIR: dataDir };
			const server = spawnCli({ script: 'src/cli/start.ts', args: [], env });
			try {
				// The app's own line and adapter-node's "Listening on" come in either order.
				await until(
					() =>
						server.stdout().includes('Safer City Dashboard:') &&
						server.stdout().includes('Listening on'),
					120_000
				);
				expect(server.stdout()).toContain(`Listening on http://${host ?? '127.0.0.1'}:${port}`);
				expect([await accepts('127.0.0.1', port), await accepts(OTHER, port)]).toEqual([
					loopback,
					other
				]);
				expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
			} finally {
				server.child.kill('SIGTERM');
			}
			const ended = await server.done;
			expect(ended.stderr).toBe('');
			// The server's copy of the store goes with it.
			expect(
				readdirSync(join(dataDir, 'store')).filter((n) => n.startsWith('safer-city-tmp-'))
			).toEqual([]);
		}
	);
});
