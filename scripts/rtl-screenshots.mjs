#!/usr/bin/env node
// Screenshots of the visitor widgets in Arabic (right to left), for docs/rtl/ and for looking at
// the mirrored layout. Against a running demo server (`npm run build && npm start`):
//   node scripts/rtl-screenshots.mjs [--base http://127.0.0.1:8787] [--out docs/rtl] [--widths 320,1024] [--lang ar]
// Each widget is mounted alone on a bare page of the server's origin (`<html lang=… dir=rtl>`), so
// the API and the CDN bundle are the demo's own. Files: <out>/<widget>-<lang>[-<width>].png (the
// 1024 px one without a width in its name: that is the one the docs show).
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {chromium} from 'playwright-core';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const base = arg('base', 'http://127.0.0.1:8787').replace(/\/$/, '');
const out = arg('out', 'docs/rtl');
const widths = arg('widths', '320,1024').split(',').map(Number);
const lang = arg('lang', 'ar');
const only = arg('only', '');
const maxHeight = Number(arg('max-height', '1100'));
mkdirSync(out, {recursive: true});

const WIDGETS = {
  // The filters and the first rows say it all (and keep the PNG small).
  finder: {script: 'peer-meeting-finder', html: '<peer-meeting-finder src="/api/v1/meetings" timezone="America/Chicago"></peer-meeting-finder>', ready: '.list, .empty', maxHeight: 880},
  directory: {script: 'peer-resource-directory', html: '<peer-resource-directory src="/api/hsds" format="hsds" crisis-row quick-exit></peer-resource-directory>', ready: '.list, [part=empty]'},
  'question-box': {script: 'peer-question-box', html: '<peer-question-box api="/api" topics="Cravings, Relapse, Family and friends" crisis-region="us"></peer-question-box>', ready: 'form'},
  carousel: {script: 'peer-story-carousel', html: '<peer-story-carousel src="/__rtl/stories.json" no-submit></peer-story-carousel>', ready: '.story'},
};

// The demo seeds no Arabic stories (the server lists a language's own): three short ones here.
const STORIES = {
  items: [
    {id: 'ar1', title: 'المقعد بجانبها', body: 'قبل ثمانية عشر شهرًا لم أستطع دخول اجتماع. جلست في السيارة ثلاثة أيام ثلاثاء متتالية.\n\nفي المرة الرابعة طرقت امرأة نافذتي وقالت إن القهوة سيئة، وإن هناك مقعدًا فارغًا بجانبها. فدخلت.', name: 'مايا', recovery_months: 18, content_warnings: [], published_on: '2026-03-12'},
    {id: 'ar2', title: 'أن أطلب المساعدة', body: 'ظننت لسنوات أن طلب المساعدة يعني أنني فشلت. بدأت بمكالمة واحدة لخط المساعدة، والشخص على الطرف الآخر استمع فقط.', name: 'سامي', recovery_months: 7, content_warnings: ['substance-use'], published_on: '2026-02-02'},
    {id: 'ar3', title: 'يوم واحد في كل مرة', body: 'انتكست بعد سنة. عدت إلى الاجتماع في الأسبوع التالي، ولم يلمني أحد. اليوم أعدّ الأيام من جديد، وهذا يكفي.', name: 'ليلى', recovery_months: 3, content_warnings: ['relapse'], published_on: '2026-01-20'},
    {id: 'ar4', title: 'رسالة إلى نفسي القديمة', body: 'لن يكون الطريق مستقيمًا، لكنك لن تمشيه وحدك.', name: 'كريم', recovery_months: 30, content_warnings: [], published_on: '2025-12-01'},
  ],
};

const page = (w) => `<!doctype html>
<html lang="${lang}" dir="rtl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${w.script} (${lang})</title>
<script type="module" src="/cdn/${w.script}.js"></script>
<style>body { margin: 0; padding: 12px; font: 16px/1.5 system-ui, sans-serif; background: #fff; }</style></head>
<body>${w.html}</body></html>`;

const browser = await chromium.launch({executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new', '--disable-gpu'], headless: true});
try {
  for (const [name, w] of Object.entries(WIDGETS)) {
    if (only && !only.split(',').includes(name)) continue;
    for (const width of widths) {
      const ctx = await browser.newContext({viewport: {width, height: 800}, locale: lang, reducedMotion: 'reduce', timezoneId: 'America/Chicago'});
      const p = await ctx.newPage();
      // A bare page on the server's origin: the widget's API calls and chunks are the demo's own.
      await p.route(`${base}/__rtl/${name}`, (route) => route.fulfill({contentType: 'text/html; charset=utf-8', body: page(w)}));
      await p.route(`${base}/__rtl/stories.json`, (route) => route.fulfill({contentType: 'application/json', body: JSON.stringify(STORIES)}));
      await p.goto(`${base}/__rtl/${name}`);
      const el = p.locator(w.script);
      await el.locator(w.ready).first().waitFor({state: 'attached', timeout: 20000});
      await p.evaluate(() => document.querySelector('body > *').updateComplete);
      await p.waitForTimeout(400);
      const file = join(out, width === 1024 ? `${name}-${lang}.png` : `${name}-${lang}-${width}.png`);
      // The widget's box, at most `--max-height` tall (a long list says nothing more past the first screens).
      const box = await el.boundingBox();
      await p.screenshot({path: file, fullPage: true, clip: {x: 0, y: 0, width, height: Math.ceil(Math.min(box.y + box.height + 12, w.maxHeight ?? maxHeight))}});
      console.log(file);
      await ctx.close();
    }
  }
} finally {
  await browser.close();
}
