import {html} from 'lit';
import {PeerElement} from '../../core/peer-element.js';

/**
 * @tagname peer-resource-directory
 * @summary Searchable directory of services from an HSDS API or JSON file.
 *
 * @csspart base - The outer wrapper.
 * @cssproperty --peer-color-accent - Accent colour.
 */
export class PeerResourceDirectory extends PeerElement {
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
