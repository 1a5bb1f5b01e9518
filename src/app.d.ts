// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		interface Locals {
			/** The signed-in account, resolved from the session cookie by src/hooks.server.ts. */
			user: { name: string; role: 'analyst' | 'viewer' } | null;
			/** The session's token for writes that are not form posts (`x-csrf-token`). */
			csrfToken: string | null;
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
