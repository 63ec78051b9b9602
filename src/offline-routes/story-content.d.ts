/** The parsed content compiled into the classroom export's bundle (vite.config.ts, offlineContent). */
declare module 'virtual:story-content' {
	const content: import('$lib/story/load').Content & { link: import('$lib/print/qr').PublicLink | null };
	export default content;
}
