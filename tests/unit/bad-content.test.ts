// Every way a writer can break the content must stop the build with `file:line: what is wrong, what to do`.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ContentError } from '../../src/lib/story/errors';
import { parseStory } from '../../src/lib/story/parse-story';
import { readDataFile } from '../../src/lib/story/data-file';
import { readUtf8 } from '../../src/lib/story/load';
import { SCENES } from '../../src/lib/scenes/registry';
import { FIGURES, PLACES } from '../../src/lib/scenes/shared-data';

const dir = 'tests/fixtures/bad';

function problemsOf(run: () => unknown): string {
	try {
		run();
	} catch (e) {
		expect(e).toBeInstanceOf(ContentError);
		return (e as ContentError).message;
	}
	throw new Error('expected the content to be refused, but it was accepted');
}

const story = (file: string) => () =>
	parseStory(readUtf8(`${dir}/${file}`, `${dir}/${file}`), `${dir}/${file}`, SCENES);
const data =
	(file: string, spec = PLACES) =>
	() =>
		readDataFile(readFileSync(`${dir}/${file}`, 'utf8'), `${dir}/${file}`, spec, new Set(['S1']));

const cases: [string, () => unknown, RegExp][] = [
	[
		'malformed front matter',
		story('malformed-front-matter.md'),
		/malformed-front-matter\.md:\d+: front matter is not valid YAML/
	],
	[
		'missing required field',
		story('missing-field.md'),
		/missing-field\.md:\d+: front matter field "description" is missing or empty\. Add description:/
	],
	[
		'unknown scene',
		story('unknown-scene.md'),
		/unknown-scene\.md:9: unknown scene "cty"\. Use one of: city, /
	],
	[
		'unknown state',
		story('unknown-state.md'),
		/unknown-state\.md:9: unknown state "noon" for scene "city"\. Use one of: evening, /
	],
	['empty step', story('empty-step.md'), /empty-step\.md:13: step has no text\. Write the paragraph/],
	[
		'duplicate id',
		story('duplicate-id.md'),
		/duplicate-id\.md:13: duplicate step id "a" \(first used on line 9\)/
	],
	[
		'notes outside a step',
		story('notes-outside-step.md'),
		/notes-outside-step\.md:13: teacher notes outside a step\. Move this :::notes block inside/
	],
	[
		'unclosed directive',
		story('unclosed-directive.md'),
		/unclosed-directive\.md:9: this :::step is never closed\. Add a line with :::/
	],
	['raw HTML inline', story('raw-html-inline.md'), /raw-html-inline\.md:10: raw HTML is not allowed/],
	['raw HTML block', story('raw-html-block.md'), /raw-html-block\.md:10: raw HTML is not allowed/],
	[
		'bad key frame flag',
		story('bad-keyframe.md'),
		/bad-keyframe\.md:9: keyframe must be true or false, not "maybe"/
	],
	['non-UTF-8 file', story('not-utf8.md'), /not-utf8\.md:10: the file is not valid UTF-8\. Save it as UTF-8/],
	[
		'text outside a step',
		story('text-outside-step.md'),
		/text-outside-step\.md:9: text outside a step\. Put it inside a :::step/
	],
	[
		'data value without a source',
		data('data-missing-source.yaml'),
		/data-missing-source\.yaml:3: this value has no source\. Add sources: \[S…\]/
	],
	[
		'data with an unknown source',
		data('data-unknown-source.yaml'),
		/data-unknown-source\.yaml:7: unknown source "S999"\. Add it to content\/data\/sources\.yaml/
	],
	[
		'data with a wrong type',
		data('data-wrong-type.yaml'),
		/data-wrong-type\.yaml:5: "point" must be a \[longitude, latitude\] pair/
	],
	[
		'data with text for a number',
		data('data-wrong-number.yaml', FIGURES),
		/data-wrong-number\.yaml:5: "value" must be a whole number, not "many"/
	],
	[
		'data with a value outside its list',
		data('data-bad-enum.yaml'),
		/data-bad-enum\.yaml:6: "certainty" must be one of HIGH, MED, LOW, not "SURE"/
	],
	['malformed data file', data('data-malformed.yaml'), /data-malformed\.yaml:\d+: not valid YAML/]
];

describe('broken content stops the build with file:line and the fix', () => {
	it.each(cases)('%s', (_name, run, expected) => {
		expect(problemsOf(run)).toMatch(expected);
	});
});
