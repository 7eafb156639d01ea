import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {DeskStory} from '../../model/question.js';
import type {ModerationClient} from '../../sources/peerkit-moderation.js';

/**
 * The photos of the stories on the desk: fetched with the moderator's token (so never an
 * `<img src>` to the API), once each, kept as object URLs and revoked on sign-out (`clear`) and when
 * the desk leaves the page.
 */
export class DeskPhotosController implements ReactiveController {
  /** An object URL per story id, or `error`. */
  private readonly urls = new Map<string, string>();
  private readonly loading = new Set<string>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.clear();
  }

  /** The photo of `storyId`: an object URL, `error`, or undefined while it loads. */
  get(storyId: string): string | undefined {
    return this.urls.get(storyId);
  }

  /** Fetches the photos of `stories` not fetched yet (the host renders again as each arrives). */
  load(client: ModerationClient | undefined, stories: readonly DeskStory[]): void {
    if (!client) return;
    for (const story of stories) {
      if (!story.hasPhoto || this.urls.has(story.id) || this.loading.has(story.id)) continue;
      this.loading.add(story.id);
      client
        .photo(story.id)
        .then((blob) => {
          if (this.loading.has(story.id)) this.urls.set(story.id, URL.createObjectURL(blob));
        })
        .catch(() => this.loading.has(story.id) && this.urls.set(story.id, 'error'))
        .finally(() => {
          this.loading.delete(story.id);
          this.host.requestUpdate();
        });
    }
  }

  /** Forgets every photo (signed out: none may stay in memory). */
  clear(): void {
    for (const url of this.urls.values()) if (url !== 'error') URL.revokeObjectURL(url);
    this.urls.clear();
    this.loading.clear();
  }
}
