/** The desk's sign-in: a moderator token in a password field, never kept anywhere but this tab. */
import {html, nothing, type TemplateResult} from 'lit';
import type {ModerationDeskStrings} from '../../../locales/en/moderation-desk.js';

export type Auth = {kind: 'signed-out'; message?: 'bad' | 'expired' | 'signed-out' | 'error'; error?: unknown} | {kind: 'checking'} | {kind: 'signed-in'; name: string};

export interface SignInProps {
  s: ModerationDeskStrings;
  auth: Exclude<Auth, {kind: 'signed-in'}>;
  /** The words for a failure that is not the token's (`errorMessage(error)`). */
  errorText?: string;
  onSubmit(e: Event): void;
}

export function renderSignIn({s, auth, errorText, onSubmit}: SignInProps): TemplateResult {
  const checking = auth.kind === 'checking';
  const message = auth.kind === 'signed-out' ? auth.message : undefined;
  const bad = message === 'bad' || message === 'expired';
  return html`<h2>${s.title}</h2>
    <form part="sign-in" @submit=${onSubmit} aria-labelledby="sign-in-title">
      <h3 id="sign-in-title">${s.signInTitle}</h3>
      <p id="sign-in-intro">${s.signInIntro}</p>
      ${message === 'signed-out' ? html`<p class="notice" role="status">${s.signedOut}</p>` : nothing}
      ${bad ? html`<p class="notice bad" role="alert" id="sign-in-error">${message === 'bad' ? s.badToken : s.expired}</p>` : nothing}
      ${message === 'error' ? html`<p class="notice bad" role="alert" id="sign-in-error">${errorText}</p>` : nothing}
      <div class="field">
        <label for="token">${s.tokenLabel}</label>
        <input
          type="password"
          id="token"
          name="token"
          autocomplete="off"
          spellcheck="false"
          required
          aria-describedby=${bad || message === 'error' ? 'sign-in-intro sign-in-error' : 'sign-in-intro'}
          aria-invalid=${bad ? 'true' : 'false'}
          ?disabled=${checking}
        />
      </div>
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${checking}>${s.signIn}</button>
        ${checking ? html`<span role="status">${s.signingIn}</span>` : nothing}
      </div>
    </form>`;
}
