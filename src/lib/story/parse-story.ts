import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import { parseDocument, LineCounter, isMap } from 'yaml';
import type { Root, RootContent, PhrasingContent, Paragraph, List } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { ProblemList } from './errors';
import type { Credit, SceneRegistry, Step, Story, StoryMeta, TeacherNotes } from './types';

const REQUIRED_META = ['title', 'standfirst', 'date', 'source', 'description'] as const;
const STEP_ATTRIBUTES = new Set(['id', 'scene', 'state', 'keyframe']);

/**
 * Parses the story file: YAML front matter, then `:::step{scene=… state=…}` containers holding the
 * article's paragraphs and, optionally, a nested `:::notes` container for teachers.
 * Every mistake is reported with its line; the build stops on any.
 */
export function parseStory(text: string, file: string, scenes: SceneRegistry): Story {
	const problems = new ProblemList(file);
	const tree = unified()
		.use(remarkParse)
		.use(remarkFrontmatter, ['yaml'])
		.use(remarkDirective)
		.parse(text) as Root;
	const lines = text.split(/\r?\n/);

	let meta: StoryMeta | null = null;
	const steps: Step[] = [];
	const keyframeChoice = new Map<Step, boolean | null>();
	const seenIds = new Map<string, number>();

	for (const node of tree.children) {
		const line = node.position?.start.line ?? 1;
		if (node.type === 'yaml') {
			meta = parseMeta(node.value, line, problems);
		} else if (node.type === 'containerDirective' && node.name === 'step') {
			checkClosed(node, lines, problems);
			const parsed = parseStep(node, steps.length, scenes, problems);
			if (!parsed) continue;
			const { step, keyframe } = parsed;
			keyframeChoice.set(step, keyframe);
			const earlier = seenIds.get(step.id);
			if (earlier !== undefined) {
				problems.add(
					line,
					`duplicate step id "${step.id}" (first used on line ${earlier}). Give each step its own id.`
				);
			}
			seenIds.set(step.id, line);
			steps.push(step);
		} else if (node.type === 'containerDirective' && node.name === 'notes') {
			problems.add(
				line,
				'teacher notes outside a step. Move this :::notes block inside the :::step it belongs to (use :::: for the step).'
			);
		} else if (node.type === 'html') {
			problems.add(
				line,
				'raw HTML is not allowed in the story. Write plain text; the page does the formatting.'
			);
		} else if (node.type === 'containerDirective' || node.type === 'leafDirective') {
			problems.add(line, `unknown block "${node.name}". Only :::step (with :::notes inside) is understood.`);
		} else if (node.type === 'thematicBreak' || node.type === 'definition') {
			continue;
		} else {
			problems.add(
				line,
				`text outside a step. Put it inside a :::step{scene=… state=…} block, or delete it.`
			);
		}
	}

	if (!meta) {
		problems.add(
			1,
			`missing front matter. Start the file with --- and the fields ${REQUIRED_META.join(', ')}, then ---.`
		);
	}
	if (steps.length === 0) problems.add(1, 'the story has no steps. Add :::step{scene=… state=…} blocks.');
	markKeyframes(steps, keyframeChoice);
	problems.throwIfAny();
	return { meta: meta as StoryMeta, steps };
}

function parseMeta(source: string, startLine: number, problems: ProblemList): StoryMeta | null {
	const counter = new LineCounter();
	const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false });
	// +1: the opening --- fence sits on startLine.
	const lineOf = (offset: number) => startLine + counter.linePos(offset).line;
	if (doc.errors.length) {
		for (const e of doc.errors)
			problems.add(
				lineOf(e.pos[0]),
				`front matter is not valid YAML (${e.code}). Check indentation and quotes.`
			);
		return null;
	}
	if (!isMap(doc.contents)) {
		problems.add(startLine, 'front matter must be a list of "field: value" lines.');
		return null;
	}
	const raw = doc.toJS() as Record<string, unknown>;
	const fieldLine = (key: string) => {
		const pair = (doc.contents as { items: { key: { value?: unknown; range?: number[] } }[] }).items.find(
			(p) => p.key?.value === key
		);
		return pair?.key.range ? lineOf(pair.key.range[0]) : startLine;
	};
	for (const key of REQUIRED_META) {
		if (typeof raw[key] !== 'string' || !(raw[key] as string).trim()) {
			problems.add(
				raw[key] === undefined ? startLine : fieldLine(key),
				`front matter field "${key}" is missing or empty. Add ${key}: "…".`
			);
		}
	}
	if (typeof raw.date === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(raw.date)) {
		problems.add(fieldLine('date'), `date "${raw.date}" must be written YYYY-MM-DD (quoted).`);
	}
	for (const key of ['sourceUrl', 'publicUrl']) {
		if (
			raw[key] !== undefined &&
			(typeof raw[key] !== 'string' || !/^https?:\/\//.test(raw[key] as string))
		) {
			problems.add(fieldLine(key), `${key} must be an http(s) address, or be left out.`);
		}
	}
	const credits: Credit[] = [];
	if (raw.credits !== undefined) {
		if (!Array.isArray(raw.credits)) {
			problems.add(fieldLine('credits'), 'credits must be a list of "- role: …, text: …" items.');
		} else {
			for (const c of raw.credits as Record<string, unknown>[]) {
				if (typeof c?.role !== 'string' || typeof c?.text !== 'string') {
					problems.add(fieldLine('credits'), 'each credit needs a role and a text, both strings.');
				} else credits.push({ role: c.role, text: c.text });
			}
		}
	}
	return {
		title: String(raw.title ?? ''),
		standfirst: String(raw.standfirst ?? ''),
		date: String(raw.date ?? ''),
		source: String(raw.source ?? ''),
		sourceUrl: raw.sourceUrl as string | undefined,
		publicUrl: raw.publicUrl as string | undefined,
		description: String(raw.description ?? ''),
		credits
	};
}

function parseStep(
	node: ContainerDirective,
	index: number,
	scenes: SceneRegistry,
	problems: ProblemList
): { step: Step; keyframe: boolean | null } | null {
	const line = node.position?.start.line ?? 1;
	const attrs = node.attributes ?? {};
	for (const key of Object.keys(attrs)) {
		if (!STEP_ATTRIBUTES.has(key))
			problems.add(line, `unknown step attribute "${key}". Use only id, scene, state and keyframe.`);
	}
	const scene = attrs.scene ?? '';
	const state = attrs.state ?? '';
	let ok = true;
	if (!scene) {
		problems.add(line, `step has no scene. Add scene="…" (one of: ${Object.keys(scenes).join(', ')}).`);
		ok = false;
	} else if (!(scene in scenes)) {
		problems.add(line, `unknown scene "${scene}". Use one of: ${Object.keys(scenes).join(', ')}.`);
		ok = false;
	} else if (!state) {
		problems.add(line, `step has no state. Add state="…" (for ${scene}: ${scenes[scene].join(', ')}).`);
		ok = false;
	} else if (!scenes[scene].includes(state)) {
		problems.add(
			line,
			`unknown state "${state}" for scene "${scene}". Use one of: ${scenes[scene].join(', ')}.`
		);
		ok = false;
	}
	let keyframe: boolean | null = null;
	if (attrs.keyframe !== undefined && attrs.keyframe !== null) {
		if (attrs.keyframe === 'true' || attrs.keyframe === '') keyframe = true;
		else if (attrs.keyframe === 'false') keyframe = false;
		else problems.add(line, `keyframe must be true or false, not "${attrs.keyframe}".`);
	}

	const paragraphs: string[] = [];
	let notes: TeacherNotes | null = null;
	for (const child of node.children) {
		const childLine = child.position?.start.line ?? line;
		if (child.type === 'paragraph') {
			if (child.data && (child.data as { directiveLabel?: boolean }).directiveLabel) continue;
			const text = inlineText(child, problems);
			if (text) paragraphs.push(text);
		} else if (child.type === 'containerDirective' && child.name === 'notes') {
			if (notes) problems.add(childLine, 'a step has at most one :::notes block. Merge them.');
			notes = parseNotes(child, problems);
		} else if (child.type === 'html') {
			problems.add(
				childLine,
				'raw HTML is not allowed in the story. Write plain text; the page does the formatting.'
			);
		} else if (child.type === 'containerDirective' && child.name === 'step') {
			problems.add(
				childLine,
				'a step inside a step. Close the outer step (:::) before starting the next one.'
			);
		} else {
			problems.add(
				childLine,
				`"${child.type}" is not allowed in a step. Steps hold plain paragraphs and one :::notes block.`
			);
		}
	}
	if (paragraphs.length === 0)
		problems.add(line, 'step has no text. Write the paragraph(s) this step shows, or delete the step.');
	if (!ok) return null;
	const step: Step = {
		id: attrs.id || `step-${index}`,
		index,
		scene,
		state,
		paragraphs,
		notes,
		keyframe: keyframe ?? false,
		line
	};
	return { step, keyframe };
}

function parseNotes(node: ContainerDirective, problems: ProblemList): TeacherNotes {
	const context: string[] = [];
	const questions: string[] = [];
	for (const child of node.children) {
		const line = child.position?.start.line ?? 1;
		if (child.type === 'paragraph') {
			const text = inlineText(child, problems);
			if (text) context.push(text);
		} else if (child.type === 'list') {
			for (const item of (child as List).children) {
				const text = item.children
					.filter((c): c is Paragraph => c.type === 'paragraph')
					.map((p) => inlineText(p, problems))
					.join(' ');
				if (text) questions.push(text);
			}
		} else if (child.type === 'html') {
			problems.add(line, 'raw HTML is not allowed in teacher notes. Write plain text.');
		} else {
			problems.add(
				line,
				`"${child.type}" is not allowed in notes. Write context as paragraphs and questions as a "- " list.`
			);
		}
	}
	if (!context.length && !questions.length)
		problems.add(
			node.position?.start.line ?? 1,
			'empty :::notes block. Write the notes or delete the block.'
		);
	return { context, questions };
}

/** Flattens inline content to plain text; markup that would need HTML is refused rather than dropped. */
function inlineText(node: { children: PhrasingContent[] }, problems: ProblemList): string {
	let out = '';
	for (const c of node.children) {
		const line = c.position?.start.line ?? 1;
		if (c.type === 'text') out += c.value.replace(/[ \t]*\n[ \t]*/g, ' ');
		else if (c.type === 'break') out += '\n';
		else if (c.type === 'emphasis' || c.type === 'strong') out += inlineText(c, problems);
		else if (c.type === 'html') problems.add(line, 'raw HTML is not allowed in the story. Write plain text.');
		else if (c.type === 'textDirective') out += `:${c.name}` + inlineText(c, problems);
		else if (c.type === 'inlineCode') out += c.value;
		else problems.add(line, `"${c.type}" is not supported in story text. Write plain text.`);
	}
	// Soft line breaks became spaces above; a hard break (backslash at line end) stays a newline.
	return out.replace(/ *\n */g, '\n').trim();
}

/** remark closes an unclosed container at the end of the file; a writer almost never means that. */
function checkClosed(node: RootContent, lines: string[], problems: ProblemList): void {
	const end = node.position?.end.line;
	if (!end) return;
	const last = lines[end - 1] ?? '';
	if (!/^\s*:{3,}\s*$/.test(last) || end === node.position?.start.line) {
		problems.add(
			node.position?.start.line ?? 1,
			'this :::step is never closed. Add a line with ::: (as many colons as the opening) after its text.'
		);
	}
}

/** A state is printed at its first step unless the writer picked (or refused) a step for it. */
function markKeyframes(steps: Step[], choice: Map<Step, boolean | null>): void {
	const chosen = new Set(steps.filter((s) => choice.get(s) === true).map((s) => `${s.scene}/${s.state}`));
	for (const s of steps) {
		const key = `${s.scene}/${s.state}`;
		if (!chosen.has(key) && choice.get(s) === null) {
			s.keyframe = true;
			chosen.add(key);
		}
	}
}
