import {html} from 'lit';
import {PeerElement} from '../../core/peer-element.js';

/**
 * @tagname peer-question-box
 * @summary Anonymous questions with a private receipt and a published Q&A list.
 *
 * @csspart base - The outer wrapper.
 * @cssproperty --peer-color-accent - Accent colour.
 */
export class PeerQuestionBox extends PeerElement {
  static override properties = {
    ...PeerElement.properties,
    api: {type: String},
  };

  /** Where the data comes from. */
  declare api: string | undefined;

  protected override render() {
    return html`<div part="base"></div>`;
  }
}
