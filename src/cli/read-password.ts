/**
 * Reads a password without it ever being an argument: typed at a prompt with nothing echoed (and
 * asked twice when `confirm`), or the first line of standard input when that is not a terminal,
 * e.g. `printf '%s\n' "$PASSWORD" | npm run cli -- user add ana --role analyst`.
 * @example const password = await readPassword({ prompt: 'Password for ana: ', confirm: true });
 */
export async function readPassword(opts: { prompt: string; confirm?: boolean }): Promise<string> {
	if (!process.stdin.isTTY) return firstLine(await readAll());
	const password = await promptHidden(opts.prompt);
	if (opts.confirm && (await promptHidden('Type it again: ')) !== password)
		throw new Error('The two passwords differ; nothing was changed.');
	return password;
}

async function readAll(): Promise<string> {
	let text = '';
	for await (const chunk of process.stdin) text += String(chunk);
	return text;
}

function firstLine(text: string): string {
	return text.split(/\r?\n/, 1)[0] ?? '';
}

function promptHidden(question: string): Promise<string> {
	const stdin = process.stdin;
	process.stderr.write(question);
	stdin.setRawMode(true);
	stdin.setEncoding('utf8');
	stdin.resume();
	return new Promise((resolve, reject) => {
		let text = '';
		const finish = (then: () => void) => {
			stdin.off('data', onData);
			stdin.setRawMode(false);
			stdin.pause();
			process.stderr.write('\n');
			then();
		};
		const onData = (chunk: string) => {
			for (const ch of chunk) {
				if (ch === '\r' || ch === '\n') return finish(() => resolve(text));
				if (ch === '\u0003')
					return finish(() => reject(new Error('Cancelled; nothing was changed.')));
				text = ch === '\u007f' || ch === '\b' ? [...text].slice(0, -1).join('') : text + ch;
			}
		};
		stdin.on('data', onData);
	});
}
