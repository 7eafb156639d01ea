/**
 * The directory's plain-language categories: ids and labels, for the filter form. Their matching
 * terms live with the filter engine (`resource-filter.ts`), which loads only with the data.
 */
export interface CategoryLabel {
  /** Sent as the `category` filter. */
  id: string;
  label: {en: string; es: string; [lang: string]: string};
}

/** Plain-language categories for recovery services. Sites can pass their own list instead. */
export const categoryLabels: readonly CategoryLabel[] = [
  {id: 'detox', label: {en: 'Detox & withdrawal', es: 'Desintoxicación y abstinencia'}},
  {id: 'treatment', label: {en: 'Treatment (outpatient & residential)', es: 'Tratamiento (ambulatorio y residencial)'}},
  {id: 'moud', label: {en: 'Medication for opioid use disorder', es: 'Medicamentos para el trastorno por consumo de opioides'}},
  {id: 'recovery-housing', label: {en: 'Sober living & recovery housing', es: 'Vivienda de recuperación (sober living)'}},
  {id: 'harm-reduction', label: {en: 'Harm reduction (naloxone, syringe services)', es: 'Reducción de daños (naloxona, jeringas)'}},
  {id: 'peer-support', label: {en: 'Peer support & groups', es: 'Apoyo entre pares y grupos'}},
  {id: 'crisis', label: {en: 'Crisis lines & hotlines', es: 'Crisis y líneas de ayuda'}},
  {id: 'housing', label: {en: 'Housing & shelter', es: 'Vivienda y refugio'}},
  {id: 'legal', label: {en: 'Legal aid', es: 'Asistencia legal'}},
  {id: 'mental-health', label: {en: 'Mental health', es: 'Salud mental'}},
];
