/**
 * Who is asking, and at which origin: the client's address (for its network's key only, never
 * stored), the server's own origin (CORS), the origin written into responses, and whether the
 * request came over HTTPS. Forwarded headers count only behind a trusted proxy (PEERKIT_TRUST_PROXY),
 * and of each only the last value, the one that proxy appended.
 */
import type {Context} from 'hono';
import type {ServerConfig} from './config.js';
import type {Env} from './http.js';

type Settings = Pick<ServerConfig, 'publicUrl' | 'trustProxy'>;

/** The last value of a forwarded header (the one our own proxy appended). */
const forwarded = (c: Context, name: string) => c.req.header(name)?.split(',').map((s) => s.trim()).filter(Boolean).pop();

/** The client's address: the trusted proxy's X-Forwarded-For, else the socket's. */
export function clientIp(c: Context<Env>, config: Settings): string | undefined {
  return (config.trustProxy ? forwarded(c, 'x-forwarded-for') : undefined) || c.env?.incoming?.socket?.remoteAddress;
}

/** Served over HTTPS: the configured public URL says so, or the trusted proxy does, or the socket is TLS. */
export function isHttps(c: Context<Env>, config: Settings): boolean {
  if (config.publicUrl) return config.publicUrl.startsWith('https:');
  return (config.trustProxy && forwarded(c, 'x-forwarded-proto') === 'https') || !!(c.env?.incoming?.socket as {encrypted?: boolean} | undefined)?.encrypted;
}

/** The origin visitors use: PEERKIT_PUBLIC_URL; else, behind a trusted proxy, the last X-Forwarded-Proto/Host. */
export function ownOrigin(c: Context, config: Settings): string {
  if (config.publicUrl) return config.publicUrl;
  const u = new URL(c.req.url);
  if (!config.trustProxy) return u.origin;
  const proto = forwarded(c, 'x-forwarded-proto');
  const host = forwarded(c, 'x-forwarded-host');
  const scheme = proto === 'https' || proto === 'http' ? proto : u.protocol.slice(0, -1);
  return `${scheme}://${host && /^[A-Za-z0-9.:[\]-]+$/.test(host) ? host : u.host}`;
}

/**
 * The origin written into responses (openapi_url, photo_url), never a name a client made up:
 * PEERKIT_PUBLIC_URL; else, behind a trusted proxy, what it forwarded; else the Host header only
 * when it names the address the request came in on (or localhost), otherwise that address.
 */
export function publicOrigin(c: Context<Env>, config: Settings): string {
  if (config.publicUrl || config.trustProxy) return ownOrigin(c, config);
  const u = new URL(c.req.url);
  const socket = c.env?.incoming?.socket;
  if (!socket?.localAddress || !socket.localPort) return u.origin;
  const local = socket.localAddress.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  const host = u.hostname.replace(/^\[|\]$/g, '');
  const port = Number(u.port || (u.protocol === 'https:' ? 443 : 80));
  if ((host === local || host === 'localhost') && port === socket.localPort) return u.origin;
  return `${u.protocol}//${local.includes(':') ? `[${local}]` : local}:${socket.localPort}`;
}
