import type {DeviceStrings} from '../en/device.js';

export const device: DeviceStrings = {
  title: 'Glöm den här enheten',
  intro:
    'Det här rensar det som webbplatsens verktyg för frågor, berättelser, möten och verksamheter har sparat i den här webbläsaren: utkast som inte skickats, svarskoder och borttagningskoder, och kopior av det du redan har skickat. Det som fortfarande väntar på att skickas ligger kvar tills det har skickats.',
  favourites: 'Glöm också mina sparade möten och verksamheter',
  now: 'Glöm nu',
  cancel: 'Avbryt',
  done: (favourites) =>
    favourites
      ? 'Klart. Inget av det som verktygen sparat finns kvar i den här webbläsaren.'
      : 'Klart. Allt annat är borta; dina sparade möten och verksamheter, om du har några, finns kvar.',
  failed: 'Webbläsaren lät oss inte rensa allt. Om du rensar din webbhistorik och dina webbplatsdata försvinner det också.',
};
