/**
 * peerkit REST API adapter for the moderation desk: every call carries `Authorization: Bearer`,
 * every response is validated (zod/mini) and mapped to `model/question.ts` objects. Loaded only by
 * `<peer-moderation-desk>` (its own lazy chunk), never by a visitor's widget.
 */
import * as z from 'zod/mini';
import {apiUrl, request, PeerFetchError} from '../core/fetch.js';
import {dateOnly, type AnswerRole, type AuditEntry, type DeskQuestion, type DeskStory} from '../model/question.js';
import {isContentWarning, type ContentWarning} from '../model/story.js';

const id = z.union([z.string(), z.number()]);
const str = z.optional(z.nullable(z.string()));

const Question = z.object({
  id,
  body: z.string(),
  topic: str,
  lang: str,
  publish_ok: z.boolean(),
  urgent: z.boolean(),
  status: z.enum(['pending', 'answered', 'published', 'declined']),
  answer: str,
  answered_by_role: z.optional(z.nullable(z.enum(['peer', 'clinician']))),
  created_on: z.string(),
});

const Story = z.object({
  id,
  title: z.string(),
  body: z.string(),
  name: z.string(),
  recovery_months: z.optional(z.nullable(z.number())),
  content_warnings: z.optional(z.nullable(z.array(z.string()))),
  consent_duration: z.optional(z.nullable(z.string())),
  status: z.string(),
  has_photo: z.optional(z.nullable(z.boolean())),
  photo_alt: str,
  created_on: z.string(),
  live_from: str,
  expires_on: str,
});

const Audit = z.object({
  at: z.string(),
  moderator: z.optional(z.nullable(z.string())),
  action: z.string(),
  target_type: z.optional(z.nullable(z.string())),
  target_id: z.optional(z.nullable(id)),
});

const Items = z.object({items: z.array(z.unknown())});
const One = z.object({item: z.unknown()});
const Me = z.object({name: z.string()});

export type StoryEdits = Partial<Pick<DeskStory, 'title' | 'body' | 'name'>>;

export type QuestionFilter = 'pending' | 'answered' | 'published' | 'declined' | 'all';
export type StoryFilter = 'pending' | 'approved' | 'rejected' | 'all';

function toQuestion(raw: unknown): DeskQuestion | undefined {
  const p = z.safeParse(Question, raw);
  if (!p.success) return undefined;
  const q = p.data;
  return {
    id: String(q.id),
    body: q.body,
    topic: q.topic || undefined,
    lang: q.lang || undefined,
    publishOk: q.publish_ok,
    urgent: q.urgent,
    status: q.status,
    answer: q.answer || undefined,
    role: q.answered_by_role ?? undefined,
    createdOn: dateOnly(q.created_on) ?? q.created_on,
  };
}

function toStory(raw: unknown): DeskStory | undefined {
  const p = z.safeParse(Story, raw);
  if (!p.success) return undefined;
  const s = p.data;
  return {
    id: String(s.id),
    title: s.title,
    body: s.body,
    name: s.name,
    recoveryMonths: s.recovery_months ?? undefined,
    contentWarnings: (s.content_warnings ?? []).filter(isContentWarning),
    consentDuration: s.consent_duration ?? '',
    status: s.status,
    hasPhoto: !!s.has_photo,
    photoAlt: s.photo_alt || undefined,
    createdOn: dateOnly(s.created_on) ?? s.created_on,
    liveFrom: s.live_from || undefined,
    expiresOn: dateOnly(s.expires_on),
  };
}

function toAudit(raw: unknown): AuditEntry | undefined {
  const p = z.safeParse(Audit, raw);
  if (!p.success) return undefined;
  return {at: p.data.at, moderator: p.data.moderator ?? '', action: p.data.action, targetType: p.data.target_type ?? '', targetId: p.data.target_id === null || p.data.target_id === undefined ? '' : String(p.data.target_id)};
}

function list<T>(data: unknown, map: (raw: unknown) => T | undefined, url: string): {items: T[]; skipped: number} {
  const env = z.safeParse(Items, data);
  if (!env.success) throw new PeerFetchError('invalid', `unexpected response: ${url}`);
  const items: T[] = [];
  let skipped = 0;
  for (const raw of env.data.items) {
    const v = map(raw);
    if (v) items.push(v);
    else skipped++;
  }
  return {items, skipped};
}

/** A signed-in moderator's view of the API. Methods throw `PeerFetchError` (401 → `status` 401). */
export class ModerationClient {
  constructor(
    readonly api: string,
    private readonly token: string,
  ) {}

  private async call<T = unknown>(path: string, options: {method?: string; body?: unknown; query?: Record<string, string | number | undefined>; signal?: AbortSignal} = {}): Promise<T> {
    const url = apiUrl(this.api, path, options.query);
    const r = await request<T>(url, {method: options.method, body: options.body, signal: options.signal, headers: {Authorization: `Bearer ${this.token}`}});
    if (!r.ok) throw r.error;
    return r.data;
  }

  /** The moderator's name; throws with status 401 when the token is not valid. */
  async me(signal?: AbortSignal): Promise<{name: string}> {
    const data = await this.call('v1/moderation/me', {signal});
    const p = z.safeParse(Me, data);
    if (!p.success) throw new PeerFetchError('invalid', 'unexpected response: moderation/me');
    return p.data;
  }

  async questions(status: QuestionFilter, signal?: AbortSignal) {
    const path = 'v1/moderation/questions';
    return list(await this.call(path, {query: {status}, signal}), toQuestion, path);
  }

  async actOnQuestion(questionId: string, action: 'answer' | 'publish' | 'decline', answer?: {text: string; role: AnswerRole}): Promise<DeskQuestion> {
    const body = action === 'answer' && answer ? {action, answer: answer.text, answered_by_role: answer.role} : {action};
    const data = await this.call(`v1/moderation/questions/${encodeURIComponent(questionId)}`, {method: 'POST', body});
    const item = z.safeParse(One, data);
    const q = item.success ? toQuestion(item.data.item) : undefined;
    if (!q) throw new PeerFetchError('invalid', 'unexpected response: moderation/questions');
    return q;
  }

  async stories(status: StoryFilter, signal?: AbortSignal) {
    const path = 'v1/moderation/stories';
    return list(await this.call(path, {query: {status}, signal}), toStory, path);
  }

  /** A queued story's photo (the moderator's token is needed, so not an `<img src>`): jpeg, png or webp only. */
  async photo(storyId: string, signal?: AbortSignal): Promise<Blob> {
    const url = apiUrl(this.api, `v1/moderation/stories/${encodeURIComponent(storyId)}/photo`);
    const r = await request<Blob>(url, {signal, headers: {Authorization: `Bearer ${this.token}`, Accept: 'image/jpeg, image/png, image/webp'}, read: (res) => res.blob()});
    if (!r.ok) throw r.error;
    if (!/^image\/(jpeg|png|webp)$/.test(r.data.type)) throw new PeerFetchError('invalid', `not a photo: ${url}`);
    return r.data;
  }

  /** Approve or reject; `edits` replaces the title, text or name the storyteller wrote (only the fields given). */
  async actOnStory(storyId: string, action: 'approve' | 'reject', contentWarnings?: ContentWarning[], edits?: StoryEdits): Promise<DeskStory> {
    const body = {action, ...(contentWarnings ? {content_warnings: contentWarnings} : {}), ...(edits && Object.keys(edits).length ? {edits} : {})};
    const data = await this.call(`v1/moderation/stories/${encodeURIComponent(storyId)}`, {method: 'POST', body});
    const item = z.safeParse(One, data);
    const s = item.success ? toStory(item.data.item) : undefined;
    if (!s) throw new PeerFetchError('invalid', 'unexpected response: moderation/stories');
    return s;
  }

  async audit(limit = 100, signal?: AbortSignal) {
    const path = 'v1/moderation/audit';
    return list(await this.call(path, {query: {limit}, signal}), toAudit, path);
  }
}
