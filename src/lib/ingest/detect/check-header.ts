import type { FormatKind, ValidationIssue } from '../types';
import { issueMaker } from '../validation/issue-maker';
import { describeAcceptedLayouts, explainUnknown, isPeriodColumn } from './detect-format';
import { FORMAT_SIGNATURES } from './format-signatures';
import { findColumn, headerKey } from './header-key';

/** A header that starts like a period label: a year, or FY and a year. */
const LOOKS_LIKE_PERIOD = /^(fy)?\d{4}([-/q]|$)/;

const periodColumnIssue = (issue: ReturnType<typeof issueMaker>, column: string): ValidationIssue =>
	issue({
		rule: 'period-column-format',
		line: 1,
		column,
		expected:
			'a period such as 2017-06 (month), 2017-Q2 (quarter), 2017 (year), or 2017/18 or FY2017-18 (financial year)',
		action: `rename '${column}' to the period its figures are for, e.g. 2019-12 or 2019/20, then upload the file again`
	});

/**
 * Header-level problems for a layout. Every error it returns means the file cannot be loaded;
 * warnings (unnamed or unexpected columns) do not stop it.
 * @example checkHeader({ kind: 'police-street', header: ['Crime ID', 'Month', 'Month'] }) // duplicate-column, missing-column…
 */
export function checkHeader({
	kind,
	header,
	fileName = 'file'
}: {
	kind: FormatKind;
	header: string[];
	fileName?: string;
}): ValidationIssue[] {
	const issue = issueMaker({ file: fileName });
	if (kind === 'unknown') {
		const { hint, closest } = explainUnknown({ header });
		const rename =
			'rename your columns to one of these layouts or map them to ours in the column-mapping step';
		return [
			issue({
				rule: 'unknown-format',
				line: 1,
				value: header.join(','),
				expected: `one of the layouts we take: ${describeAcceptedLayouts()}`,
				action: hint ?? (closest ? `${closest}; ${rename}` : rename)
			})
		];
	}
	if (kind === 'police-stop-search') {
		return [
			issue({
				rule: 'wrong-file-type',
				value: 'police.uk stop-and-search',
				expected: 'a police.uk street-level crime (…-street.csv) or outcomes (…-outcomes.csv) file',
				action:
					'download the street-level crime or outcomes file for the same force and month instead'
			})
		];
	}
	const signature = FORMAT_SIGNATURES.find((s) => s.kind === kind);
	if (!signature) return [];
	const issues: ValidationIssue[] = [];
	const keys = header.map((cell) => headerKey({ cell }));
	const seen = new Set<string>();
	keys.forEach((key, i) => {
		const name = (header[i] ?? '').replace(/\uFEFF/g, '').trim();
		if (key === '') {
			issues.push(
				issue({
					rule: 'header-blank',
					severity: 'warning',
					line: 1,
					column: `column ${i + 1}`,
					expected: 'a name for every column',
					action:
						'nothing to do if the column is empty; otherwise give it a name, as it was ignored'
				})
			);
		} else if (seen.has(key)) {
			issues.push(
				issue({
					rule: 'header-duplicate',
					line: 1,
					column: name,
					expected: `each column name once (${signature.label} layout)`,
					action: `rename or remove the second '${name}' column`
				})
			);
		}
		seen.add(key);
	});
	for (const spec of signature.columns) {
		if (!spec.required || findColumn({ keys, spec }) >= 0) continue;
		const also = spec.aliases?.length ? ` (or ${spec.aliases.join(', ')})` : '';
		issues.push(
			issue({
				rule: 'header-missing',
				line: 1,
				column: spec.label,
				expected: `a column named '${spec.label}'${also} in the ${signature.label} layout`,
				action: `rename the column that holds this to '${spec.label}', or map it in the column-mapping step`
			})
		);
	}
	const known = (key: string): boolean =>
		key === '' || signature.columns.some((spec) => findColumn({ keys: [key], spec }) === 0);
	const periods = signature.periods;
	if (periods && !keys.some((key) => isPeriodColumn({ key, style: periods }))) {
		issues.push(
			issue({
				rule: 'header-no-periods',
				line: 1,
				expected:
					periods === 'yyyymm'
						? 'one column per month named YYYYMM, e.g. 201004'
						: 'one column per period, e.g. 2017-06, 2017-Q2 or 2017/18',
				action: 'add the period columns, or use the long layout with a period column'
			})
		);
	}
	if (signature.fixed || periods) {
		keys.forEach((key, i) => {
			if (known(key) || (periods && isPeriodColumn({ key, style: periods }))) return;
			// A misspelt period would drop its whole column of figures: refused, not ignored.
			if (periods === 'period' && LOOKS_LIKE_PERIOD.test(key)) {
				issues.push(periodColumnIssue(issue, (header[i] ?? '').trim()));
				return;
			}
			issues.push(
				issue({
					rule: 'header-unexpected',
					severity: 'warning',
					line: 1,
					column: (header[i] ?? '').trim(),
					expected: `only the ${signature.label} columns`,
					action: 'nothing to do; the column was ignored'
				})
			);
		});
	}
	return issues;
}
