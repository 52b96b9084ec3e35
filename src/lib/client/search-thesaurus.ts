/**
 * Browser: the English thesaurus's shards (search/thesaurus.ts), each fetched once, loaded (this
 * module too) only for a query holding a word the plan does not write. A shard that cannot be
 * had is searched without, and tried again next time.
 */
import { mergeShards, type Thesaurus } from '../search/thesaurus.ts';

export class ThesaurusShards {
  private readonly shards = new Map<string, Promise<unknown>>();

  constructor(private readonly url: string) {}

  async load(letters: string[]): Promise<Thesaurus> {
    const loaded = await Promise.all(
      letters.map((letter) => {
        let shard = this.shards.get(letter);
        if (!shard) {
          shard = fetch(`${this.url}${letter}.json`)
            .then((r) => (r.ok ? (r.json() as Promise<unknown>) : {}))
            .catch(() => ({}))
            .then((json) => {
              if (json && typeof json === 'object' && Object.keys(json).length === 0)
                this.shards.delete(letter);
              return json;
            });
          this.shards.set(letter, shard);
        }
        return shard;
      }),
    );
    return mergeShards(loaded);
  }
}
