// Lazy chunks that cannot be fetched, for any element test: GET /fake-api/chunks?down=<path> drops
// the connection of every request for that source file (e.g. /src/core/quick-exit.ts), as offline;
// GET /fake-api/chunks?down= brings it back. Only the files listed here can be taken down, and they
// are never served from the browser's cache, so a failure is real whichever test file loaded them
// before (the runner's outer middleware marks every file cacheable for a year: that becomes no-store).
const watched = new Set(['/src/model/crisis.ts', '/src/model/pii.ts', '/src/core/quick-exit.ts', '/src/elements/meeting-finder/map.ts', '/src/elements/meeting-finder/detail.ts']);
let down = '';

export default async function chunksFakeApi(ctx, next) {
  if (ctx.path === '/fake-api/chunks') {
    down = String(ctx.query.down ?? '');
    ctx.status = !down || watched.has(down) ? 200 : 400;
    ctx.body = {ok: ctx.status === 200, down};
    return;
  }
  if (!watched.has(ctx.path)) return next();
  if (ctx.path === down) {
    ctx.respond = false;
    ctx.req.socket.destroy();
    return;
  }
  const set = ctx.response.set.bind(ctx.response);
  ctx.response.set = (field, value) => (String(field).toLowerCase() === 'cache-control' ? set(field, 'no-store') : set(field, value));
  ctx.set('Cache-Control', 'no-store');
  return next();
}
