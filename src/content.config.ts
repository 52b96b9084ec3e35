/**
 * The content collections, made from the one table of content files (src/lib/content-files.ts):
 * the plan's texts, read by their own loader, and one collection per YAML file or key.
 */
import { defineCollection } from 'astro:content';
import { selectionOf, TEXT_FILES, YAML_FILES, type YamlName } from './lib/content-files.ts';
import { textLoader } from './lib/node/text-loader.ts';
import { yamlLoader } from './lib/node/yaml-loader.ts';

function yaml<K extends YamlName>(name: K) {
  const source = YAML_FILES[name];
  return defineCollection({
    loader: yamlLoader(`./${source.file}`, selectionOf(name)),
    schema: source.schema as (typeof YAML_FILES)[K]['schema'],
  });
}

export const collections = {
  /** The plan's text: content/plan/<edition>/<id>.mdx, one per provision or text and written edition. */
  texts: defineCollection({ loader: textLoader(TEXT_FILES), schema: TEXT_FILES.schema }),
  changelog: yaml('changelog'),
  provisions: yaml('provisions'),
  bodies: yaml('bodies'),
  places: yaml('places'),
  topics: yaml('topics'),
  terms: yaml('terms'),
  targets: yaml('targets'),
  notes: yaml('notes'),
  structure: yaml('structure'),
  document: yaml('document'),
  search: yaml('search'),
  conversion: yaml('conversion'),
  pinyin: yaml('pinyin'),
  uiWording: yaml('uiWording'),
} satisfies Record<YamlName | 'texts', unknown>;
