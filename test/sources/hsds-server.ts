/**
 * A local HSDS 3 test server (node:http on port 0) over test/fixtures/hsds/services.json, with
 * variants for paging without headers, no /service_at_locations, ignored `full=true`, HTML and
 * non-Page answers, and dropped connections. See test/fixtures/hsds/server.mjs for the variants.
 */
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {createHsdsHandler} from '../fixtures/hsds/server.mjs';

export type HsdsVariant = 'full' | 'lean' | 'bare' | 'count' | 'no-sal' | 'basic' | 'array' | 'html' | 'not-page' | 'down' | 'file';

export interface HsdsTestServer {
  /** Origin, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** API base of a variant, e.g. `http://127.0.0.1:41234/full`. */
  base(variant: HsdsVariant): string;
  /** Every request handled so far (`/variant/path?query`). */
  requests: string[];
  close(): Promise<void>;
}

export async function startHsdsServer(options: {services?: unknown[]} = {}): Promise<HsdsTestServer> {
  const handler = createHsdsHandler(options);
  const server = createServer((req, res) => {
    if (!handler(req, res)) {
      res.writeHead(404, {'Content-Type': 'application/json'});
      res.end('{"error":"not_found"}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    base: (variant) => `${origin}/${variant}`,
    requests: handler.requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
