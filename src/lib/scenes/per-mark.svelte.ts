/**
 * A list of values (one per mark) held as one signal per mark. A scene's frame is a new object on
 * every scroll tick; a mark that reads its value out of the frame's array runs again on every tick,
 * all of them, although a tick brings on only the few marks at the front of a sequence. Read from
 * here, a mark runs again only when its own value changed.
 *
 * The first values are read at once, so the server's markup and the first paint are right without
 * any effect having run.
 */
export function perMark<T extends number | string>(values: () => readonly T[]): T[] {
	const marks = $state([...values()]);
	$effect.pre(() => {
		const next = values();
		if (next.length < marks.length) marks.length = next.length;
		for (let i = 0; i < next.length; i++) if (marks[i] !== next[i]) marks[i] = next[i];
	});
	return marks;
}
