import { readdirSync, readFileSync } from 'node:fs';

/** Proportional set size (MB) of every Chromium process on the machine, summed: shared pages counted once. */
export function chromiumMemoryMb(): number {
	let kb = 0;
	for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
		try {
			if (!readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('chromium')) continue;
			const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
			kb += Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
		} catch {
			// The process ended while we looked.
		}
	}
	return kb / 1024;
}

/** Samples Chromium's memory every `ms` until stopped; returns the peak. */
export function samplePeak(ms = 100): () => number {
	let peak = chromiumMemoryMb();
	const timer = setInterval(() => (peak = Math.max(peak, chromiumMemoryMb())), ms);
	return () => {
		clearInterval(timer);
		return Math.max(peak, chromiumMemoryMb());
	};
}
