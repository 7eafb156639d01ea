// Runs inside the page /fake-api/trusted-types/map.html (which enforces Trusted Types): records
// every CSP violation and uncaught error, so the test can assert there were none.
const report: {violations: string[]; errors: string[]} = {violations: [], errors: []};
(window as unknown as {__report: typeof report}).__report = report;
document.addEventListener('securitypolicyviolation', (e) => report.violations.push(`${e.violatedDirective}: ${e.sample}`));
window.addEventListener('error', (e) => report.errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => report.errors.push(String((e.reason as Error)?.message ?? e.reason)));
await import('../../src/elements/meeting-finder/peer-meeting-finder.js');
export {};
