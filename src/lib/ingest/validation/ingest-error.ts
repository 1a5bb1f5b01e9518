import type { ValidationIssue } from '../types';
import { formatIssue } from './format-issue';

/**
 * A whole-file failure (binary, empty, unreadable zip…) thrown by the readers; normalisers return issues instead.
 * @example throw new IngestError({ issue })
 */
export class IngestError extends Error {
	readonly issue: ValidationIssue;

	constructor({ issue }: { issue: ValidationIssue }) {
		super(formatIssue(issue));
		this.name = 'IngestError';
		this.issue = issue;
	}
}
