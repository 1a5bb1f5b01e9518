import { describe, expect, it } from 'vitest';
import { listenAddress } from './listen-address';

describe('listenAddress', () => {
	it.each([
		{ env: {}, address: { host: '127.0.0.1', port: '3000' } },
		{ env: { HOST: '', PORT: '' }, address: { host: '127.0.0.1', port: '3000' } },
		{ env: { HOST: '0.0.0.0' }, address: { host: '0.0.0.0', port: '3000' } },
		{ env: { HOST: '::1', PORT: '8080' }, address: { host: '::1', port: '8080' } }
	])('$env', ({ env, address }) => expect(listenAddress(env)).toEqual(address));
});
