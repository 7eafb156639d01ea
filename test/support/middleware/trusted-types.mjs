// Pages for Trusted Types tests, only under /fake-api/trusted-types/: `map.html` is a page served
// with `Content-Security-Policy: require-trusted-types-for 'script'` (the header a strict site
// sends) holding a meeting finder opened on its map; test/elements/meeting-finder/trusted-types
// loads it in an iframe and reads what it reports (window.__report).
export default async function trustedTypes(ctx, next) {
  if (!ctx.path.startsWith('/fake-api/trusted-types/')) return next();
  if (ctx.path === '/fake-api/trusted-types/map.html') {
    ctx.set('Content-Security-Policy', "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'");
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/html';
    ctx.body = `<!doctype html>
<html lang="en">
  <meta charset="utf-8" />
  <title>Trusted Types page</title>
  <script type="module" src="/test/support/trusted-types-page.ts"></script>
  <peer-meeting-finder src="/test/fixtures/meeting-guide/feed.json" view="map" near="39.7817,-89.6501" tile-url="/fake-api/meeting-finder/tiles/{z}/{x}/{y}.png?from=trusted-types-test"></peer-meeting-finder>
</html>`;
    return;
  }
  ctx.status = 404;
}
