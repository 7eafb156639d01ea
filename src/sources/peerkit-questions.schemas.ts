/**
 * zod/mini schemas for the visitor side of the questions API. A module of its own so the question
 * box's first load does not carry zod: `peerkit-questions.ts` imports it in parallel with the
 * request it validates.
 */
import * as z from 'zod/mini';
import {ANSWER_ROLES, QUESTION_STATUSES, dateOnly, type PublishedQuestion, type ReceiptStatus} from '../model/question.js';

const text = z.string().check(z.trim(), z.minLength(1));
const optText = z.optional(z.nullable(z.string()));

const Published = z.object({
  id: z.union([z.string(), z.number()]),
  body: text,
  topic: optText,
  answer: text,
  answered_by_role: z.enum(ANSWER_ROLES as [string, ...string[]]),
  published_on: z.string(),
  lang: optText,
});

const Page = z.object({
  items: z.array(z.unknown()),
  total: z.optional(z.number()),
  page: z.optional(z.number()),
  per_page: z.optional(z.number()),
});

const Lookup = z.object({
  status: z.enum(QUESTION_STATUSES as [string, ...string[]]),
  answer: optText,
  answered_at: optText,
  answered_by_role: z.optional(z.nullable(z.enum(ANSWER_ROLES as [string, ...string[]]))),
});

/** A published question, or undefined when the record is invalid (skipped and counted). */
export function parsePublished(raw: unknown): PublishedQuestion | undefined {
  const p = z.safeParse(Published, raw);
  if (!p.success) return undefined;
  const on = dateOnly(p.data.published_on);
  if (!on) return undefined;
  const q = p.data;
  const lang = q.lang && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(q.lang) ? q.lang : undefined;
  return {id: String(q.id), body: q.body, topic: q.topic || undefined, answer: q.answer, role: q.answered_by_role as PublishedQuestion['role'], publishedOn: on, ...(lang ? {lang} : {})};
}

/** The page envelope, or undefined when it is not one. */
export function parsePage(raw: unknown): z.infer<typeof Page> | undefined {
  const p = z.safeParse(Page, raw);
  return p.success ? p.data : undefined;
}

/** A receipt lookup result, or undefined when the response is not one. */
export function parseLookup(raw: unknown): ReceiptStatus | undefined {
  const p = z.safeParse(Lookup, raw);
  if (!p.success) return undefined;
  const d = p.data;
  return {
    status: d.status as ReceiptStatus['status'],
    answer: d.answer || undefined,
    answeredOn: dateOnly(d.answered_at),
    role: (d.answered_by_role ?? undefined) as ReceiptStatus['role'],
  };
}
