/**
 * The peerkit stories API, write side (`<peer-story-share>` only, so none of it is in the
 * carousel's load): the body the share form posts to `POST {api}/v1/stories` through the outbox,
 * the withdrawal code in the server's answer, and `POST {api}/v1/stories/withdraw`.
 */
import {request, apiUrl, type PeerFetchError} from '../core/fetch.js';
import {CONSENT_DURATIONS, CONTENT_WARNINGS, type ConsentDuration} from '../model/story.js';
import {draftRecoveryMonths, type StoryDraft} from '../model/story-draft.js';

/** Where stories are posted (the outbox item's URL). */
export const storiesUrl = (api: string) => apiUrl(api, 'v1/stories');

/**
 * The `POST {api}/v1/stories` body for a valid draft (the outbox adds `form_token` and
 * `idempotency_key`); `fax` is the honeypot field as the browser filled it.
 */
export function storyBody(d: StoryDraft, lang: string, fax = ''): Record<string, unknown> {
  const recovery = draftRecoveryMonths(d);
  const body: Record<string, unknown> = {
    title: d.title.trim(),
    body: d.body.trim(),
    name: d.name.trim(),
    content_warnings: CONTENT_WARNINGS.filter((w) => d.warnings.includes(w)),
    consent: {publish: d.consentPublish, duration: d.duration},
    lang,
    fax,
  };
  if (recovery !== undefined && !Number.isNaN(recovery)) body.recovery_months = recovery;
  if (d.photo) body.photo = {data_url: d.photo.dataUrl, alt: d.photo.alt.trim()};
  return body;
}

/** The form again from a body `storyBody` wrote: a story still in the outbox whose draft is gone. */
export function storyDraftOf(body: Record<string, unknown>): StoryDraft {
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const consent = (body.consent ?? {}) as {publish?: unknown; duration?: unknown};
  const months = typeof body.recovery_months === 'number' ? body.recovery_months : undefined;
  const photo = body.photo as {data_url?: unknown; alt?: unknown} | undefined;
  const warnings = Array.isArray(body.content_warnings) ? body.content_warnings : [];
  return {
    title: str(body.title),
    body: str(body.body),
    name: str(body.name),
    years: months === undefined ? '' : String(Math.floor(months / 12)),
    months: months === undefined ? '' : String(months % 12),
    warnings: CONTENT_WARNINGS.filter((w) => warnings.includes(w)),
    consentPublish: consent.publish === true,
    duration: CONSENT_DURATIONS.includes(consent.duration as ConsentDuration) ? (consent.duration as ConsentDuration) : '',
    ...(typeof photo?.data_url === 'string' ? {photo: {dataUrl: photo.data_url, alt: str(photo.alt)}} : {}),
  };
}

/** The withdrawal code in the server's `201 {withdraw_code}` answer, if it has that shape. */
export function withdrawCodeOf(result: unknown): string | undefined {
  const code = (result as {withdraw_code?: unknown} | undefined)?.withdraw_code;
  return typeof code === 'string' && code.length >= 8 ? code : undefined;
}

export type WithdrawResult = 'withdrawn' | 'not-found' | 'error';

/** `POST {api}/v1/stories/withdraw`: removes the story at once. */
export async function withdrawStory(api: string, code: string): Promise<{result: WithdrawResult; error?: PeerFetchError}> {
  const r = await request<{withdrawn?: boolean}>(apiUrl(api, 'v1/stories/withdraw'), {method: 'POST', body: {withdraw_code: code}, retries: 0});
  if (r.ok) return {result: r.data?.withdrawn === false ? 'not-found' : 'withdrawn'};
  if (r.error.status === 404) return {result: 'not-found'};
  return {result: 'error', error: r.error};
}
