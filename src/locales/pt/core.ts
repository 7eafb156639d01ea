import type {CoreStrings} from '../en/core.js';
import {formatNumber, plural} from '../../core/i18n.js';

/** CLDR puts 0 with `one` in Portuguese (for 0,5 and 1,5); a count of zero reads in the plural in Brazil ("0 registros"). */
const pl = (n: number, forms: {one: string; many: string; other: string}) => (n === 0 ? forms.other.replace('{n}', formatNumber(0, 'pt')) : plural(n, 'pt', forms));

export const core: CoreStrings = {
  loading: 'Carregando…',
  retry: 'Tentar de novo',
  close: 'Fechar',
  errorNetwork: 'Não conseguimos acessar o servidor. Verifique sua conexão e tente de novo.',
  errorTimeout: 'O servidor demorou demais para responder. Tente de novo.',
  errorHttp: (status) => `O servidor não conseguiu nos passar essas informações (erro ${status}).`,
  errorParse: 'Não foi possível ler as informações recebidas.',
  errorUnknown: 'Algo deu errado. Tente de novo.',
  skippedRecords: (n) =>
    pl(n, {
      one: 'Não foi possível ler {n} registro, que foi ignorado.',
      many: 'Não foi possível ler {n} de registros, que foram ignorados.',
      other: 'Não foi possível ler {n} registros, que foram ignorados.',
    }),
  forget: 'Esquecer este dispositivo',
  unreadableTitle: 'Não foi possível ler esta lista.',
  unreadableReasons: 'Os primeiros problemas encontrados (para quem administra este site, em inglês):',
};
