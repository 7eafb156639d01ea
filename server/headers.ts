/**
 * Security headers: the Content-Security-Policy of the demo pages, the moderation desk and the API,
 * and the rules for HSTS. The widgets need no inline script or style, no eval and no innerHTML
 * (Lit's templates go through its own Trusted Types policy, `lit-html`; the map builds its DOM), so
 * the pages can be strict.
 */

const common = [
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types lit-html 'allow-duplicates'",
];

/**
 * Demo pages: scripts and styles from this server only. Images and fetches may also go to https
 * hosts, because the embed builder lets a visitor try any feed, geocoder or tile server, and the
 * finder's map tiles come from OpenStreetMap.
 */
export const DEMO_CSP = ["default-src 'self'", ...common, "img-src 'self' data: blob: https:", "connect-src 'self' https:", "form-action 'self'", "frame-ancestors 'self'"].join('; ');

/** The moderation desk: this server only, never in a frame (its token field must not be framed). */
export const DESK_CSP = ["default-src 'none'", ...common, "img-src 'self' data: blob:", "connect-src 'self'", "manifest-src 'self'", "form-action 'none'", "frame-ancestors 'none'"].join('; ');

/** API responses are data, never a document. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

export const HSTS = 'max-age=31536000';
