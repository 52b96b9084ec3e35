import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  bodySchema, documentSchema, noteSchema, targetSchema, topicSchema, placeSchema, provisionSchema, structureSchema, termSchema, textSchema, searchVocabularySchema,
} from './lib/model/schema.ts';
import { SOURCE_LOCALE, WRITTEN_LOCALES } from './lib/editions.ts';
import { yamlLoader } from './lib/node/yaml-loader.ts';
import { CONVERSION_FILE, conversionSchema } from './lib/convert/derive.ts';

const GLOSSARY = './content/glossary.yaml';

export const collections = {
  /** The plan's text, one MDX file per provision or section and written edition: content/plan/<edition>/<id>.mdx */
  texts: defineCollection({ loader: glob({ pattern: `{${WRITTEN_LOCALES.join(',')}}/*.mdx`, base: './content/plan' }), schema: textSchema }),
  provisions: defineCollection({ loader: yamlLoader('./content/provisions.yaml'), schema: provisionSchema }),
  bodies: defineCollection({ loader: yamlLoader(GLOSSARY, { key: 'bodies' }), schema: bodySchema }),
  places: defineCollection({ loader: yamlLoader(GLOSSARY, { key: 'places' }), schema: placeSchema }),
  topics: defineCollection({ loader: yamlLoader(GLOSSARY, { key: 'topics' }), schema: topicSchema }),
  targets: defineCollection({ loader: yamlLoader('./content/targets.yaml'), schema: targetSchema }),
  terms: defineCollection({
    loader: yamlLoader(GLOSSARY, { key: 'terms', idOf: (item) => String(item[SOURCE_LOCALE] ?? '') }),
    schema: termSchema,
  }),
  /** The plan's outline: its front texts, parts, sections and groups (content/structure.yaml). */
  structure: defineCollection({ loader: yamlLoader('./content/structure.yaml'), schema: structureSchema }),
  document: defineCollection({ loader: yamlLoader('./content/document.yaml'), schema: documentSchema }),
  /** Translator's notes, each on one paragraph: content/notes.yaml */
  notes: defineCollection({ loader: yamlLoader('./content/notes.yaml', { key: 'notes' }), schema: noteSchema }),
  /** The search vocabulary (stop words, spellings, synonyms): content/search.yaml */
  search: defineCollection({ loader: yamlLoader('./content/search.yaml'), schema: searchVocabularySchema }),
  /** The reviewed overrides of OpenCC's conversion for the generated editions: content/conversion.yaml */
  conversion: defineCollection({ loader: yamlLoader(`./${CONVERSION_FILE}`), schema: conversionSchema }),
};
