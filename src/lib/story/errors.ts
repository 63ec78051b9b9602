/**
 * Content problems are reported as `file:line: what is wrong. what to do`, the
 * shape editors and terminals turn into clickable links.
 */
export interface ContentProblem {
	file: string;
	line: number;
	message: string;
}

export class ContentError extends Error {
	readonly problems: ContentProblem[];

	constructor(problems: ContentProblem[]) {
		super(problems.map(formatProblem).join('\n'));
		this.name = 'ContentError';
		this.problems = problems;
	}
}

export function formatProblem(p: ContentProblem): string {
	return `${p.file}:${p.line}: ${p.message}`;
}

/** Collects problems so a writer sees every mistake in one build, not one per build. */
export class ProblemList {
	readonly items: ContentProblem[] = [];

	constructor(readonly file: string) {}

	add(line: number, message: string): void {
		this.items.push({ file: this.file, line: Math.max(1, line), message });
	}

	throwIfAny(): void {
		if (this.items.length) throw new ContentError(this.items);
	}
}
