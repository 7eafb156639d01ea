/**
 * The question box's public attributes and properties, documented once (the element, in
 * `question-box.ts`, adds its controllers and layout).
 */
import {PeerElement} from '../../core/peer-element.js';
import {parseCrisisLines, type CrisisLines} from '../../model/crisis-lines.js';

export class QuestionBoxAttributes extends PeerElement {
  static override properties = {
    ...PeerElement.properties,
    api: {type: String},
    topic: {type: String},
    topics: {type: String},
    noPublicList: {type: Boolean, attribute: 'no-public-list'},
    crisisRegion: {type: String, attribute: 'crisis-region'},
    crisisLines: {attribute: 'crisis-lines', converter: {fromAttribute: parseCrisisLines}},
  };

  /** Base URL of the peerkit server (e.g. `https://example.org/api`); otherwise from `<peer-config api>`. */
  declare api: string | undefined;
  /** The topic of every question asked here (fixed), and the filter of the published list. */
  declare topic: string | undefined;
  /** Topics the visitor may choose from, comma-separated (`"family, relapse, treatment"`); shown as a select. */
  declare topics: string | undefined;
  /** Hide the published questions and answers below the form. */
  declare noPublicList: boolean;
  /** Region of the crisis lines shown when a question suggests a crisis (`us` by default). */
  declare crisisRegion: string;
  /**
   * Crisis lines per region and language, replacing the built-in ones: `{us: {en: [{name, description, actions: [{label, href}]}], es: […]}}`.
   * In HTML, the `crisis-lines` attribute takes the same as JSON.
   */
  declare crisisLines: CrisisLines | undefined;

  constructor() {
    super();
    this.noPublicList = false;
    this.crisisRegion = 'us';
  }
}
