/**
 * A lazy chunk that can be asked for again after it failed to load. Chromium remembers a failed
 * `import()` for the page's life: the same URL fails at once, without a request, so a "Try again"
 * button would never work. After a failure, the next call asks for the same file under a new query
 * (`map-x.js?retry=1`), which is a new module to the browser; its own imports resolve to the same
 * files, already loaded. The file's URL is read from the browser's error message
 * ("Failed to fetch dynamically imported module: https://…"); where a browser does not name it, a
 * retry is the plain import again.
 *
 *   const loadMap = retryableImport(() => import('./map.js'));
 *   const {createMap} = await loadMap();
 */
export function retryableImport<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  let failedUrl: string | undefined;
  let tries = 0;
  return () =>
    (pending ??= (failedUrl ? (import(/* @vite-ignore */ `${failedUrl}${failedUrl.includes('?') ? '&' : '?'}retry=${++tries}`) as Promise<T>) : load()).catch((err: unknown) => {
      pending = undefined;
      failedUrl ??= /(https?:\/\/\S+?)\s*$/.exec(String((err as Error | undefined)?.message ?? ''))?.[1];
      throw err;
    }));
}
