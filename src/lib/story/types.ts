/** The content model shared by the story, classroom mode and print. Plain data: it crosses from server to page. */

export interface Credit {
	role: string;
	text: string;
}

export interface StoryMeta {
	title: string;
	standfirst: string;
	/** Publication date of the text, ISO `YYYY-MM-DD`. */
	date: string;
	/** Who published the text, e.g. "AzerNews". */
	source: string;
	/** Public address of the original article, when known. */
	sourceUrl?: string;
	/** Public address of this story, when it has one (printed with a QR code). */
	publicUrl?: string;
	description: string;
	credits: Credit[];
}

export interface TeacherNotes {
	context: string[];
	questions: string[];
}

export interface Step {
	/** Anchor id, unique in the story (`step-12` when the writer gives none). */
	id: string;
	/** 0-based position in reading order. */
	index: number;
	scene: string;
	state: string;
	paragraphs: string[];
	notes: TeacherNotes | null;
	/** Printed as a figure (default: first step of each scene state). */
	keyframe: boolean;
	/** Line in the content file, for messages. */
	line: number;
}

export interface Story {
	meta: StoryMeta;
	steps: Step[];
}

/** Names every scene and the states it can draw; validation checks content against it. */
export type SceneRegistry = Readonly<Record<string, readonly string[]>>;
