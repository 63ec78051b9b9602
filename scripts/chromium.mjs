// Which Chromium the tests, the benchmark and the PDF export drive, and how: Debian's package, with the
// flags this machine's closed network needs (no background calls home).
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-default-apps',
	'--font-render-hinting=none'
];

export const MISSING_CHROMIUM = `Chromium was not found at ${CHROMIUM}. Install it (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.`;
