/**
 * Adapter for peer stories: the peerkit API (`GET {api}/v1/stories`) or a static JSON file of the
 * same public shape (an array, or `{items: […]}`) → `Story`. Each story is validated with zod/mini;
 * an invalid one is skipped and reported, a wholly unreadable feed is an error. The writes (sharing
 * and withdrawing a story) are in `peerkit-stories-write.ts`, loaded with the share form only.
 */
import * as z from 'zod/mini';
import {PeerFetchError} from '../core/fetch.js';
import {safeUrl} from '../model/text.js';
import {isContentWarning, type ParsedStories, type Story, type StoryIssue} from '../model/story.js';

const text = (min: number, max: number) => z.string().check(z.trim(), z.minLength(min), z.maxLength(max));

/** The public story shape (`GET {api}/v1/stories` items). */
export const publicStorySchema = z.object({
  id: z.union([z.string().check(z.minLength(1)), z.number()]),
  title: text(1, 300),
  body: text(1, 20000),
  name: text(1, 80),
  recovery_months: z.optional(z.nullable(z.number().check(z.int(), z.gte(0), z.lte(1200)))),
  content_warnings: z.optional(z.array(z.string())),
  photo_url: z.optional(z.nullable(z.string())),
  photo_alt: z.optional(z.nullable(z.string())),
  published_on: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}/)),
});

function issueOf(error: z.core.$ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'story'}: ${i.message}`).join('; ');
}

/** Validates a feed (already parsed JSON); `base` resolves relative photo URLs. */
export function parseStories(json: unknown, base?: string): ParsedStories {
  const items = Array.isArray(json) ? json : Array.isArray((json as {items?: unknown})?.items) ? (json as {items: unknown[]}).items : undefined;
  if (!items) throw new PeerFetchError('invalid', 'not a list of stories');
  const stories: Story[] = [];
  const issues: StoryIssue[] = [];
  const seen = new Set<string>();
  items.forEach((raw, index) => {
    const r = publicStorySchema.safeParse(raw);
    if (!r.success) {
      const id = (raw as {id?: unknown})?.id;
      issues.push({index, id: typeof id === 'string' || typeof id === 'number' ? String(id) : undefined, reason: issueOf(r.error)});
      return;
    }
    const s = r.data;
    const id = String(s.id);
    if (seen.has(id)) {
      issues.push({index, id, reason: 'duplicate id'});
      return;
    }
    seen.add(id);
    const photo = safeUrl(s.photo_url, base);
    const alt = s.photo_alt?.trim();
    stories.push({
      id,
      title: s.title,
      body: s.body,
      name: s.name,
      recoveryMonths: s.recovery_months ?? undefined,
      contentWarnings: [...new Set((s.content_warnings ?? []).filter(isContentWarning))],
      // A photo without a description is not shown: alt text is required at submission.
      ...(photo && /^https?:/.test(photo) && alt ? {photoUrl: photo, photoAlt: alt} : {}),
      publishedOn: s.published_on.slice(0, 10),
    });
  });
  if (items.length && !stories.length) throw new PeerFetchError('invalid', `no readable story: ${issues[0]?.reason ?? ''}`);
  return {stories, issues};
}
