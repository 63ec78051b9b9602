import { dev } from '$app/environment';
import { base } from '$app/paths';
import { whenSettled } from './when-settled';

/**
 * Registers the service worker (src/service-worker.ts) once the page has settled. Its install downloads
 * and caches the whole site, several megabytes: started at `load`, as SvelteKit would, it kept one core
 * of a two-core machine busy for 1.5 s while the page was hydrating and drawing its first scene. A reader
 * who stays a few seconds still leaves with the site cached for the classroom.
 */
export function registerOfflineWhenSettled(): void {
	// The classroom export is one file opened from disk, where service workers do not run.
	if (__STORY_OFFLINE__ || !('serviceWorker' in navigator)) return;
	const register = () => {
		// In dev Vite serves the worker as an ES module.
		const options: RegistrationOptions = { type: dev ? 'module' : 'classic' };
		navigator.serviceWorker.register(`${base}/service-worker.js`, options).catch((error) => {
			console.warn('The site could not be cached for offline use:', error);
		});
	};
	whenSettled(register);
}
