// The hosted print pages ship no framework code (src/routes/print/+layout.server.ts: csr = false).
// Their one behaviour is the Print button. It is in the page from the first paint, so wiring it moves
// nothing; readers without JavaScript never see it (static/noscript.css).
for (const button of document.querySelectorAll('button[data-print-button]'))
	button.addEventListener('click', () => window.print());
