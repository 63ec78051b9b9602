// The hosted print pages ship no framework code (src/routes/print/+layout.server.ts: csr = false).
// Their one behaviour is the Print button, shown only where this script runs.
for (const button of document.querySelectorAll('button[data-print-button]')) {
	button.hidden = false;
	button.addEventListener('click', () => window.print());
}
