import type {CrisisLineTable} from '../en/crisis-lines.js';

/**
 * The built-in crisis lines in Spanish, per region (the United States: ../shared/reference/safety.md).
 * Only lines that really answer in this language, or say how to reach one that does.
 */
export const crisisLines: CrisisLineTable = {
  us: [
    {
      name: '988 Línea de Prevención del Suicidio y Crisis',
      description: 'Llama al 988 y marca 2 para hablar en español, envía un mensaje de texto al 988 o chatea en línea. Gratis, confidencial, las 24 horas, también para crisis por alcohol o drogas.',
      actions: [
        {label: 'Llamar al 988 (marca 2)', href: 'tel:988'},
        {label: 'Enviar texto al 988', href: 'sms:988'},
        {label: 'Chat en 988lineadevida.org', href: 'https://988lineadevida.org/'},
      ],
    },
    {
      name: 'Línea Nacional de Ayuda de SAMHSA',
      description: '1-800-662-4357 (1-800-662-HELP): información y referidos a tratamiento, gratis y confidencial, las 24 horas, en español e inglés. TTY 1-800-487-4889.',
      actions: [{label: 'Llamar al 1-800-662-4357', href: 'tel:+18006624357'}],
    },
    {
      name: 'Sobredosis o peligro inmediato',
      description: 'Llama al 911 ahora. Si tienes naloxona (Narcan), úsala y quédate con la persona.',
      actions: [{label: 'Llamar al 911', href: 'tel:911'}],
    },
  ],
};
