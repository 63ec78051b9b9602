/** The print version's back matter: timeline of key dates and the handout's discussion questions. Pure. */
import { formatDay } from '$lib/scenes/route/data';

export interface TimelineEntry {
	id: string;
	/** "20 January 1990", or a range "19–20 January 1990". */
	when: string;
	/** ISO date, for <time datetime>. */
	date: string;
	label: string;
	text: string;
	/** "single source", "disputed"… when the data flags the date; firm dates carry none. */
	certainty?: string;
	/** The data's note, printed for disputed dates so the reader sees what is in dispute. */
	note?: string;
	sources: string[];
}

/** "20 January 1990"; a span collapses what it shares. The route scene's formatter, months in full. */
export const formatDate = (date: string, end?: string): string => formatDay(date, end, true);

/** The data files' certainty codes (../shared/reference/facts.md) in words; FIRM needs no mention. */
export function certaintyLabel(code: string | undefined): string | undefined {
	if (!code) return undefined;
	switch (code.toUpperCase()) {
		case 'FIRM':
			return undefined;
		case 'SINGLE':
			return 'single source';
		case 'DISPUTED':
			return 'disputed';
	}
	return code.toLowerCase();
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/**
 * The timeline from content/data/milestones.yaml records ({id, date, end?, label, text, certainty?,
 * sources}), in date order. Absent or empty data gives an empty list: the section is left out.
 */
export function timeline(records: readonly Record<string, unknown>[] | undefined): TimelineEntry[] {
	if (!records?.length) return [];
	return records
		.filter((r) => str(r.date))
		.map((r, i) => ({ r, i }))
		.sort((x, y) => String(x.r.date).localeCompare(String(y.r.date)) || x.i - y.i)
		.map(({ r, i }) => {
			const certainty = certaintyLabel(str(r.certainty));
			const note = certainty === 'disputed' ? str(r.note) : undefined;
			const label = str(r.label) ?? '';
			return {
				id: str(r.id) ?? `milestone-${i}`,
				date: String(r.date),
				when: formatDate(String(r.date), str(r.end)),
				label,
				text: str(r.text) ?? '',
				...(certainty ? { certainty } : {}),
				...(note ? { note } : {}),
				sources: Array.isArray(r.sources) ? r.sources.map(String) : []
			};
		});
}

export interface QuestionGroup {
	stepId: string;
	stepIndex: number;
	/** The step's opening words, so a class can find the passage. */
	excerpt: string;
	context: string[];
	questions: string[];
}

/** First words of a passage, cut at a word boundary, with an ellipsis when cut. */
export function excerpt(text: string, words = 8): string {
	const all = text.replace(/\s+/g, ' ').trim().split(' ');
	return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')}…`;
}

/**
 * The teacher's discussion questions, grouped by the step they belong to, in reading order. Steps
 * without questions are skipped; an empty result means the handout leaves the section out.
 */
export function discussionQuestions(
	steps: readonly {
		id: string;
		index: number;
		paragraphs: readonly string[];
		notes: { context: readonly string[]; questions: readonly string[] } | null;
	}[]
): QuestionGroup[] {
	return [...steps]
		.sort((a, b) => a.index - b.index)
		.filter((s) => (s.notes?.questions.length ?? 0) > 0)
		.map((s) => ({
			stepId: s.id,
			stepIndex: s.index,
			excerpt: excerpt(s.paragraphs[0] ?? ''),
			context: [...(s.notes?.context ?? [])],
			questions: [...(s.notes?.questions ?? [])]
		}));
}
