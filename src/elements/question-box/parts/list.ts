/** The published questions and answers: the heading and the search (each page is drawn by `answers.ts`). */
import {html, type TemplateResult} from 'lit';
import type {QuestionBoxStrings} from '../../../locales/en/question-box.js';

export interface ListProps {
  s: QuestionBoxStrings;
  search: string;
  /** The search form was sent with this text. */
  onSearch(search: string): void;
  /** The page, or its loading or error state. */
  content: unknown;
}

export function renderList(p: ListProps): TemplateResult {
  const {s} = p;
  const submit = (e: Event) => {
    e.preventDefault();
    p.onSearch(((e.currentTarget as HTMLFormElement).elements.namedItem('search') as HTMLInputElement).value.trim());
  };
  return html`<section class="list" part="list" aria-labelledby="list-title">
    <h3 id="list-title" tabindex="-1">${s.listTitle}</h3>
    <form class="search" role="search" aria-label=${s.searchLabel} @submit=${submit}>
      <div class="field">
        <label for="search">${s.searchLabel}</label>
        <input type="search" id="search" name="search" .value=${p.search} />
      </div>
      <button type="submit">${s.searchSubmit}</button>
    </form>
    ${p.content}
  </section>`;
}
