import {html} from 'lit';
import {PeerElement} from '../../core/peer-element.js';

/**
 * @tagname peer-meeting-finder
 * @summary Finds recovery meetings from Meeting Guide or BMLT feeds.
 *
 * @csspart base - The outer wrapper.
 * @cssproperty --peer-color-accent - Accent colour.
 */
export class PeerMeetingFinder extends PeerElement {
  static override properties = {
    ...PeerElement.properties,
    src: {type: String},
  };

  /** Where the data comes from. */
  declare src: string | undefined;

  protected override render() {
    return html`<div part="base"></div>`;
  }
}
