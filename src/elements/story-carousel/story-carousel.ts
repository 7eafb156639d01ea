import {html} from 'lit';
import {PeerElement} from '../../core/peer-element.js';

/**
 * @tagname peer-story-carousel
 * @summary Accessible carousel of moderated peer recovery stories.
 *
 * @csspart base - The outer wrapper.
 * @cssproperty --peer-color-accent - Accent colour.
 */
export class PeerStoryCarousel extends PeerElement {
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
