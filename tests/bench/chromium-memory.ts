import { readdirSync, readFileSync } from 'node:fs';

/** One Chromium process's proportional and resident set sizes, in kB. */
interface Usage {
	pss: number;
	rss: number;
}

/** Every Chromium process on the machine with its memory, read from smaps_rollup (exact, slow). */
function readAll(): Map<string, Usage> {
	const usage = new Map<string, Usage>();
	for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
		try {
			if (!readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('chromium')) continue;
			const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
			const kb = (field: string) =>
				Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(rollup)?.[1]);
			usage.set(pid, { pss: kb('Pss') || 0, rss: kb('Rss') || 0 });
		} catch {
			// The process ended while we looked.
		}
	}
	return usage;
}

/** A process's resident set size in kB, from statm (cheap), or null once it has ended. */
function rssKb(pid: string): number | null {
	try {
		return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4;
	} catch {
		return null;
	}
}

const sumMb = (kb: Iterable<number>) => [...kb].reduce((a, b) => a + b, 0) / 1024;

/** Proportional set size (MB) of every Chromium process on the machine, summed: shared pages counted once. */
export function chromiumMemoryMb(): number {
	return sumMb([...readAll().values()].map((u) => u.pss));
}

/**
 * Samples Chromium's memory every `ms` until stopped; returns the peak. Reading every process's
 * PSS takes tens of milliseconds of CPU (smaps_rollup walks huge V8 reservations), which would
 * slow the browser being measured on a small machine (by about 0.8 s of a 3 s upload at 100 ms),
 * so PSS is read exactly every `exactMs` and in between estimated from each process's resident
 * size: its PSS then plus any growth of its RSS since. Growth of private memory (the wasm and JS
 * heaps) counts the same in both, and a fall is not counted, so the estimate errs high.
 */
export function samplePeak(ms = 100, exactMs = 1000): () => number {
	let exact = readAll();
	let peak = sumMb([...exact.values()].map((u) => u.pss));
	let ticks = 0;
	const timer = setInterval(() => {
		if (++ticks % Math.max(1, Math.round(exactMs / ms)) === 0) {
			exact = readAll();
			peak = Math.max(peak, sumMb([...exact.values()].map((u) => u.pss)));
			return;
		}
		const estimates = [...exact].map(([pid, u]) => u.pss + Math.max(0, (rssKb(pid) ?? 0) - u.rss));
		peak = Math.max(peak, sumMb(estimates));
	}, ms);
	return () => {
		clearInterval(timer);
		return Math.max(peak, chromiumMemoryMb());
	};
}
