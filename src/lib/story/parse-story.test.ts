import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseStory } from './parse-story';
import { SCENES } from '$lib/scenes/registry';

const seed = readFileSync('content/source/azernews-2026-01-20.txt', 'utf8');
/** The article's paragraphs: from its first line to the subscription furniture, which is not the story. */
const articleParagraphs = seed
	.slice(seed.indexOf('Night fell over Baku'), seed.indexOf('Here we are to serve you'))
	.split(/\n\s*\n/)
	.map((p) => p.trim())
	.filter(Boolean);

describe('the story content', () => {
	const story = parseStory(readFileSync('content/story.md', 'utf8'), 'content/story.md', SCENES);

	it('holds every paragraph of the article, in order, word for word', () => {
		expect(story.steps.flatMap((s) => s.paragraphs)).toEqual(articleParagraphs);
	});

	it('leaves out the website furniture', () => {
		const text = story.steps.flatMap((s) => s.paragraphs).join('\n');
		for (const furniture of [
			'Subscribe',
			'Thank you!',
			'Loading...',
			'Latest See more',
			'Here we are to serve you'
		]) {
			expect(text).not.toContain(furniture);
		}
	});

	it('credits AzerNews and dates the text', () => {
		expect(story.meta.source).toBe('AzerNews');
		expect(story.meta.date).toBe('2026-01-20');
		expect(story.meta.title).toBe('20 January in Baku: Memory, mourning and birth of independence');
	});

	it('numbers steps in reading order and names a known scene and state for each', () => {
		story.steps.forEach((s, i) => {
			expect(s.index).toBe(i);
			expect(SCENES[s.scene]).toContain(s.state);
		});
	});

	it('marks the first step of each scene state as its key frame', () => {
		const seen = new Set<string>();
		for (const s of story.steps) {
			const key = `${s.scene}/${s.state}`;
			expect(s.keyframe).toBe(!seen.has(key));
			seen.add(key);
		}
	});
});

describe('parseStory', () => {
	const head =
		'---\ntitle: "T"\nstandfirst: "S"\ndate: "2026-01-20"\nsource: AzerNews\ndescription: "D"\n---\n\n';

	it('reads teacher notes: paragraphs as context, list items as questions', () => {
		const story = parseStory(
			head +
				'::::step{scene="city" state="evening"}\nText.\n\n:::notes\nWho and when.\n\n- Why?\n- Who says so?\n:::\n::::\n',
			'x.md',
			SCENES
		);
		expect(story.steps[0].notes).toEqual({ context: ['Who and when.'], questions: ['Why?', 'Who says so?'] });
		expect(story.steps[0].paragraphs).toEqual(['Text.']);
	});

	it('keeps a hard line break and joins soft-wrapped lines', () => {
		const story = parseStory(
			head + ':::step{scene="city" state="evening"}\nOne\ntwo.\\\nThree.\n:::\n',
			'x.md',
			SCENES
		);
		expect(story.steps[0].paragraphs).toEqual(['One two.\nThree.']);
	});

	it('lets the writer move a key frame to a later step of the same state', () => {
		const story = parseStory(
			head +
				':::step{scene="city" state="evening"}\nA.\n:::\n\n:::step{scene="city" state="evening" keyframe=true}\nB.\n:::\n',
			'x.md',
			SCENES
		);
		expect(story.steps.map((s) => s.keyframe)).toEqual([false, true]);
	});

	it('names steps by position when the writer gives no id', () => {
		const story = parseStory(head + ':::step{scene="city" state="evening"}\nA.\n:::\n', 'x.md', SCENES);
		expect(story.steps[0].id).toBe('step-0');
	});
});
