/** Server settings from the environment (documented in README "Reference server"). */
export interface ServerConfig {
  databaseUrl?: string;
  dataDir?: string;
  allowedOrigins: string[];
  trustProxy: boolean;
  coolingOffHours: number;
  crisisTerms: string[];
  rateLimit: false | {burst: number; perMinute: number};
  lookupLimit: false | {burst: number; perMinute: number};
  powAlways: boolean;
  powMax: number;
  minSubmitMs: number;
  formTokenMaxAgeMs: number;
  defaultTimezone: string;
}

const num = (v: string | undefined, d: number) => (v !== undefined && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : d);

/** PEERKIT_RATE_LIMIT: "off", or "<burst>/<per minute>" (default 10/2 for writes; lookups 20/10). */
function limit(v: string | undefined, d: {burst: number; perMinute: number}): false | {burst: number; perMinute: number} {
  if (!v) return d;
  if (/^(off|0|false|none)$/i.test(v.trim())) return false;
  const [b, p] = v.split('/').map(Number);
  return Number.isFinite(b) && b > 0 ? {burst: b, perMinute: Number.isFinite(p) ? p : d.perMinute} : d;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    databaseUrl: env.DATABASE_URL,
    dataDir: env.PEERKIT_DATA_DIR,
    allowedOrigins: (env.PEERKIT_ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim().replace(/\/$/, '')).filter(Boolean),
    trustProxy: env.PEERKIT_TRUST_PROXY === '1' || env.PEERKIT_TRUST_PROXY === 'true',
    coolingOffHours: Math.max(0, num(env.PEERKIT_STORY_COOLING_OFF_HOURS, 24)),
    crisisTerms: (env.PEERKIT_CRISIS_TERMS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    rateLimit: limit(env.PEERKIT_RATE_LIMIT, {burst: 10, perMinute: 2}),
    lookupLimit: limit(env.PEERKIT_LOOKUP_RATE_LIMIT, {burst: 20, perMinute: 10}),
    powAlways: env.PEERKIT_POW === 'always',
    powMax: Math.max(1, Math.floor(num(env.PEERKIT_POW_MAX, 50_000))),
    minSubmitMs: Math.max(0, num(env.PEERKIT_MIN_SUBMIT_MS, 2000)),
    formTokenMaxAgeMs: num(env.PEERKIT_FORM_TOKEN_MAX_AGE_DAYS, 30) * 86_400_000,
    defaultTimezone: env.PEERKIT_TIMEZONE || 'America/Chicago',
  };
}
