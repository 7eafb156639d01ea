import {html} from 'lit';
import {PeerElement} from '../../core/peer-element.js';

/**
 * @tagname peer-moderation-desk
 * @summary Staff console to answer and publish questions and approve stories.
 *
 * @csspart base - The outer wrapper.
 * @cssproperty --peer-color-accent - Accent colour.
 */
export class PeerModerationDesk extends PeerElement {
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
