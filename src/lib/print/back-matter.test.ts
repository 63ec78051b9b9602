import { describe, expect, it } from 'vitest';
import { discussionQuestions, excerpt, formatDate, timeline } from './back-matter';

describe('formatDate', () => {
	it('writes dates and spans out in full', () => {
		expect(formatDate('1990-01-20')).toBe('20 January 1990');
		expect(formatDate('1990-01-19', '1990-01-20')).toBe('19–20 January 1990');
		expect(formatDate('1991-08-30', '1991-10-18')).toBe('30 August – 18 October 1991');
		expect(formatDate('1990-12-31', '1991-01-02')).toBe('31 December 1990 – 2 January 1991');
		expect(formatDate('1990-01-20', '1990-01-20')).toBe('20 January 1990');
	});
});

describe('timeline', () => {
	it('is empty without milestones, so the section is left out', () => {
		expect(timeline(undefined)).toEqual([]);
		expect(timeline([])).toEqual([]);
	});

	it('orders milestones by date and keeps their certainty and sources', () => {
		const records = [
			{ id: 'ind', date: '1991-10-18', label: 'Independence', text: 'Constitutional Act.', sources: ['S31'] },
			{
				id: 'bj',
				date: '1990-01-19',
				end: '1990-01-20',
				label: 'Black January',
				text: 'Troops enter Baku.',
				certainty: 'DISPUTED',
				note: 'Times vary.',
				sources: ['S3']
			},
			{
				id: 'un',
				date: '1992-03-02',
				label: 'UN',
				text: 'Admitted.',
				certainty: 'FIRM',
				note: 'Not printed.',
				sources: ['S33']
			},
			{
				id: 'one',
				date: '1991-12-29',
				label: 'Referendum',
				text: 'Vote.',
				certainty: 'SINGLE',
				sources: ['S32']
			}
		];
		expect(timeline(records)).toEqual([
			{
				id: 'bj',
				date: '1990-01-19',
				when: '19–20 January 1990',
				label: 'Black January',
				text: 'Troops enter Baku.',
				certainty: 'disputed',
				note: 'Times vary.',
				sources: ['S3']
			},
			{
				id: 'ind',
				date: '1991-10-18',
				when: '18 October 1991',
				label: 'Independence',
				text: 'Constitutional Act.',
				sources: ['S31']
			},
			{
				id: 'one',
				date: '1991-12-29',
				when: '29 December 1991',
				label: 'Referendum',
				text: 'Vote.',
				certainty: 'single source',
				sources: ['S32']
			},
			{ id: 'un', date: '1992-03-02', when: '2 March 1992', label: 'UN', text: 'Admitted.', sources: ['S33'] }
		]);
	});
});

describe('discussionQuestions', () => {
	const step = (index: number, questions: string[] | null, context: string[] = []) => ({
		id: `s${index}`,
		index,
		paragraphs: ['Night fell over Baku on 20 January 1990 not as a veil of rest, but as a shroud.'],
		notes: questions ? { context, questions } : null
	});

	it('leaves the slot out when no step has questions', () => {
		expect(discussionQuestions([step(0, null), step(1, [], ['Only context.'])])).toEqual([]);
	});

	it('groups questions by step, in reading order, with the passage they belong to', () => {
		const groups = discussionQuestions([
			step(3, ['Why?']),
			step(1, ['What?', 'Who?'], ['Some context.']),
			step(2, null)
		]);
		expect(groups.map((g) => [g.stepIndex, g.questions])).toEqual([
			[1, ['What?', 'Who?']],
			[3, ['Why?']]
		]);
		expect(groups[0].context).toEqual(['Some context.']);
		expect(groups[0].excerpt).toBe('Night fell over Baku on 20 January 1990…');
	});

	it('cuts excerpts at word boundaries', () => {
		expect(excerpt('Short text.')).toBe('Short text.');
		expect(excerpt('one  two\nthree four', 3)).toBe('one two three…');
	});
});
