/** Demo stories and answered questions (English and a few in Spanish). */
import type {Lang} from '../schemas.js';
import type {AnswerRole} from '../../src/model/question.js';
import type {ConsentDuration, ContentWarning} from '../../src/model/story.js';

export interface SeedStory {
  title: string;
  body: string;
  name: string;
  recovery_months?: number;
  content_warnings: ContentWarning[];
  consent_duration: ConsentDuration;
  lang: Lang;
  days_ago: number;
}

export const STORIES: SeedStory[] = [
  {
    title: 'The first meeting was the hardest door',
    body: 'Eighteen months ago I sat in my truck outside the Alano Club for forty minutes. I watched people walk in laughing and thought: they are not like me. When I finally went in, a man handed me a cup of bad coffee and said, "You don\'t have to talk. Just come back tomorrow." I did. I still drink the bad coffee. I still come back. If you are sitting in your car right now, the door is heavier than it looks, and lighter than you think.',
    name: 'Dale',
    recovery_months: 18,
    content_warnings: [],
    consent_duration: 'until-withdrawn',
    lang: 'en',
    days_ago: 40,
  },
  {
    title: 'Relapse was not the end of my story',
    body: 'I had two years, then I didn\'t. I was too ashamed to go back, so I stayed out for four months, and it got worse fast. What brought me back was a text from my sponsor that just said "Thinking of you. No speech, promise." Nobody lectured me. Somebody told me relapse can be part of recovery, not the opposite of it. I have seven months now. I count them differently, with more gentleness.',
    name: 'M.',
    recovery_months: 7,
    content_warnings: ['relapse', 'substance-use'],
    consent_duration: '3y',
    lang: 'en',
    days_ago: 28,
  },
  {
    title: 'My daughter carries naloxone now, and so do I',
    body: 'My son overdosed in our upstairs bathroom. My daughter found him and used the naloxone kit the health department had given her at school. He is alive. He is in treatment and calls every Sunday. I go to Al-Anon on Mondays, where I learned that I did not cause it, I cannot control it, and I cannot cure it, but I can keep a kit in my purse and love him out loud.',
    name: 'Patricia',
    content_warnings: ['overdose'],
    consent_duration: 'until-withdrawn',
    lang: 'en',
    days_ago: 21,
  },
  {
    title: 'Medication gave me my mornings back',
    body: 'For years I thought being on buprenorphine meant I was not really in recovery. A peer coach at the bridge clinic told me about her own six years on it, and how she is a mom and a nurse and a runner. My mornings used to be about getting well. Now they are about getting my kids to school. That is recovery, whatever anybody at a meeting says.',
    name: 'Jess',
    recovery_months: 30,
    content_warnings: ['substance-use'],
    consent_duration: '1y',
    lang: 'en',
    days_ago: 14,
  },
  {
    title: 'Volví a reírme con mi familia',
    body: 'Durante mucho tiempo pensé que no había salida. Mi esposa me llevó a la reunión en español los martes, y allí encontré hombres que habían pasado por lo mismo. Hoy llevo dos años sin beber. Mis hijos ya no tienen miedo cuando llego a casa. Si estás leyendo esto, hay una silla esperándote, y nadie te va a juzgar.',
    name: 'Ramón',
    recovery_months: 24,
    content_warnings: [],
    consent_duration: 'until-withdrawn',
    lang: 'es',
    days_ago: 10,
  },
  {
    title: 'I did not think I deserved help',
    body: 'There was a night last winter when I did not want to be alive. I called 988 because a poster in the laundromat said I could, and a woman talked with me until the sun came up. She helped me get to the crisis center in the morning. I am writing this from the other side of that winter. If you feel like that tonight, please call or text 988. It is not a bother. You are not a bother.',
    name: 'Sam',
    recovery_months: 10,
    content_warnings: ['suicide-self-harm'],
    consent_duration: '3y',
    lang: 'en',
    days_ago: 5,
  },
];

export interface SeedQuestion {
  body: string;
  topic?: string;
  answer: string;
  role: AnswerRole;
  lang: Lang;
  days_ago: number;
}

export const QUESTIONS: SeedQuestion[] = [
  {
    body: 'Is it normal to still have cravings after six months sober?',
    topic: 'cravings',
    answer: 'Yes, very normal. Cravings usually get less frequent and less intense with time, but they can show up for months or years, often around stress, certain places, or celebrations. Many people find it helps to name the craving, wait it out (most pass within 20–30 minutes), and call someone. A craving is not a relapse, and it does not mean you are doing recovery wrong.',
    role: 'peer',
    lang: 'en',
    days_ago: 30,
  },
  {
    body: 'Can I go to a meeting if I relapsed yesterday? I feel like a fraud.',
    topic: 'relapse',
    answer: 'Please go. The only requirement for most meetings is a desire to stop. You do not need to announce anything unless you want to. People who have relapsed and come back are in almost every room, and many will tell you that coming back quickly was the most important thing they did.',
    role: 'peer',
    lang: 'en',
    days_ago: 25,
  },
  {
    body: 'Does taking buprenorphine count as being sober? My sponsor says no.',
    topic: 'medication',
    answer: 'Buprenorphine and methadone are evidence-based treatments for opioid use disorder; they cut the risk of dying by about half. Taking a medication as prescribed is treatment, not a relapse. Some groups hold different views, and some meetings are more welcoming of medication than others; you are allowed to look for a meeting and a sponsor that support your treatment.',
    role: 'clinician',
    lang: 'en',
    days_ago: 20,
  },
  {
    body: 'How do I talk to my brother about his drinking without pushing him away?',
    topic: 'family',
    answer: 'Pick a calm, sober moment; speak about specific things you saw and how you felt ("I was scared when you drove home on Saturday"), not labels. Ask what he thinks, and listen. Approaches like CRAFT teach families to reward sober time and step back from rescuing. Al-Anon and the family programme listed in our directory can support you too, whatever he decides.',
    role: 'clinician',
    lang: 'en',
    days_ago: 15,
  },
  {
    body: 'What should I do if I find someone and I think they overdosed?',
    topic: 'overdose',
    answer: 'Call 911. If you have naloxone (Narcan), give it: one spray in one nostril. Try to keep them breathing: tilt the head back and give rescue breaths if you know how. Put them on their side if they are breathing. Stay with them; naloxone can wear off. Nebraska has a Good Samaritan law that offers some protection when you call for help.',
    role: 'clinician',
    lang: 'en',
    days_ago: 9,
  },
  {
    body: '¿Puedo ir a una reunión si no hablo bien inglés?',
    topic: 'reuniones',
    answer: 'Sí. Hay reuniones en español en North Platte (Grupo Nueva Esperanza) y en Gering (Grupo Valle del Río), y también grupos de Al-Anon para familias. Puedes buscar "S" (español) en el buscador de reuniones. Nadie te pedirá papeles ni tu apellido.',
    role: 'peer',
    lang: 'es',
    days_ago: 6,
  },
];
