import { describe, expect, it, vi } from 'vitest';
import type { Connector } from '../db/connector';
import type { EngineStatus } from '../engine/browser-engine.svelte';
import type { OverviewData } from '../overview/load-overview';
import type { OverviewQuery } from '../overview/overview-query';
import type { OverviewLoader } from './overview-loader';
import { OverviewState, type OverviewEngine } from './overview.svelte';

const db = {} as Connector;
const figures = (period: string): OverviewData =>
	({ series: null, months: [], month: null, tables: [], period, vs: 'yoy' }) as OverviewData;
const ask = (period: string): OverviewQuery => ({
	period,
	vs: null,
	group: null,
	rate: null,
	month: null
});

function fakeEngine(status: EngineStatus, version = 3) {
	const engine = {
		status,
		error: null,
		version,
		connect: vi.fn(async () => db),
		startWhenIdle: vi.fn(() => () => {})
	};
	return engine as typeof engine & OverviewEngine;
}

/** A loader whose answers the test releases, in any order. */
function heldLoader() {
	const waiting: { period: string; release: (fail?: Error) => void }[] = [];
	const load: OverviewLoader = vi.fn(
		({ query }) =>
			new Promise<OverviewData>((resolve, reject) => {
				const period = query.period!;
				waiting.push({
					period,
					release: (fail) => (fail ? reject(fail) : resolve(figures(period)))
				});
			})
	);
	// The loader is called once the engine's connector has resolved, a tick after `select`.
	const release = async (period: string, fail?: Error) => {
		await vi.waitFor(() => expect(waiting.map((w) => w.period)).toContain(period));
		waiting.find((w) => w.period === period)!.release(fail);
	};
	return { load, release };
}

describe('OverviewState.select', () => {
	it.each([
		['idle', 1],
		['starting', 0],
		['failed', 0]
	] as const)(
		'engine %s: navigate at once, starting the engine %i time(s)',
		async (status, starts) => {
			const engine = fakeEngine(status);
			const { load } = heldLoader();
			const state = new OverviewState({ initial: figures('2021-06'), engine, load });
			expect(await state.select(ask('2021-07'))).toBe('navigate');
			expect(engine.connect).toHaveBeenCalledTimes(starts);
			expect(load).not.toHaveBeenCalled();
			expect(state.data.period).toBe('2021-06');
			expect(state.query.period).toBe('2021-07');
		}
	);

	it('engine ready: re-queries locally at its version and shows the figures', async () => {
		const engine = fakeEngine('ready', 7);
		const { load, release } = heldLoader();
		const state = new OverviewState({ initial: figures('2021-06'), engine, load });
		const outcome = state.select(ask('FY2020-21'));
		expect(state.busy).toBe(true);
		await release('FY2020-21');
		expect(await outcome).toBe('shown');
		expect(state.busy).toBe(false);
		expect(state.data.period).toBe('FY2020-21');
		expect(load).toHaveBeenCalledWith({ db, query: ask('FY2020-21'), version: 7 });
	});

	it('a later choice that finishes first wins; the earlier one is superseded', async () => {
		const { load, release } = heldLoader();
		const state = new OverviewState({ initial: figures('x'), engine: fakeEngine('ready'), load });
		const first = state.select(ask('2021-01'));
		const second = state.select(ask('2021-02'));
		await release('2021-02');
		expect(await second).toBe('shown');
		await release('2021-01');
		expect(await first).toBe('superseded');
		expect(state.data.period).toBe('2021-02');
		expect(state.busy).toBe(false);
	});

	it('a failed re-query asks the server and says why', async () => {
		const { load, release } = heldLoader();
		const state = new OverviewState({ initial: figures('x'), engine: fakeEngine('ready'), load });
		const outcome = state.select(ask('2021-03'));
		await release('2021-03', new Error('out of memory'));
		expect(await outcome).toBe('navigate');
		expect(state.data.period).toBe('x');
		expect(state.error).toBe(
			'The interactive engine failed (out of memory); asking the server instead.'
		);
	});

	it("the server's figures after a navigation replace a re-query still running", async () => {
		const { load, release } = heldLoader();
		const state = new OverviewState({ initial: figures('x'), engine: fakeEngine('ready'), load });
		const outcome = state.select(ask('2021-04'));
		state.showServer(figures('2021-05'));
		await release('2021-04');
		expect(await outcome).toBe('superseded');
		expect(state.data.period).toBe('2021-05');
		expect(state.query).toEqual({ ...ask('2021-05'), vs: 'yoy' });
		expect(state.busy).toBe(false);
	});
});

describe('OverviewState.refresh and startWhenIdle', () => {
	it.each([
		['idle', 0],
		['starting', 0],
		['ready', 1]
	] as const)('engine %s: %i re-query of the choices on screen', async (status, calls) => {
		const load = vi.fn<OverviewLoader>(async ({ query }) => figures(`${query.period} again`));
		const state = new OverviewState({
			initial: figures('2021-06'),
			engine: fakeEngine(status),
			load
		});
		await state.refresh();
		expect(load).toHaveBeenCalledTimes(calls);
		expect(state.data.period).toBe(calls ? '2021-06 again' : '2021-06');
	});

	it("hands the idle start to the engine and returns the engine's cancel", () => {
		const engine = fakeEngine('idle');
		const cancel = () => {};
		engine.startWhenIdle.mockReturnValue(cancel);
		const state = new OverviewState({ initial: figures('x'), engine });
		expect(state.startWhenIdle()).toBe(cancel);
		expect(engine.startWhenIdle).toHaveBeenCalledOnce();
	});
});
