/** Server settings from the environment (documented in README "Reference server"). */
export interface ServerConfig {
  databaseUrl?: string;
  dataDir?: string;
  allowedOrigins: string[];
  /** PEERKIT_PUBLIC_URL: the origin visitors use (`https://peerkit.example`); URLs the server writes into responses start with it. */
  publicUrl?: string;
  trustProxy: boolean;
  coolingOffHours: number;
  crisisTerms: string[];
  rateLimit: false | {burst: number; perMinute: number};
  lookupLimit: false | {burst: number; perMinute: number};
  /** The extra writes solved proofs of work buy a limited network (PEERKIT_POW_LIMIT). */
  powLimit: false | {burst: number; perMinute: number};
  powAlways: boolean;
  powMax: number;
  minSubmitMs: number;
  formTokenMaxAgeMs: number;
  defaultTimezone: string;
}

const num = (v: string | undefined, d: number) => (v !== undefined && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : d);

/** PEERKIT_RATE_LIMIT: "off", or "<burst>/<per minute>" (default 10/2 for writes; lookups 20/10; proof of work 5/1). */
function limit(v: string | undefined, d: {burst: number; perMinute: number}): false | {burst: number; perMinute: number} {
  if (!v) return d;
  if (/^(off|0|false|none)$/i.test(v.trim())) return false;
  const [b, p] = v.split('/').map(Number);
  return Number.isFinite(b) && b >= 1 ? {burst: b, perMinute: Number.isFinite(p) && p >= 0 ? p : d.perMinute} : d;
}

/** The origin of PEERKIT_PUBLIC_URL (`https://peerkit.example`); a value that is not an http(s) URL stops the server. */
function publicUrl(v: string | undefined): string | undefined {
  if (!v?.trim()) return undefined;
  let u: URL;
  try {
    u = new URL(v.trim());
  } catch {
    throw new Error(`PEERKIT_PUBLIC_URL is not a URL: ${v}`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error(`PEERKIT_PUBLIC_URL must be an http(s) URL: ${v}`);
  return u.origin;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    databaseUrl: env.DATABASE_URL,
    dataDir: env.PEERKIT_DATA_DIR,
    allowedOrigins: (env.PEERKIT_ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim().replace(/\/$/, '')).filter(Boolean),
    publicUrl: publicUrl(env.PEERKIT_PUBLIC_URL),
    trustProxy: env.PEERKIT_TRUST_PROXY === '1' || env.PEERKIT_TRUST_PROXY === 'true',
    coolingOffHours: Math.max(0, num(env.PEERKIT_STORY_COOLING_OFF_HOURS, 24)),
    crisisTerms: (env.PEERKIT_CRISIS_TERMS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    rateLimit: limit(env.PEERKIT_RATE_LIMIT, {burst: 10, perMinute: 2}),
    lookupLimit: limit(env.PEERKIT_LOOKUP_RATE_LIMIT, {burst: 20, perMinute: 10}),
    powLimit: limit(env.PEERKIT_POW_LIMIT, {burst: 5, perMinute: 1}),
    powAlways: env.PEERKIT_POW === 'always',
    powMax: Math.max(1, Math.floor(num(env.PEERKIT_POW_MAX, 50_000))),
    minSubmitMs: Math.max(0, num(env.PEERKIT_MIN_SUBMIT_MS, 2000)),
    formTokenMaxAgeMs: num(env.PEERKIT_FORM_TOKEN_MAX_AGE_DAYS, 30) * 86_400_000,
    defaultTimezone: env.PEERKIT_TIMEZONE || 'America/Chicago',
  };
}
