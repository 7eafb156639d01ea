/**
 * The directory's plain-language categories (labels for the filter form, terms for matching). A
 * module of its own so the search form can list them without loading the filter engine.
 */
export interface CategoryPreset {
  /** Sent as the `category` filter. */
  id: string;
  label: {en: string; es: string; [lang: string]: string};
  /**
   * Words or phrases matched as whole words against taxonomy term names (folded), and exactly
   * against term codes and ids.
   */
  terms: string[];
}

/** Plain-language categories for recovery services. Sites can pass their own list instead. */
export const categoryPresets: CategoryPreset[] = [
  {id: 'detox', label: {en: 'Detox & withdrawal', es: 'Desintoxicación y abstinencia'}, terms: ['detox', 'detoxification', 'withdrawal', 'withdrawal management', 'desintoxicacion', 'abstinencia']},
  {
    id: 'treatment',
    label: {en: 'Treatment (outpatient & residential)', es: 'Tratamiento (ambulatorio y residencial)'},
    terms: ['substance use treatment', 'substance use disorder', 'substance abuse', 'addiction', 'addiction treatment', 'drug treatment', 'alcohol treatment', 'rehab', 'rehabilitation', 'outpatient', 'intensive outpatient', 'iop', 'residential treatment', 'inpatient', 'tratamiento', 'adicciones'],
  },
  {
    id: 'moud',
    label: {en: 'Medication for opioid use disorder', es: 'Medicamentos para el trastorno por consumo de opioides'},
    terms: ['medication for opioid use disorder', 'moud', 'mat', 'medication assisted treatment', 'medication assisted', 'opioid treatment program', 'otp', 'buprenorphine', 'suboxone', 'methadone', 'naltrexone', 'vivitrol', 'metadona', 'buprenorfina'],
  },
  {
    id: 'recovery-housing',
    label: {en: 'Sober living & recovery housing', es: 'Vivienda de recuperación (sober living)'},
    terms: ['sober living', 'sober house', 'recovery housing', 'recovery residence', 'recovery residences', 'recovery home', 'halfway house', 'oxford house', 'vivienda de recuperacion'],
  },
  {
    id: 'harm-reduction',
    label: {en: 'Harm reduction (naloxone, syringe services)', es: 'Reducción de daños (naloxona, jeringas)'},
    terms: ['harm reduction', 'naloxone', 'narcan', 'syringe', 'syringe services', 'syringe exchange', 'needle exchange', 'fentanyl test strips', 'drug checking', 'overdose prevention', 'reduccion de danos', 'naloxona', 'jeringas'],
  },
  {
    id: 'peer-support',
    label: {en: 'Peer support & groups', es: 'Apoyo entre pares y grupos'},
    terms: ['peer support', 'peer', 'peer recovery', 'support group', 'support groups', 'mutual aid', 'mutual support', 'recovery support', 'self help', 'apoyo entre pares', 'grupo de apoyo', 'grupos de apoyo'],
  },
  {
    id: 'crisis',
    label: {en: 'Crisis lines & hotlines', es: 'Crisis y líneas de ayuda'},
    terms: ['crisis', 'crisis hotlines', 'hotline', 'hotlines', 'helpline', 'suicide', 'suicide prevention', '988', 'crisis intervention', 'linea de ayuda', 'linea de crisis'],
  },
  {id: 'housing', label: {en: 'Housing & shelter', es: 'Vivienda y refugio'}, terms: ['housing', 'shelter', 'shelters', 'homeless', 'homelessness', 'rental assistance', 'vivienda', 'refugio']},
  {id: 'legal', label: {en: 'Legal aid', es: 'Asistencia legal'}, terms: ['legal', 'legal aid', 'legal services', 'expungement', 'record clearing', 'asistencia legal', 'ayuda legal']},
  {
    id: 'mental-health',
    label: {en: 'Mental health', es: 'Salud mental'},
    terms: ['mental health', 'behavioral health', 'counseling', 'counselling', 'therapy', 'psychiatry', 'psychiatric', 'salud mental', 'terapia'],
  },
];
