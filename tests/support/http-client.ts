/** What a request answered, redirects not followed. */
export interface Answer {
	status: number;
	headers: Headers;
	text: string;
}

/**
 * One request as a browser without scripts would make it (`accept: text/html`), or a script
 * (`json`), with a session cookie, an Origin and a CSRF header when given.
 * @example await request({ url: `${base}/sign-in`, method: 'POST', form: { name: 'ana', password }, origin: base })
 */
export async function request(opts: {
	url: string;
	method?: string;
	form?: Record<string, string>;
	json?: unknown;
	origin?: string;
	cookie?: string;
	csrf?: string;
}): Promise<Answer> {
	const headers: Record<string, string> = { accept: 'text/html' };
	if (opts.origin) headers.origin = opts.origin;
	if (opts.cookie) headers.cookie = opts.cookie;
	if (opts.csrf) headers['x-csrf-token'] = opts.csrf;
	let body: string | undefined;
	if (opts.form) {
		headers['content-type'] = 'application/x-www-form-urlencoded';
		body = new URLSearchParams(opts.form).toString();
	} else if (opts.json !== undefined) {
		headers['content-type'] = 'application/json';
		body = JSON.stringify(opts.json);
	}
	const response = await fetch(opts.url, {
		method: opts.method ?? (body === undefined ? 'GET' : 'POST'),
		headers,
		body,
		redirect: 'manual'
	});
	return { status: response.status, headers: response.headers, text: await response.text() };
}

/** The `name=value` part of a Set-Cookie header, to send back. @example cookieOf(answer) // 'safer_city_session=…' */
export function cookieOf(answer: Answer): string {
	return (answer.headers.get('set-cookie') ?? '').split(';', 1)[0]!;
}
