/**
 * Which steps print as figures, and their numbers. Pure functions over the story's steps, shared by
 * the print page, its handout variant and the tests.
 */

/** The parts of a step that decide its figure. */
export interface FigureStep {
	id: string;
	index: number;
	scene: string;
	state: string;
	keyframe: boolean;
}

export interface PrintFigure {
	/** 1-based, in reading order: "Figure 3". */
	number: number;
	/** The step the figure illustrates, placed next to its text. */
	stepId: string;
	stepIndex: number;
	scene: string;
	state: string;
}

/**
 * One figure per key-frame step, numbered 1, 2, 3… in reading order. The content decides which steps
 * are key frames (by default the first step of each scene state); a scene state the writer marks
 * twice is still printed once, at its first marked step.
 */
export function selectFigures(steps: readonly FigureStep[]): PrintFigure[] {
	const ordered = [...steps].sort((a, b) => a.index - b.index);
	const printed = new Set<string>();
	const figures: PrintFigure[] = [];
	for (const s of ordered) {
		if (!s.keyframe) continue;
		const key = `${s.scene}/${s.state}`;
		if (printed.has(key)) continue;
		printed.add(key);
		figures.push({
			number: figures.length + 1,
			stepId: s.id,
			stepIndex: s.index,
			scene: s.scene,
			state: s.state
		});
	}
	return figures;
}

/** The figure printed with each step, by step index (steps without one are absent). */
export function figuresByStep(figures: readonly PrintFigure[]): Map<number, PrintFigure> {
	return new Map(figures.map((f) => [f.stepIndex, f]));
}

export interface FigureCredit {
	id: string;
	title: string;
	url?: string;
	/** Numbers of the figures drawing on this source, ascending. */
	figures: number[];
}

/**
 * The back matter's source list: every source behind any figure, with the numbers of the figures that
 * use it, in order of first use. `sourcesOf` names a scene state's source ids (sceneSources in the app).
 */
export function figureCredits(
	figures: readonly PrintFigure[],
	sourcesOf: (scene: string, state: string) => readonly string[],
	sources: readonly { id: string; title: string; url?: string }[]
): FigureCredit[] {
	const byId = new Map<string, FigureCredit>();
	for (const f of figures) {
		for (const id of sourcesOf(f.scene, f.state)) {
			let credit = byId.get(id);
			if (!credit) {
				const s = sources.find((x) => x.id === id);
				credit = { id, title: s?.title ?? id, ...(s?.url ? { url: s.url } : {}), figures: [] };
				byId.set(id, credit);
			}
			if (!credit.figures.includes(f.number)) credit.figures.push(f.number);
		}
	}
	return [...byId.values()];
}

/** "Figures 1–3, 5" — compact ranges for the source list. */
export function figureRange(numbers: readonly number[]): string {
	const sorted = [...new Set(numbers)].sort((a, b) => a - b);
	const parts: string[] = [];
	for (let i = 0; i < sorted.length;) {
		let j = i;
		while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
		parts.push(
			j === i ? `${sorted[i]}` : j === i + 1 ? `${sorted[i]}, ${sorted[j]}` : `${sorted[i]}–${sorted[j]}`
		);
		i = j + 1;
	}
	if (parts.length === 0) return '';
	return `${sorted.length === 1 ? 'Figure' : 'Figures'} ${parts.join(', ')}`;
}
