/**
 * Demo services (HSDS 3, fully nested): detox, MOUD, sober living, harm reduction, peer support,
 * hotlines, housing, legal aid… across the same towns as the demo meetings. Organisations and
 * addresses are invented; the national hotlines are real.
 */
type Sched = {days: string; opens: string; closes: string; desc?: string} | '24/7';
interface Svc {
  id: string;
  name: string;
  alt?: string;
  org: string;
  orgUrl?: string;
  terms: string[];
  desc: string;
  town?: keyof typeof TOWNS;
  street?: string;
  virtual?: boolean;
  phones: {number: string; type?: 'voice' | 'text' | 'fax'; desc?: string}[];
  hours: Sched[];
  langs?: string[];
  fees?: string;
  free?: boolean;
  eligibility?: string;
  minAge?: number;
  application?: string;
  url?: string;
  email?: string;
  status?: string;
  alert?: string;
  assured: string;
  wheelchair?: boolean;
}

const TOWNS = {
  np: {city: 'North Platte', postal: '69101', lat: 41.1239, lng: -100.7654, tz: 'America/Chicago', offset: -6},
  kearney: {city: 'Kearney', postal: '68847', lat: 40.6993, lng: -99.0832, tz: 'America/Chicago', offset: -6},
  ogallala: {city: 'Ogallala', postal: '69153', lat: 41.128, lng: -101.7196, tz: 'America/Denver', offset: -7},
  scottsbluff: {city: 'Scottsbluff', postal: '69361', lat: 41.8666, lng: -103.6672, tz: 'America/Denver', offset: -7},
} as const;

export const TERMS: Record<string, {name: string; description: string}> = {
  detox: {name: 'Detox', description: 'Medically supervised withdrawal management'},
  moud: {name: 'Medication for opioid use disorder', description: 'Buprenorphine, methadone or naltrexone treatment'},
  treatment: {name: 'Outpatient treatment', description: 'Counselling and intensive outpatient programmes'},
  residential: {name: 'Residential treatment', description: 'Live-in treatment programmes'},
  'sober-living': {name: 'Sober living', description: 'Recovery residences'},
  'harm-reduction': {name: 'Harm reduction', description: 'Naloxone, test strips, syringe services'},
  'peer-support': {name: 'Peer support', description: 'Recovery coaches and peer specialists'},
  hotline: {name: 'Hotlines', description: 'Phone, text and chat lines'},
  crisis: {name: 'Crisis services', description: 'Immediate help in a mental-health or substance crisis'},
  housing: {name: 'Housing', description: 'Shelter and housing assistance'},
  legal: {name: 'Legal aid', description: 'Free or low-cost legal help'},
  family: {name: 'Family support', description: 'Help for families and friends'},
  'mental-health': {name: 'Mental health', description: 'Counselling and psychiatric care'},
  youth: {name: 'Youth', description: 'Services for young people'},
  food: {name: 'Food', description: 'Meals and food pantries'},
  employment: {name: 'Employment', description: 'Job training and placement'},
};

const WEEKDAYS = 'MO,TU,WE,TH,FR';

const SERVICES: Svc[] = [
  {id: 'svc-gp-detox', name: 'Withdrawal Management Unit', org: 'Great Plains Health', orgUrl: 'https://example.org/gph', terms: ['detox', 'crisis'], desc: 'Medically monitored detox for alcohol, opioids and benzodiazepines. Walk-ins assessed around the clock; average stay 3–5 days.', town: 'np', street: '601 W Leota St', phones: [{number: '308-555-0140', desc: 'Admissions, 24 hours'}], hours: ['24/7'], langs: ['en', 'es'], fees: 'Medicaid, Medicare and most insurance; sliding scale for the uninsured.', eligibility: 'Adults 18+', minAge: 18, application: 'Walk in or call admissions.', assured: '2026-10-02', wheelchair: true},
  {id: 'svc-bridge-moud', name: 'Bridge Clinic (buprenorphine)', alt: 'Same-day MOUD', org: 'Great Plains Health', orgUrl: 'https://example.org/gph', terms: ['moud', 'treatment'], desc: 'Same-day buprenorphine starts, no appointment needed. Continued prescribing until you are connected to a long-term provider.', town: 'np', street: '601 W Leota St, Suite 210', phones: [{number: '308-555-0142'}, {number: '308-555-0143', type: 'text', desc: 'Text to ask a question or move an appointment'}], hours: [{days: WEEKDAYS, opens: '08:00', closes: '17:00'}, {days: 'SA', opens: '09:00', closes: '12:00'}], langs: ['en', 'es'], fees: 'No one is turned away for inability to pay.', free: false, assured: '2026-09-15', wheelchair: true},
  {id: 'svc-heartland-otp', name: 'Opioid Treatment Program', org: 'Heartland Recovery Services', orgUrl: 'https://example.org/heartland', terms: ['moud'], desc: 'Methadone and buprenorphine dosing with counselling. Early-morning dosing so you can get to work.', town: 'kearney', street: '2110 W 24th St', phones: [{number: '308-555-0210'}], hours: [{days: WEEKDAYS, opens: '05:30', closes: '13:30'}, {days: 'SA,SU', opens: '07:00', closes: '10:00'}], langs: ['en'], fees: 'Medicaid accepted; self-pay $95/week.', eligibility: 'Opioid use disorder diagnosis; adults 18+', minAge: 18, assured: '2026-08-20'},
  {id: 'svc-panhandle-moud', name: 'Panhandle MAT Clinic', org: 'Panhandle Community Health', orgUrl: 'https://example.org/pch', terms: ['moud', 'treatment', 'mental-health'], desc: 'Buprenorphine and naltrexone (Vivitrol) with primary care and counselling in one visit. Telehealth follow-ups available.', town: 'scottsbluff', street: '1510 4th Ave', phones: [{number: '308-555-0310'}, {number: '308-555-0311', type: 'text'}], hours: [{days: WEEKDAYS, opens: '08:00', closes: '18:00'}], langs: ['en', 'es'], fees: 'Sliding-scale fees from $20.', assured: '2026-10-11', wheelchair: true},
  {id: 'svc-new-day-iop', name: 'Intensive Outpatient Program', org: 'New Day Counseling', terms: ['treatment', 'mental-health'], desc: 'Nine hours a week of group and individual counselling, evenings so you can keep your job.', town: 'np', street: '410 E 4th St', phones: [{number: '308-555-0150'}], hours: [{days: 'MO,TU,TH', opens: '17:30', closes: '20:30'}], langs: ['en'], fees: 'Insurance and self-pay.', assured: '2026-07-30'},
  {id: 'svc-new-day-counsel', name: 'Substance Use Evaluations', org: 'New Day Counseling', terms: ['treatment'], desc: 'Court-accepted substance use evaluations, usually within a week.', town: 'np', street: '410 E 4th St', phones: [{number: '308-555-0151'}], hours: [{days: WEEKDAYS, opens: '09:00', closes: '17:00'}], langs: ['en'], fees: '$150; payment plans available.', application: 'Call to book.', assured: '2026-07-30'},
  {id: 'svc-prairie-res', name: 'Prairie House Residential Program', org: 'Prairie House', orgUrl: 'https://example.org/prairie', terms: ['residential', 'treatment'], desc: '28- to 60-day residential treatment for adults, with family sessions on weekends.', town: 'kearney', street: '3700 Ave E', phones: [{number: '308-555-0220', desc: 'Intake line'}], hours: ['24/7'], langs: ['en'], eligibility: 'Adults 19+, medically stable after detox', minAge: 19, fees: 'Medicaid, insurance, state funding available.', assured: '2026-06-18'},
  {id: 'svc-oxford-np', name: 'Oxford House Platte', org: 'Oxford House (demo listing)', terms: ['sober-living', 'housing'], desc: 'Democratically run, self-supporting recovery home for 8 men. Shared expenses about $500 a month.', town: 'np', street: '815 W 6th St', phones: [{number: '308-555-0160'}], hours: [{days: 'MO,TU,WE,TH,FR,SA,SU', opens: '09:00', closes: '21:00', desc: 'Call to arrange an interview'}], langs: ['en'], eligibility: 'Men in recovery', fees: 'About $125 a week, shared.', assured: '2026-05-02'},
  {id: 'svc-hope-house', name: "Hope House Women's Recovery Residence", org: 'Hope House', terms: ['sober-living', 'housing', 'family'], desc: 'Recovery residence for women, and for mothers with children under 6. Peer support on site.', town: 'scottsbluff', street: '2220 3rd Ave', phones: [{number: '308-555-0320'}, {number: '308-555-0321', type: 'text'}], hours: [{days: WEEKDAYS, opens: '09:00', closes: '17:00'}], langs: ['en', 'es'], eligibility: 'Women 18+ with at least 7 days sober', minAge: 18, assured: '2026-09-01'},
  {id: 'svc-highplains-sl', name: 'High Plains Sober Living', org: 'High Plains Recovery Homes', terms: ['sober-living'], desc: 'Level II recovery residence with a house manager, weekly house meetings and drug testing.', town: 'ogallala', street: '412 E 2nd St', phones: [{number: '308-555-0410'}], hours: [{days: WEEKDAYS, opens: '10:00', closes: '18:00'}], langs: ['en'], fees: '$140 a week; first week deferred.', assured: '2026-04-22'},
  {id: 'svc-naloxone-np', name: 'Free Naloxone and Test Strips', alt: 'Narcan', org: 'West Central District Health Department', orgUrl: 'https://example.org/wcdhd', terms: ['harm-reduction'], desc: 'Free naloxone (Narcan) nasal spray, fentanyl and xylazine test strips, and a five-minute training. No ID, no questions.', town: 'np', street: '111 N Dewey St', phones: [{number: '308-555-0170'}], hours: [{days: WEEKDAYS, opens: '08:00', closes: '16:30'}], langs: ['en', 'es'], free: true, fees: 'Free', assured: '2026-10-20', wheelchair: true},
  {id: 'svc-mail-naloxone', name: 'Naloxone by Mail', org: 'Nebraska Harm Reduction Network (demo)', terms: ['harm-reduction'], desc: 'Order free naloxone and test strips by mail in discreet packaging anywhere in the state.', virtual: true, phones: [{number: '402-555-0190', type: 'text', desc: 'Text NALOXONE'}], hours: [{days: WEEKDAYS, opens: '09:00', closes: '17:00'}], langs: ['en', 'es'], free: true, fees: 'Free', url: 'https://example.org/naloxone', assured: '2026-10-01'},
  {id: 'svc-ssp-scottsbluff', name: 'Syringe Services and Wound Care', org: 'Panhandle Public Health District', orgUrl: 'https://example.org/pphd', terms: ['harm-reduction', 'mental-health'], desc: 'Sterile supplies, safe disposal, wound care, HIV and hepatitis C testing, and referrals to treatment when you want them.', town: 'scottsbluff', street: '808 Broadway', phones: [{number: '308-555-0330'}], hours: [{days: 'TU,TH', opens: '12:00', closes: '18:00'}, {days: 'SA', opens: '10:00', closes: '14:00'}], langs: ['en', 'es'], free: true, fees: 'Free', assured: '2026-10-05'},
  {id: 'svc-recovery-coach', name: 'Recovery Coaching', org: 'Platte Valley Recovery Community Organization', orgUrl: 'https://example.org/pvrco', terms: ['peer-support'], desc: 'Meet a certified peer recovery coach who has been there. Help with meetings, housing, jobs, and getting through the first 90 days.', town: 'np', street: '1120 N Jeffers St', phones: [{number: '308-555-0180'}, {number: '308-555-0181', type: 'text', desc: 'Text a coach'}], hours: [{days: WEEKDAYS, opens: '10:00', closes: '19:00'}, {days: 'SA', opens: '10:00', closes: '14:00'}], langs: ['en', 'es'], free: true, fees: 'Free', assured: '2026-11-02'},
  {id: 'svc-ed-peer', name: 'Emergency Department Peer Response', org: 'Platte Valley Recovery Community Organization', orgUrl: 'https://example.org/pvrco', terms: ['peer-support', 'crisis'], desc: 'A peer specialist comes to the emergency department after an overdose, day or night, to talk and help with next steps.', town: 'np', street: '601 W Leota St', phones: [{number: '308-555-0185'}], hours: ['24/7'], langs: ['en'], free: true, fees: 'Free', assured: '2026-11-02'},
  {id: 'svc-rco-kearney', name: 'Recovery Community Center', org: 'Buffalo County Recovery Alliance', terms: ['peer-support', 'employment'], desc: 'Drop-in centre with coffee, all-recovery meetings, computer access and job-search help.', town: 'kearney', street: '2404 Central Ave', phones: [{number: '308-555-0230'}], hours: [{days: WEEKDAYS, opens: '09:00', closes: '20:00'}, {days: 'SA,SU', opens: '12:00', closes: '17:00'}], langs: ['en'], free: true, fees: 'Free', assured: '2026-08-08'},
  {id: 'svc-warmline', name: 'Peer Warm Line', org: 'Nebraska Peer Network (demo)', terms: ['peer-support', 'hotline', 'mental-health'], desc: 'Not in crisis but struggling? Talk or text with a peer, evenings and overnight.', virtual: true, phones: [{number: '308-555-0199'}, {number: '308-555-0198', type: 'text'}], hours: [{days: 'MO,TU,WE,TH,FR,SA,SU', opens: '18:00', closes: '02:00', desc: 'Every night, 6 pm to 2 am'}], langs: ['en', 'es'], free: true, fees: 'Free', assured: '2026-10-28'},
  {id: 'svc-988', name: '988 Suicide & Crisis Lifeline', org: '988 Lifeline', orgUrl: 'https://988lifeline.org/', terms: ['hotline', 'crisis', 'mental-health'], desc: 'Call or text 988, or chat online, any time. For anyone in emotional distress, a suicidal crisis or a substance use crisis. Spanish: press 2.', virtual: true, phones: [{number: '988', desc: 'Call'}, {number: '988', type: 'text', desc: 'Text'}], hours: ['24/7'], langs: ['en', 'es'], free: true, fees: 'Free', url: 'https://988lifeline.org/', assured: '2026-11-01'},
  {id: 'svc-samhsa', name: 'SAMHSA National Helpline', org: 'Substance Abuse and Mental Health Services Administration', orgUrl: 'https://www.samhsa.gov/', terms: ['hotline'], desc: 'Free, confidential treatment referral and information, 24 hours a day, 365 days a year, in English and Spanish.', virtual: true, phones: [{number: '1-800-662-4357'}], hours: ['24/7'], langs: ['en', 'es'], free: true, fees: 'Free', url: 'https://www.samhsa.gov/find-help/helplines/national-helpline', assured: '2026-11-01'},
  {id: 'svc-poison', name: 'Poison Control', org: 'America’s Poison Centers', orgUrl: 'https://poisonhelp.org/', terms: ['hotline', 'crisis'], desc: 'Expert advice on overdoses, poisonings and drug interactions. If someone is not breathing, call 911.', virtual: true, phones: [{number: '1-800-222-1222'}], hours: ['24/7'], langs: ['en', 'es'], free: true, fees: 'Free', url: 'https://poisonhelp.org/', assured: '2026-11-01'},
  {id: 'svc-mobile-crisis', name: 'Mobile Crisis Response', org: 'Region II Behavioral Health (demo)', terms: ['crisis', 'mental-health'], desc: 'A counsellor and a peer come to you in a mental-health or substance crisis, instead of police. Call 988 and ask for mobile crisis.', virtual: true, phones: [{number: '988'}], hours: ['24/7'], langs: ['en'], free: true, fees: 'Free', assured: '2026-09-30'},
  {id: 'svc-crisis-center', name: 'Crisis Stabilization Center', org: 'Region I Behavioral Health (demo)', terms: ['crisis', 'detox', 'mental-health'], desc: 'Walk-in crisis care and up to 23 hours of observation; no referral needed.', town: 'scottsbluff', street: '4110 Ave D', phones: [{number: '308-555-0340'}], hours: ['24/7'], langs: ['en', 'es'], fees: 'No one turned away for inability to pay.', assured: '2026-10-15', wheelchair: true},
  {id: 'svc-shelter-np', name: 'Emergency Shelter', org: 'Rescue Mission of North Platte', terms: ['housing', 'food'], desc: 'Overnight shelter beds and an evening meal. Check-in from 6 pm; must leave by 8 am.', town: 'np', street: '520 E 3rd St', phones: [{number: '308-555-0165'}], hours: [{days: 'MO,TU,WE,TH,FR,SA,SU', opens: '18:00', closes: '08:00', desc: 'Overnight, 6 pm to 8 am'}], langs: ['en'], free: true, fees: 'Free', assured: '2026-10-12'},
  {id: 'svc-housing-help', name: 'Housing Assistance and Rapid Rehousing', org: 'Central Nebraska Community Action (demo)', terms: ['housing'], desc: 'Help with deposits, first month’s rent and utility arrears for people in recovery and families at risk of losing their home.', town: 'kearney', street: '16 W 11th St', phones: [{number: '308-555-0240'}], hours: [{days: WEEKDAYS, opens: '08:00', closes: '16:30'}], langs: ['en', 'es'], free: true, fees: 'Free', application: 'Call for an intake appointment; bring ID and proof of income if you have them.', assured: '2026-07-14'},
  {id: 'svc-shelter-scottsbluff', name: 'Family Shelter', org: 'Panhandle Housing Partners', terms: ['housing', 'family'], desc: 'Emergency shelter for families with children, up to 30 days, with case management.', town: 'scottsbluff', street: '1220 E 20th St', phones: [{number: '308-555-0350'}], hours: ['24/7'], langs: ['en', 'es'], free: true, fees: 'Free', assured: '2026-08-30'},
  {id: 'svc-legal-aid', name: 'Legal Aid for Recovery', org: 'Legal Aid of Nebraska (demo listing)', terms: ['legal'], desc: 'Free civil legal help: expungement and record sealing, eviction defence, child custody, benefits appeals.', town: 'np', street: '300 E 4th St', phones: [{number: '308-555-0175'}], hours: [{days: 'MO,WE', opens: '09:00', closes: '12:00', desc: 'Walk-in clinic'}], langs: ['en', 'es'], free: true, fees: 'Free for eligible clients', eligibility: 'Income at or below 200% of the poverty line', assured: '2026-06-30'},
  {id: 'svc-legal-hotline', name: 'Access Line (legal help by phone)', org: 'Legal Aid of Nebraska (demo listing)', terms: ['legal', 'hotline'], desc: 'Apply for free legal help by phone.', virtual: true, phones: [{number: '1-877-555-0176'}], hours: [{days: WEEKDAYS, opens: '09:00', closes: '15:00'}], langs: ['en', 'es'], free: true, fees: 'Free', assured: '2026-06-30'},
  {id: 'svc-drug-court', name: 'Problem-Solving Courts Navigator', org: 'Lincoln County Courts (demo)', terms: ['legal', 'treatment'], desc: 'Information on drug court and veterans treatment court eligibility; help with paperwork.', town: 'np', street: '301 N Jeffers St', phones: [{number: '308-555-0177'}], hours: [{days: 'TU,TH', opens: '13:00', closes: '16:00'}], langs: ['en'], free: true, fees: 'Free', assured: '2026-05-19'},
  {id: 'svc-family-program', name: 'Family Recovery Program', org: 'New Day Counseling', terms: ['family', 'mental-health'], desc: 'Eight-week evening class for parents, partners and adult children of people with addiction. CRAFT approach.', town: 'np', street: '410 E 4th St', phones: [{number: '308-555-0152'}], hours: [{days: 'WE', opens: '18:00', closes: '19:30'}], langs: ['en'], fees: '$10 per session, waived on request.', assured: '2026-07-30'},
  {id: 'svc-youth', name: 'Teen Recovery Support', org: 'Kearney Youth Services (demo)', terms: ['youth', 'peer-support', 'treatment'], desc: 'Assessment, counselling and an alternative peer group for young people aged 13–19 and their families.', town: 'kearney', street: '415 W 22nd St', phones: [{number: '308-555-0250'}, {number: '308-555-0251', type: 'text'}], hours: [{days: WEEKDAYS, opens: '12:00', closes: '19:00'}], langs: ['en', 'es'], minAge: 13, eligibility: 'Ages 13–19', fees: 'Free for families without insurance.', assured: '2026-09-09'},
  {id: 'svc-food-pantry', name: 'Community Food Pantry', org: 'Ogallala Churches Together (demo)', terms: ['food'], desc: 'Groceries once a week, no paperwork.', town: 'ogallala', street: '220 N Spruce St', phones: [{number: '308-555-0420'}], hours: [{days: 'TU', opens: '16:00', closes: '19:00'}, {days: 'SA', opens: '09:00', closes: '12:00'}], langs: ['en', 'es'], free: true, fees: 'Free', assured: '2026-10-03'},
  {id: 'svc-ogallala-counsel', name: 'Outpatient Counseling', org: 'Keith County Behavioral Health (demo)', terms: ['treatment', 'mental-health'], desc: 'Individual and group counselling for substance use and co-occurring mental health. Telehealth available.', town: 'ogallala', street: '101 E B St', phones: [{number: '308-555-0430'}], hours: [{days: 'MO,TU,WE,TH', opens: '08:00', closes: '18:00'}, {days: 'FR', opens: '08:00', closes: '12:00'}], langs: ['en'], fees: 'Medicaid, insurance, sliding scale.', assured: '2026-08-27'},
  {id: 'svc-ogallala-detox', name: 'Social Detox (temporarily closed)', org: 'Keith County Behavioral Health (demo)', terms: ['detox'], desc: 'Non-medical withdrawal support. Closed for renovation; call for the nearest open detox.', town: 'ogallala', street: '101 E B St', phones: [{number: '308-555-0431'}], hours: ['24/7'], langs: ['en'], status: 'temporarily closed', alert: 'Closed until January for renovation. Nearest open detox: Great Plains Health, North Platte.', assured: '2026-10-30'},
  {id: 'svc-employment', name: 'Recovery-Friendly Jobs Program', org: 'Platte Valley Workforce (demo)', terms: ['employment'], desc: 'Job coaching and placement with recovery-friendly employers; help explaining gaps and records.', town: 'np', street: '306 E 6th St', phones: [{number: '308-555-0178'}], hours: [{days: WEEKDAYS, opens: '08:30', closes: '16:30'}], langs: ['en', 'es'], free: true, fees: 'Free', assured: '2026-09-21'},
  {id: 'svc-telehealth-moud', name: 'Telehealth Buprenorphine', org: 'Nebraska Telerecovery (demo)', terms: ['moud'], desc: 'Start or continue buprenorphine by video from home; prescriptions sent to your local pharmacy.', virtual: true, phones: [{number: '402-555-0195'}, {number: '402-555-0196', type: 'text'}], hours: [{days: 'MO,TU,WE,TH,FR,SA,SU', opens: '07:00', closes: '23:00'}], langs: ['en', 'es'], fees: 'Medicaid and most insurance; $99/month self-pay.', url: 'https://example.org/telerecovery', assured: '2026-10-18'},
  {id: 'svc-veterans', name: 'Veterans Substance Use Program', org: 'VA Community Clinic (demo listing)', terms: ['treatment', 'moud', 'mental-health'], desc: 'Substance use treatment for veterans, including MOUD and PTSD care.', town: 'np', street: '600 E Francis St', phones: [{number: '308-555-0179'}], hours: [{days: WEEKDAYS, opens: '08:00', closes: '16:30'}], langs: ['en'], eligibility: 'Veterans enrolled in VA health care', assured: '2026-08-15'},
  {id: 'svc-spanish-support', name: 'Apoyo en Español para Familias', alt: 'Spanish-language family support', org: 'Centro Hispano del Valle (demo)', terms: ['family', 'peer-support'], desc: 'Grupo de apoyo y orientación en español para familias afectadas por el alcohol y las drogas. Información sobre tratamiento y servicios.', town: 'scottsbluff', street: '1702 Broadway', phones: [{number: '308-555-0360'}, {number: '308-555-0361', type: 'text'}], hours: [{days: 'TH', opens: '18:00', closes: '20:00'}], langs: ['es'], free: true, fees: 'Gratis', assured: '2026-09-25'},
  {id: 'svc-women-peer', name: 'Moms in Recovery Peer Group', org: 'Hope House', terms: ['peer-support', 'family'], desc: 'Weekly peer group for pregnant and parenting women; childcare provided.', town: 'scottsbluff', street: '2220 3rd Ave', phones: [{number: '308-555-0322'}], hours: [{days: 'TU', opens: '10:00', closes: '11:30'}], langs: ['en', 'es'], free: true, fees: 'Free', assured: '2026-09-01'},
  {id: 'svc-transport', name: 'Rides to Treatment', org: 'Platte Valley Recovery Community Organization', orgUrl: 'https://example.org/pvrco', terms: ['peer-support'], desc: 'Free rides to detox, treatment intakes and MOUD appointments within 60 miles. Book a day ahead when you can.', town: 'np', street: '1120 N Jeffers St', phones: [{number: '308-555-0182'}, {number: '308-555-0183', type: 'text'}], hours: [{days: WEEKDAYS, opens: '07:00', closes: '19:00'}], langs: ['en'], free: true, fees: 'Free', assured: '2026-11-02'},
  {id: 'svc-pharmacy-nalox', name: 'Pharmacy Naloxone Without a Prescription', org: 'Main Street Pharmacy (demo)', terms: ['harm-reduction'], desc: 'Naloxone over the counter; pharmacists can show you how to use it. Free kits while grant supplies last.', town: 'ogallala', street: '118 E 2nd St', phones: [{number: '308-555-0440'}], hours: [{days: WEEKDAYS, opens: '09:00', closes: '18:00'}, {days: 'SA', opens: '09:00', closes: '13:00'}], langs: ['en'], fees: 'Free kits while supplies last; otherwise about $45.', assured: '2026-10-09'},
  {id: 'svc-gambling', name: 'Problem Gambling Help', org: 'Nebraska Problem Gambling Help (demo)', terms: ['hotline', 'treatment'], desc: 'Free counselling for people affected by gambling, often alongside substance use.', virtual: true, phones: [{number: '1-833-555-0197'}, {number: '1-833-555-0197', type: 'text'}], hours: ['24/7'], langs: ['en', 'es'], free: true, fees: 'Free', assured: '2026-07-01'},
];


/** ~40 fully nested HSDS 3 services. */
export function demoServices(): Record<string, unknown>[] {
  let n = 0;
  return SERVICES.map((s) => {
    const town = s.town ? TOWNS[s.town] : TOWNS.np;
    const orgId = 'org-' + s.org.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const tz = s.town ? town.tz : 'America/Chicago';
    const schedules = s.hours.map((h, i) =>
      h === '24/7'
        ? {id: `${s.id}-sch-${i}`, service_id: s.id, freq: 'WEEKLY', interval: 1, byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '23:59', description: 'Open 24 hours, 7 days a week', timezone: town.offset, attending_type: s.virtual ? 'remote' : 'in-person'}
        : {id: `${s.id}-sch-${i}`, service_id: s.id, freq: 'WEEKLY', interval: 1, byday: h.days, opens_at: h.opens, closes_at: h.closes, description: h.desc ?? null, timezone: town.offset, wkst: 'MO'},
    );
    const phones = s.phones.map((p, i) => ({id: `${s.id}-ph-${i}`, service_id: s.id, number: p.number, type: p.type ?? 'voice', description: p.desc ?? null, languages: (s.langs ?? ['en']).map((code, j) => ({id: `${s.id}-ph-${i}-lang-${j}`, name: code === 'es' ? 'Spanish' : 'English', code}))}));
    const jitter = ((n++ % 7) - 3) * 0.0031;
    const location = s.virtual
      ? {id: `${s.id}-loc`, location_type: 'virtual', name: `${s.org} (phone, text or online)`, url: s.url ?? null, latitude: null, longitude: null, addresses: [], accessibility: [], languages: []}
      : {
          id: `${s.id}-loc`,
          location_type: 'physical',
          name: s.org,
          latitude: Number((town.lat + jitter).toFixed(5)),
          longitude: Number((town.lng - jitter).toFixed(5)),
          transportation: s.town === 'np' ? 'On the Platte Valley Transit route; free parking.' : 'Free parking.',
          addresses: [{id: `${s.id}-addr`, address_1: s.street ?? '', city: town.city, state_province: 'NE', postal_code: town.postal, country: 'US', address_type: 'physical'}],
          accessibility: s.wheelchair ? [{id: `${s.id}-acc`, description: 'Wheelchair accessible entrance and restroom'}] : [],
          languages: (s.langs ?? ['en']).map((code, j) => ({id: `${s.id}-loc-lang-${j}`, name: code === 'es' ? 'Spanish' : 'English', code})),
          external_identifiers: [],
          timezone_name: tz,
        };
    return {
      id: s.id,
      organization_id: orgId,
      name: s.name,
      alternate_name: s.alt ?? null,
      description: s.desc,
      url: s.url ?? null,
      email: s.email ?? null,
      status: s.status ?? 'active',
      interpretation_services: (s.langs ?? []).includes('es') ? 'Staff speak Spanish; phone interpreters for other languages.' : 'Phone interpreters available on request.',
      application_process: s.application ?? (s.virtual ? 'Call or text any time the line is open.' : 'Walk in or call ahead.'),
      fees_description: s.fees ?? null,
      eligibility_description: s.eligibility ?? null,
      minimum_age: s.minAge ?? null,
      maximum_age: s.minAge === 13 ? 19 : null,
      assured_date: s.assured,
      assurer_email: null,
      alert: s.alert ?? null,
      last_modified: `${s.assured}T12:00:00Z`,
      organization: {id: orgId, name: s.org, website: s.orgUrl ?? null, description: null},
      phones,
      schedules,
      service_areas: [{id: `${s.id}-area`, name: s.virtual ? 'Nebraska (statewide)' : `${town.city} and surrounding counties`}],
      languages: (s.langs ?? ['en']).map((code, j) => ({id: `${s.id}-lang-${j}`, name: code === 'es' ? 'Spanish' : 'English', code})),
      cost_options: s.free ? [{id: `${s.id}-cost`, option: 'Free', amount: 0, currency: 'USD'}] : [],
      required_documents: [],
      contacts: [],
      service_at_locations: [{id: `${s.id}-sal`, service_id: s.id, location_id: location.id, description: null, location}],
      attributes: s.terms.map((t) => ({id: `${s.id}-attr-${t}`, link_type: 'service', link_entity: 'service', link_id: s.id, taxonomy_term_id: `term-${t}`, taxonomy_term: {id: `term-${t}`, code: t, name: TERMS[t].name, description: TERMS[t].description, parent_id: null, taxonomy: 'peerkit-demo'}})),
    };
  });
}
