import {test} from 'node:test';
import assert from 'node:assert/strict';
import {MAILTO_MAX, SMS_MAX, handoverText, mailFits, mailtoHref, shortHours, smsFits, smsHref, type HandoverEntry} from '../../src/model/handover.js';

const more = (n: number) => `…and ${n} more in the link`;
const link = 'https://peer.example/help/?a=1&b=2#saved=svc%201,svc-2';
const camden: HandoverEntry = {name: 'Camden Recovery Center', phones: ['(856) 555-0100', '856-555-0199'], address: '1 Main St, Camden, NJ 08102', hours: 'Mon–Fri 9:00 AM – 5:00 PM'};

/** The body an `sms:` href carries, decoded (what the messages app fills in). */
const smsBody = (href: string) => {
  assert.match(href, /^sms:\?&body=/);
  return decodeURIComponent(href.slice('sms:?&body='.length));
};
/** A `mailto:` href's subject and body, decoded. */
const mail = (href: string) => {
  assert.match(href, /^mailto:\?subject=[^&]*&body=/);
  const q = new URLSearchParams(href.slice('mailto:?'.length).replace(/\+/g, '%2B'));
  return {subject: q.get('subject'), body: q.get('body')};
};

test('one service: name, phones, address, hours and the link, in that order', () => {
  const t = handoverText([camden], link, {fits: smsFits, more});
  assert.equal(t.text, 'Camden Recovery Center\n(856) 555-0100, 856-555-0199\n1 Main St, Camden, NJ 08102\nMon–Fri 9:00 AM – 5:00 PM\n\n' + link);
  assert.deepEqual([t.shown, t.hours], [1, true]);
});

test('sms: the ?&body= form, everything percent-encoded (&, #, +, newlines) and decoding back to the text', () => {
  const entry = {name: 'Tom & Jerry’s #1 Drop-in + Café', phones: ['+1 856 555 0100'], address: '5 Elm St #2, Camden'};
  const t = handoverText([entry], link, {fits: smsFits, more});
  const href = smsHref(t.text);
  assert.doesNotMatch(href.slice('sms:?&body='.length), /[&#+\n ]/, 'nothing raw in the body');
  assert.equal((href.match(/&/g) ?? []).length, 1, 'only the one & before body=');
  assert.ok(href.includes('%0A') && href.includes('%26') && href.includes('%23') && href.includes('%2B'));
  assert.equal(smsBody(href), t.text);
  assert.ok(smsBody(href).includes('Tom & Jerry’s #1 Drop-in + Café'));
  assert.ok(smsBody(href).endsWith(link), 'the link, whole, with its own & and #');
});

test('mailto: subject and body encoded, line breaks as CRLF (RFC 6068), decoding back', () => {
  const t = handoverText([camden], link, {fits: mailFits('Services I saved'), more});
  const href = mailtoHref('Services I saved & more', t.text);
  assert.ok(href.includes('%0D%0A'));
  assert.doesNotMatch(href, /[\s#]/);
  const {subject, body} = mail(href);
  assert.equal(subject, 'Services I saved & more');
  assert.equal(body, t.text.replace(/\n/g, '\r\n'));
});

test('non-Latin text survives encoding (Chinese, Ukrainian, an emoji), counted in characters for SMS', () => {
  const entry = {name: '社区康复中心 — Центр відновлення 🌱', phones: ['010-5555-0100'], address: '北京市朝阳区 1号'};
  const t = handoverText([entry], link, {fits: smsFits, more});
  assert.equal(smsBody(smsHref(t.text)), t.text);
  assert.equal(mail(mailtoHref('Список', t.text)).body, t.text.replace(/\n/g, '\r\n'));
  assert.ok(t.text.includes('社区康复中心 — Центр відновлення 🌱'));
});

test('RTL names are isolated (FSI…PDI); in an RTL message phones read left to right; Latin messages get no marks', () => {
  const entry = {name: 'مركز التعافي', phones: ['856 555 0100'], address: '12 شارع النيل، القاهرة'};
  const t = handoverText([entry], link, {fits: smsFits, more, rtl: true});
  const [name, phone, address] = t.text.split('\n');
  assert.equal(name, '\u2068مركز التعافي\u2069');
  assert.equal(phone, '\u2066856 555 0100\u2069');
  assert.equal(address, '\u206812 شارع النيل، القاهرة\u2069');
  assert.ok(t.text.endsWith('\n' + link), 'the link bare on its own line');
  assert.equal(smsBody(smsHref(t.text)), t.text);
  // A Latin message stays free of marks (one would make it a UCS-2 SMS: 70 characters a segment).
  assert.doesNotMatch(handoverText([camden], link, {fits: smsFits, more}).text, /[\u2066-\u2069]/);
});

test('feed text on one line; stray isolates, control characters and lone surrogates are cleaned', () => {
  const t = handoverText([{name: 'Line one\nline two\t\u2069', phones: [' 555-0100 '], address: 'x\uD800y'}], link, {fits: smsFits, more});
  assert.equal(t.text.split('\n\n')[0], 'Line one line two\n555-0100\nx\uFFFDy');
  assert.doesNotThrow(() => smsHref(t.text));
});

test('a long list: hours dropped first, then "…and N more in the link" before the link, within the SMS limit', () => {
  const list = Array.from({length: 12}, (_, i) => ({...camden, name: `Service number ${i + 1}`}));
  const t = handoverText(list, link, {fits: smsFits, more});
  assert.ok(Array.from(t.text).length <= SMS_MAX);
  assert.equal(t.hours, false);
  assert.ok(t.shown >= 1 && t.shown < 12);
  assert.ok(t.text.endsWith(`\n\n…and ${12 - t.shown} more in the link\n${link}`));
  assert.ok(t.text.includes('Service number 1\n'));
  assert.ok(!t.text.includes(`Service number ${t.shown + 1}\n`));
  assert.ok(!t.text.includes('Mon–Fri'));
  // Email holds more of them, within its URL limit.
  const m = handoverText(list, link, {fits: mailFits('My list'), more});
  assert.ok(m.shown > t.shown);
  assert.ok(mailtoHref('My list', m.text).length <= MAILTO_MAX);
});

test('all with hours when they fit, all without hours before cutting services', () => {
  const three = [camden, {...camden, name: 'B'}, {...camden, name: 'C'}];
  assert.deepEqual(
    (({shown, hours}) => ({shown, hours}))(handoverText(three, link, {fits: smsFits, more})),
    {shown: 3, hours: true},
  );
  const tight = handoverText(three, link, {fits: (x) => x.length <= 330, more});
  assert.deepEqual([tight.shown, tight.hours], [3, false]);
});

test('one service too long for the channel is cut, and the link is still whole', () => {
  const long = {name: 'A'.repeat(600), phones: ['555-0100']};
  const t = handoverText([long], link, {fits: smsFits, more});
  assert.ok(Array.from(t.text).length <= SMS_MAX);
  assert.ok(t.text.endsWith('…\n\n' + link));
  // An emoji at the cut is never halved.
  const emoji = handoverText([{name: '🌱'.repeat(500), phones: []}], link, {fits: smsFits, more});
  assert.doesNotThrow(() => encodeURIComponent(emoji.text));
});

test('a link longer than the limit is still given whole (with nothing else)', () => {
  const huge = 'https://peer.example/#saved=' + 'x'.repeat(600);
  const t = handoverText([camden, camden], huge, {fits: smsFits, more});
  assert.equal(t.text, `…and 2 more in the link\n${huge}`);
  assert.equal(t.shown, 0);
});

test('short hours: same days grouped, closed days left out, two days with a comma', () => {
  const short = (d: number) => ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d];
  const nine = '9:00 AM – 5:00 PM';
  const week = [1, 2, 3, 4, 5, 6, 0].map((day) => ({day, text: day >= 1 && day <= 5 ? nine : day === 6 ? '10:00 AM – 2:00 PM' : 'Closed', closed: day === 0}));
  assert.equal(shortHours(week, short), `Mon–Fri ${nine}; Sat 10:00 AM – 2:00 PM`);
  const split = week.map((r) => (r.day === 3 ? {...r, closed: true, text: 'Closed'} : r));
  assert.equal(shortHours(split, short), `Mon, Tue ${nine}; Thu, Fri ${nine}; Sat 10:00 AM – 2:00 PM`);
  assert.equal(shortHours(week.map((r) => ({...r, closed: true})), short), '');
});
