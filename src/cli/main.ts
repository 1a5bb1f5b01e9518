import { parseArgs } from 'node:util';
import { compareCommand } from './compare-command';
import { configCommand } from './config-command';
import { exportCommand } from './export-command';
import { groupsCommand } from './groups-command';
import { importCommand } from './import-command';
import { userCommand } from './user-command';
import { versionsCommand } from './versions-command';
import { markCommand, rollbackCommand } from './version-commands';
import { escapeControls } from '../lib/ingest/text/escape-controls';
import { StoreBusyError, lockHolder } from '../lib/db/store-busy-error';
import { sweepTempFolders } from '../lib/db/temp-folder.server';
import { storeBusyMessage } from '../lib/server/store-busy-message';
import { dataDir } from '../lib/server/store-path';
import { exitOnSignals } from './exit-on-signals';

const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  import <files or folders…>   Validate and store CSV files of every layout we take (police.uk
                               street and outcomes, MOPAC tables, LFB incidents, partner
                               measures); .zip archives are opened; the layout is printed
      --dry-run                  Check and show what would change, store nothing
      --format KIND              Read every file as this layout: police-street,
                                 police-street-legacy, police-outcomes, mopac-wide,
                                 lfb-incidents, measures-long, measures-wide
      --mapping NAME             Read every file with the column mapping saved as NAME
      --as NAME                  Record the dataset version as made by NAME (default: the
                                 OS user)
                               A new store also gets the default configuration (see config load)
  compare                      Compare a period with the same period a year earlier
      --month YYYY-MM            A month, e.g. --month 2021-06
      --period TOKEN             2021-06, 2021-Q2, FY2020-21, FY2021-22:Q1, YE2021-03, 2021,
                                 YTD2021-05, FYTD2021-05 or 2021-04..2021-06
      --from YYYY-MM --to YYYY-MM  A custom range of months
      --vs yoy|previous|TOKEN    What to compare with: a year earlier (default), the period
                                 just before, or any period of the same length
      --source ID --area NAME    Which series (default police-street, the largest area)
      --group NAME|all           Only that group (with its categories), or every group
      --rate POPULATION          Add rates per 1,000, e.g. --rate residents or
                                 --rate "workday population" (from populations.csv)
      --small-numbers N          Flag counts under N as small numbers (default 10)
      --json                     Print JSON (every figure, test, note, rate, target and
                                 sentence) instead of a table
      --version N                The figures as they were at dataset version N
  config load                  Replace the store's breaks, groups, populations and targets with
                               breaks.csv, groups.csv, populations.csv and targets.csv from
                               --config-dir (default <data-dir>/config, else data/config)
  config list                  Print the configuration held in the store
  groups list                  Print the groups of categories (--source, default police-street)
  groups set NAME CATEGORY…    Define a group, e.g. groups set violence Robbery "Possession of weapons"
  groups remove NAME           Remove a group
  versions                     List the dataset versions, newest first: one per import that
                               stored files, who made it, when, and the months it changed
  rollback --to N              Bring back the figures of version N, as a new version (later
                               versions are kept); --as NAME records who
  mark N --meeting NAME --date YYYY-MM-DD
                               Record that version N was presented to a committee meeting;
                               mark N --remove takes the mark away
  export --out DIR             Write the newest dataset version as Parquet files to DIR/v<N>/
                               (and DIR/latest.json), for any static host to serve; default
                               DIR: PUBLISH_DIR. --version N copies an older version's export
  user add NAME --role R       Add an account of the dashboard, R analyst or viewer; the
                               password is asked for (or read from standard input), never
                               given as an argument
  user passwd NAME             Change an account's password (its sessions end)
  user remove NAME             Remove an account (its sessions end)
  user list                    Print the accounts and their roles
                               The dashboard holds the accounts while it runs: stop it first

Options for every command:
  --data-dir DIR               The data folder holding store/ (default: data)

One command writes to the store at a time; another waits for it up to SAFER_CITY_LOCK_WAIT
seconds (default 60), then stops, saying which process holds the store.
`;

function parse(argv: string[]) {
	return parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			'data-dir': { type: 'string' },
			'dry-run': { type: 'boolean', default: false },
			format: { type: 'string' },
			mapping: { type: 'string' },
			month: { type: 'string' },
			period: { type: 'string' },
			from: { type: 'string' },
			to: { type: 'string' },
			vs: { type: 'string' },
			source: { type: 'string' },
			area: { type: 'string' },
			group: { type: 'string' },
			rate: { type: 'string' },
			'small-numbers': { type: 'string' },
			'config-dir': { type: 'string' },
			role: { type: 'string' },
			as: { type: 'string' },
			version: { type: 'string' },
			out: { type: 'string' },
			meeting: { type: 'string' },
			date: { type: 'string' },
			remove: { type: 'boolean', default: false },
			json: { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h', default: false }
		}
	});
}

async function main(argv: string[]): Promise<number> {
	const { values, positionals } = parse(argv);
	const [command, ...rest] = positionals;
	const dir = values['data-dir'] ?? dataDir();
	if (values.help || !command) return (console.log(USAGE), command ? 0 : 2);
	try {
		return await run({ command, rest, values, dir });
	} catch (error) {
		const busy = error instanceof StoreBusyError ? error : busyError(error);
		if (!busy) throw error;
		console.error(storeBusyMessage({ dataDir: dir, error: busy }));
		return 1;
	}
}

async function run(opts: {
	command: string;
	rest: string[];
	values: ReturnType<typeof parse>['values'];
	dir: string;
}): Promise<number> {
	const { command, rest, values, dir } = opts;
	const log = (line: string) => console.log(line);
	if (command === 'import') {
		const { code, version } = await importCommand({
			paths: rest,
			dataDir: dir,
			dryRun: values['dry-run'],
			format: values.format,
			mapping: values.mapping,
			actor: values.as,
			log
		});
		if (version) log(`Dataset version ${version}.`);
		return code;
	}
	if (command === 'compare')
		return compareCommand({
			...values,
			smallNumbers: values['small-numbers'],
			dataDir: dir,
			log
		});
	if (command === 'config')
		return configCommand({
			action: rest[0],
			dataDir: dir,
			configDir: values['config-dir'],
			log
		});
	if (command === 'groups')
		return groupsCommand({ args: rest, source: values.source, dataDir: dir, log });
	if (command === 'versions') return versionsCommand({ dataDir: dir, log });
	if (command === 'export')
		return exportCommand({ dataDir: dir, out: values.out, version: values.version, log });
	if (command === 'rollback')
		return rollbackCommand({ to: values.to, dataDir: dir, actor: values.as, log });
	if (command === 'mark')
		return markCommand({ args: rest, ...values, dataDir: dir, actor: values.as, log });
	if (command === 'user') return userCommand({ args: rest, role: values.role, dataDir: dir, log });
	console.error(`Unknown command "${command}".\n\n${USAGE}`);
	return 2;
}

/** DuckDB's own lock error, met outside `openWhenFree`, as a StoreBusyError. */
function busyError(error: unknown): StoreBusyError | null {
	const holder = lockHolder(error);
	return holder && new StoreBusyError({ path: '', pid: holder.pid });
}

exitOnSignals();
sweepTempFolders();
main(process.argv.slice(2)).then(
	(code) => process.exit(code),
	(error: Error) => {
		console.error(`Error: ${escapeControls({ text: error.message })}`);
		process.exit(2);
	}
);
