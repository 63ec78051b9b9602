// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/** True in the classroom export (STORY_TARGET=offline): hash router, one inlined file. Set in vite.config.ts. */
	const __STORY_OFFLINE__: boolean;
	/** Path of Vite's client manifest in the build (see vite.config.ts). */
	const __CLIENT_MANIFEST__: string;
}

export {};
