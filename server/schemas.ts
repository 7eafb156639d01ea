/**
 * zod schemas for every request and response of the reference server. The OpenAPI document is
 * generated from these (server/openapi.ts), so a shape changes in one place.
 */
import {z} from 'zod';
import {nulAt} from './http.js';
import {ANSWER_ROLES, QUESTION_STATUSES, STORY_FILTERS} from '../src/model/question.js';
import {CONSENT_DURATIONS, CONTENT_WARNINGS} from '../src/model/story.js';
import {LIMITS} from '../src/model/story-draft.js';
import {LANGS, supportedLang} from '../src/core/i18n.js';

export const ErrorBody = z
  .object({
    error: z.string().describe('A stable machine code, e.g. invalid_request, not_found, rate_limited'),
    message: z.string().optional(),
    issues: z.array(z.object({path: z.string(), message: z.string()})).optional(),
    challenge: z
      .object({algorithm: z.literal('SHA-256'), challenge: z.string(), salt: z.string(), maxnumber: z.number().int(), signature: z.string()})
      .optional(),
  })
  .meta({id: 'Error'});

// --- Meeting Guide ------------------------------------------------------------------------------

const HHMM = /^([01]?\d|2[0-3]):[0-5]\d$/;
const isZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en', {timeZone: tz});
    return true;
  } catch {
    return false;
  }
};
const looseNum = z.union([z.number(), z.string().trim().regex(/^-?\d+(\.\d+)?$/).transform(Number)]);
const optText = (max = 10_000) => z.string().trim().max(max).optional().or(z.null().transform(() => undefined));
const httpUrl = z
  .string()
  .trim()
  .refine((s) => {
    try {
      return ['http:', 'https:'].includes(new URL(s).protocol);
    } catch {
      return false;
    }
  }, 'must be an http(s) URL');
const feedbackUrl = z
  .string()
  .trim()
  .refine((s) => {
    try {
      return ['http:', 'https:', 'mailto:'].includes(new URL(s).protocol);
    } catch {
      return false;
    }
  }, 'must be an http(s) or mailto: URL');

/**
 * An imported record may not hold U+0000 in any text (value or key), as no request may: PostgreSQL
 * cannot store it (one such record failed the whole import there, while SQLite took it).
 */
const noNul = (value: unknown, ctx: z.RefinementCtx) => {
  let at: string | undefined;
  try {
    at = nulAt(value);
  } catch (e) {
    ctx.addIssue({code: 'custom', message: e instanceof Error ? e.message : String(e)});
    return;
  }
  if (at !== undefined) ctx.addIssue({code: 'custom', path: at ? at.split('.') : [], message: 'must not contain the NUL character (U+0000)'});
};

const dayValue = z.union([z.number().int(), z.string().trim().regex(/^\d$/).transform(Number)]).pipe(z.number().int().min(0).max(6));

/** A Meeting Guide record as feeds send it (lenient: numbers as strings, unknown fields kept). */
export const MeetingImport = z
  .looseObject({
    name: z.string().trim().min(1).max(255),
    slug: z.union([z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9._~-]+$/, 'must be URL-safe'), z.number().int().nonnegative()]),
    day: z.union([dayValue, z.array(dayValue).min(1)]).optional(),
    time: z.string().trim().regex(HHMM, 'must be HH:MM').optional(),
    end_time: z.string().trim().regex(HHMM, 'must be HH:MM').optional().or(z.literal('').transform(() => undefined)),
    timezone: z.string().trim().refine(isZone, 'must be an IANA time zone').optional(),
    types: z.union([z.array(z.union([z.string(), z.number()]).transform(String)), z.string().transform((s) => s.split(',').map((t) => t.trim()).filter(Boolean))]).optional(),
    latitude: looseNum.pipe(z.number().min(-90).max(90)).optional().or(z.literal('').transform(() => undefined)),
    longitude: looseNum.pipe(z.number().min(-180).max(180)).optional().or(z.literal('').transform(() => undefined)),
    conference_url: httpUrl.optional().or(z.literal('').transform(() => undefined)),
    conference_phone: z.string().trim().regex(/^[0-9+,*#]*$/, 'digits, +, comma, * and # only').optional(),
    url: httpUrl.optional().or(z.literal('').transform(() => undefined)),
    feedback_url: feedbackUrl.optional().or(z.literal('').transform(() => undefined)),
    notes: optText(),
    location: optText(1000),
    location_notes: optText(),
    formatted_address: optText(1000),
    region: optText(255),
    sub_region: optText(255),
    updated: z.string().trim().optional(),
  })
  .superRefine((m, ctx) => {
    if ((m.day === undefined) !== (m.time === undefined)) ctx.addIssue({code: 'custom', path: ['time'], message: 'day and time come together (both or neither)'});
  })
  .superRefine(noNul);
export type MeetingRecord = z.output<typeof MeetingImport>;

/** One meeting as the feed serves it (Meeting Guide; extra fields allowed). */
export const Meeting = z
  .looseObject({
    name: z.string(),
    slug: z.union([z.string(), z.number()]),
    day: z.union([z.number().int().min(0).max(6), z.array(z.number().int().min(0).max(6))]).optional(),
    time: z.string().optional(),
    end_time: z.string().optional(),
    timezone: z.string().optional(),
    types: z.array(z.string()).optional(),
    formatted_address: z.string().optional(),
    latitude: z.number().optional(),
    longitude: z.number().optional(),
    conference_url: z.string().optional(),
    conference_phone: z.string().optional(),
    region: z.string().optional(),
    sub_region: z.string().optional(),
    updated: z.string().optional(),
  })
  .meta({id: 'Meeting'});
export const MeetingFeed = z.array(Meeting).meta({id: 'MeetingGuideFeed'});

// --- HSDS ----------------------------------------------------------------------------------------

const hsdsId = z.union([z.string().trim().min(1).max(200), z.number().transform(String)]);

/** An HSDS 3 service, fully nested, as an export sends it (unknown fields kept). */
export const ServiceImport = z.looseObject({
  id: hsdsId,
  name: z.string().trim().min(1).max(500),
  description: z.string().nullish(),
  status: z.string().nullish(),
  url: z.string().nullish(),
  email: z.string().nullish(),
  assured_date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/, 'must be a date YYYY-MM-DD')
    .nullish(),
  organization: z.looseObject({id: hsdsId.optional(), name: z.string().min(1)}).nullish(),
  service_at_locations: z
    .array(
      z.looseObject({
        id: hsdsId,
        location: z
          .looseObject({
            id: hsdsId,
            latitude: looseNum.pipe(z.number().min(-90).max(90)).nullish(),
            longitude: looseNum.pipe(z.number().min(-180).max(180)).nullish(),
          })
          .nullish(),
      }),
    )
    .optional(),
  phones: z.array(z.looseObject({number: z.string().min(3)})).optional(),
  schedules: z.array(z.looseObject({})).optional(),
  attributes: z
    .array(
      z.looseObject({
        taxonomy_term_id: hsdsId.optional(),
        taxonomy_term: z.looseObject({id: hsdsId, name: z.string().min(1), code: z.string().nullish(), description: z.string().nullish(), parent_id: hsdsId.nullish(), taxonomy: z.string().nullish()}).nullish(),
      }),
    )
    .optional(),
}).superRefine(noNul);
export type ServiceRecord = z.output<typeof ServiceImport>;

export const HsdsService = z.looseObject({id: z.string(), name: z.string()}).meta({id: 'HsdsService'});
export const HsdsTaxonomyTerm = z
  .object({id: z.string(), code: z.string().nullable(), name: z.string(), description: z.string().nullable(), parent_id: z.string().nullable(), taxonomy: z.string().nullable()})
  .meta({id: 'HsdsTaxonomyTerm'});
export const HsdsServiceAtLocation = z
  .looseObject({id: z.string(), service: HsdsService, location: z.looseObject({id: z.string()}).nullable()})
  .meta({id: 'HsdsServiceAtLocation'});

export const hsdsPage = <T extends z.ZodType>(item: T, id: string) =>
  z
    .object({
      total_items: z.number().int(),
      total_pages: z.number().int(),
      page_number: z.number().int(),
      size: z.number().int(),
      first_page: z.boolean(),
      last_page: z.boolean(),
      empty: z.boolean(),
      contents: z.array(item),
    })
    .meta({id});

export const HsdsRoot = z.object({version: z.string(), profile: z.string(), openapi_url: z.string()}).meta({id: 'HsdsRoot'});

export const HsdsListQuery = z.object({
  search: z.string().max(200).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  per_page: z.coerce.number().int().min(1).max(500).default(50),
  taxonomy_term_id: z.string().max(200).optional(),
  full: z.enum(['true', 'false', '1', '0']).optional(),
});

// --- Privacy -------------------------------------------------------------------------------------

export const FormTokenResponse = z
  .object({
    token: z.string(),
    min_submit_ms: z.number().int().nonnegative().describe('Send a write with this token no sooner than this many ms after receiving it (sooner → 429 too_fast with retry_after_ms)'),
  })
  .meta({id: 'FormToken'});

export const PowSolution = z.strictObject({challenge: z.string().max(200), salt: z.string().max(200), number: z.number().int().nonnegative(), signature: z.string().max(200)});

const writeCommon = {
  idempotency_key: z
    .string()
    .regex(/^[A-Za-z0-9_-]{22,200}$/, 'must be 22 to 200 characters from A–Z, a–z, 0–9, "-" and "_" (at least 128 bits, e.g. a UUID)')
    .describe('A random key of at least 128 bits (22+ base64url characters, or a UUID) chosen once per submission; a retry with the same key and the same content gets the same code'),
  form_token: z.string().max(500).optional().describe('From GET /v1/form-token; missing or forged → 400 invalid_form_token'),
  fax: z.string().max(500).describe('Honeypot: leave empty'),
  pow: PowSolution.optional(),
};

// --- Questions -----------------------------------------------------------------------------------

/** The 18 languages the widgets ship (src/core/i18n.ts): what a question or story is stored as. */
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;
/**
 * A language tag as widgets send it ("en", "es-MX", "zh-TW", "fil"); stored as its table language
 * (`es`, `zh-Hans`, `tl`), a language peerkit does not ship as unknown.
 */
const LangInput = z
  .string()
  .max(35)
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'must be a language tag such as en or es')
  .transform((l) => supportedLang(l));
export const Role = z.enum(ANSWER_ROLES);
export const QuestionStatus = z.enum(QUESTION_STATUSES);

export const QuestionCreate = z
  .strictObject({
    body: z.string().trim().min(10).max(2000),
    topic: z.string().trim().min(1).max(80).optional(),
    publish_ok: z.boolean(),
    lang: LangInput.optional(),
    ...writeCommon,
  })
  .meta({id: 'QuestionCreate'});
export const QuestionCreated = z.object({receipt: z.string(), status: z.literal('pending')}).meta({id: 'QuestionCreated'});

export const QuestionLookup = z.strictObject({receipt: z.string().min(1).max(64)}).meta({id: 'QuestionLookup'});
export const QuestionLookupResult = z
  .object({status: QuestionStatus, answer: z.string().optional(), answered_at: z.string().optional(), answered_by_role: Role.optional()})
  .meta({id: 'QuestionLookupResult'});

export const PublicQuestion = z
  .object({id: z.number().int(), body: z.string(), topic: z.string().optional(), answer: z.string(), answered_by_role: Role, published_on: z.string(), lang: Lang.optional().describe('Language the question was asked in, for `lang` on the page')})
  .meta({id: 'PublicQuestion'});
export const PublicQuestionList = z
  .object({items: z.array(PublicQuestion), total: z.number().int(), page: z.number().int(), per_page: z.number().int()})
  .meta({id: 'PublicQuestionList'});
export const PublicQuestionQuery = z.object({
  topic: z.string().max(60).optional(),
  search: z.string().max(200).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  per_page: z.coerce.number().int().min(1).max(100).default(20),
  /** Only questions asked in this language (a regional tag reads its language; one peerkit does not ship: every language). */
  lang: LangInput.optional(),
});

export const ModQuestion = z
  .object({
    id: z.number().int(),
    body: z.string(),
    topic: z.string().optional(),
    lang: Lang.optional(),
    publish_ok: z.boolean(),
    urgent: z.boolean(),
    status: QuestionStatus,
    answer: z.string().optional(),
    answered_by_role: Role.optional(),
    created_on: z.string(),
  })
  .meta({id: 'ModerationQuestion'});
export const ModQuestionList = z.object({items: z.array(ModQuestion)}).meta({id: 'ModerationQuestionList'});
export const ModQuestionQuery = z.object({status: z.enum([...QUESTION_STATUSES, 'all']).default('pending')});
export const ModQuestionAction = z
  .strictObject({action: z.enum(['answer', 'publish', 'decline']), answer: z.string().trim().min(1).max(5000).optional(), answered_by_role: Role.optional()})
  .meta({id: 'ModerationQuestionAction'});
export const ModQuestionResult = z.object({item: ModQuestion}).meta({id: 'ModerationQuestionResult'});

// --- Stories -------------------------------------------------------------------------------------

export const ContentWarning = z.enum(CONTENT_WARNINGS);
export const ConsentDuration = z.enum(CONSENT_DURATIONS);
/** A story's status as the moderation API shows it (withdrawn stories never appear). */
export const StoryStatus = z.enum(['pending', 'approved', 'rejected']);
export const PHOTO_MAX_BYTES = LIMITS.photoBytes;
/** The limits the share form checks too (model/story-draft.ts); a moderator's edits keep them. */
const storyTitle = z.string().trim().min(LIMITS.titleMin).max(LIMITS.titleMax);
const storyBody = z.string().trim().min(LIMITS.bodyMin).max(LIMITS.bodyMax);
const storyName = z.string().trim().min(1).max(LIMITS.nameMax);

export const StoryCreate = z
  .strictObject({
    title: storyTitle,
    body: storyBody,
    name: storyName,
    recovery_months: z.number().int().min(0).max(1200).optional(),
    content_warnings: z.array(ContentWarning).max(5),
    consent: z.strictObject({publish: z.literal(true), duration: ConsentDuration}),
    photo: z
      .strictObject({
        data_url: z.string().max(600_000).regex(/^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/]+={0,2}$/, 'must be a base64 data URL of a JPEG, PNG or WebP image'),
        alt: z.string().trim().min(LIMITS.altMin).max(LIMITS.altMax),
      })
      .optional(),
    lang: LangInput.optional(),
    ...writeCommon,
  })
  .meta({id: 'StoryCreate'});
export const StoryCreated = z.object({withdraw_code: z.string(), status: z.literal('pending')}).meta({id: 'StoryCreated'});
export const StoryWithdraw = z.strictObject({withdraw_code: z.string().min(1).max(64)}).meta({id: 'StoryWithdraw'});
export const StoryWithdrawn = z.object({withdrawn: z.literal(true)}).meta({id: 'StoryWithdrawn'});

/** What a story says, as both the public and the moderation API show it (first, in this order). */
const storyFields = {
  id: z.number().int(),
  title: z.string(),
  body: z.string(),
  name: z.string(),
  recovery_months: z.number().int().optional(),
  content_warnings: z.array(ContentWarning),
};

export const PublicStory = z
  .object({
    ...storyFields,
    photo_url: z.string().optional(),
    photo_alt: z.string().optional(),
    published_on: z.string(),
    lang: Lang.optional(),
  })
  .meta({id: 'PublicStory'});
export const PublicStoryList = z.object({items: z.array(PublicStory)}).meta({id: 'PublicStoryList'});
export const PublicStoryQuery = z.object({lang: LangInput.optional()});

export const ModStory = z
  .object({
    ...storyFields,
    consent_duration: ConsentDuration,
    status: StoryStatus,
    has_photo: z.boolean(),
    photo_alt: z.string().optional(),
    lang: Lang.optional(),
    created_on: z.string(),
    live_from: z.string().optional(),
    expires_on: z.string().optional(),
  })
  .meta({id: 'ModerationStory'});
export const ModStoryList = z.object({items: z.array(ModStory)}).meta({id: 'ModerationStoryList'});
export const ModStoryQuery = z.object({status: z.enum(STORY_FILTERS).default('pending')});
export const ModStoryAction = z
  .strictObject({
    action: z.enum(['approve', 'reject']),
    content_warnings: z.array(ContentWarning).max(5).optional(),
    edits: z.strictObject({title: storyTitle.optional(), body: storyBody.optional(), name: storyName.optional()}).optional(),
  })
  .meta({id: 'ModerationStoryAction'});
export const ModStoryResult = z.object({item: ModStory}).meta({id: 'ModerationStoryResult'});

// --- Moderators ----------------------------------------------------------------------------------

export const Me = z.object({name: z.string()}).meta({id: 'Moderator'});
export const AuditEntry = z.object({at: z.string(), moderator: z.string(), action: z.string(), target_type: z.string(), target_id: z.string()}).meta({id: 'AuditEntry'});
export const AuditList = z.object({items: z.array(AuditEntry)}).meta({id: 'AuditList'});
export const AuditQuery = z.object({limit: z.coerce.number().int().min(1).max(500).default(100)});
