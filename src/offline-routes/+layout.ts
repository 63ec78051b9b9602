import content from 'virtual:story-content';

// The classroom export: the same content the hosted site loads in +layout.server.ts and
// print/+layout.server.ts, compiled into the bundle at build time (no server, no requests).
export function load() {
	return content;
}
