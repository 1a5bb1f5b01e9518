import { parseArgs } from 'node:util';
import { compareCommand } from './compare-command';
import { importCommand } from './import-command';
import { dataDir } from '../lib/server/store-path';

const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  import <files or folders…>   Validate and store police.uk street-level CSV files
      --dry-run                  Check and show what would change, store nothing
  compare                      Compare a period with the same period a year earlier
      --month YYYY-MM            A month, e.g. --month 2021-06
      --period TOKEN             2021-06, 2021-Q2, FY2020-21, FY2021-22:Q1, YE2021-03, 2021,
                                 YTD2021-05, FYTD2021-05 or 2021-04..2021-06
      --from YYYY-MM --to YYYY-MM  A custom range of months
      --vs yoy|previous|TOKEN    What to compare with (default yoy)
      --source ID --area NAME    Which series (default police-street, the largest area)
      --json                     Print JSON instead of a table

Options for every command:
  --data-dir DIR               The data folder holding store/ (default: data)
`;

async function main(argv: string[]): Promise<number> {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			'data-dir': { type: 'string' },
			'dry-run': { type: 'boolean', default: false },
			month: { type: 'string' },
			period: { type: 'string' },
			from: { type: 'string' },
			to: { type: 'string' },
			vs: { type: 'string' },
			source: { type: 'string' },
			area: { type: 'string' },
			json: { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h', default: false }
		}
	});
	const [command, ...rest] = positionals;
	const dir = values['data-dir'] ?? dataDir();
	const log = (line: string) => console.log(line);
	if (values.help || !command) return (console.log(USAGE), command ? 0 : 2);
	if (command === 'import') {
		const { code } = await importCommand({
			paths: rest,
			dataDir: dir,
			dryRun: values['dry-run'],
			log
		});
		return code;
	}
	if (command === 'compare') return compareCommand({ ...values, dataDir: dir, log });
	console.error(`Unknown command "${command}".\n\n${USAGE}`);
	return 2;
}

main(process.argv.slice(2)).then(
	(code) => process.exit(code),
	(error: Error) => {
		console.error(`Error: ${error.message}`);
		process.exit(2);
	}
);
