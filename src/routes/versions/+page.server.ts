import { error, fail } from '@sveltejs/kit';
import { dataDir } from '$lib/server/store-path';
import { markAction, rollbackAction } from '$lib/server/versions/version-actions';
import { versionsPage } from '$lib/server/versions/versions-page';
import { withStore } from '$lib/server/with-store';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	versions: (await withStore((db) => versionsPage({ db }))) ?? [],
	analyst: locals.user?.role === 'analyst'
});

/** The signed-in analyst (hooks.server.ts refuses others' posts already; this says so again). */
function analyst(locals: App.Locals): string {
	if (locals.user?.role !== 'analyst') error(403, 'Only an analyst can change versions.');
	return locals.user.name;
}

const versionOf = (value: FormDataEntryValue | null): number | null =>
	typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : null;

export const actions: Actions = {
	rollback: async ({ request, locals, getClientAddress }) => {
		const actor = analyst(locals);
		const form = await request.formData();
		const to = versionOf(form.get('to'));
		if (to === null)
			return fail(400, { ok: false, action: 'rollback', message: 'Choose a version.' });
		if (form.get('confirm') !== 'yes')
			return fail(400, {
				ok: false,
				action: 'rollback',
				version: to,
				message: `Tick "Yes, roll back" to confirm rolling back to version ${to}.`
			});
		const outcome = await rollbackAction({ dataDir: dataDir(), to, actor, ip: getClientAddress() });
		if (!outcome.ok)
			return fail(409, { ok: false, action: 'rollback', version: to, message: outcome.message });
		return { ok: true, action: 'rollback', version: to, message: outcome.message };
	},
	mark: async ({ request, locals, getClientAddress }) => {
		const actor = analyst(locals);
		const form = await request.formData();
		const version = versionOf(form.get('version'));
		if (version === null)
			return fail(400, { ok: false, action: 'mark', message: 'Choose a version.' });
		const remove = form.get('remove') === 'yes';
		const meeting = remove ? null : String(form.get('meeting') ?? '');
		const date = String(form.get('date') ?? '');
		const ip = getClientAddress();
		const outcome = await markAction({ dataDir: dataDir(), version, meeting, date, actor, ip });
		if (!outcome.ok)
			return fail(400, { ok: false, action: 'mark', version, message: outcome.message });
		return { ok: true, action: 'mark', version, message: outcome.message };
	}
};
