/**
 * Node: the site's converter for the code that runs outside Astro's content layer, chiefly the
 * generated editions' UI strings (i18n.ts). content/conversion.yaml is read as the `conversion`
 * collection reads it (src/content.config.ts: the YAML loader's one item, the collection's schema,
 * then the checks of `overridesOf`), from the project's root (project.ts), not from the working
 * directory. The plan's text gets its converter from the collection itself (astro/plan.ts).
 */
import {
  CONVERSION_FILE,
  conversionSchema,
  makeDerive,
  overridesOf,
  type Conversion,
} from '../convert/derive.ts';
import type { Derive } from '../model/localize.ts';
import { readProjectFile } from './project.ts';
import { parseYaml, selectItems, validate } from './yaml-loader.ts';

/** content/conversion.yaml, validated as the collection validates it. */
export function readConversion(): Conversion {
  const [item] = selectItems(
    parseYaml(readProjectFile(CONVERSION_FILE), CONVERSION_FILE),
    CONVERSION_FILE,
  );
  return validate(conversionSchema, item, CONVERSION_FILE, '');
}

let derive: Derive | undefined;

/** OpenCC with the checked overrides of content/conversion.yaml (read once). */
export function conversionDerive(): Derive {
  derive ??= makeDerive(overridesOf(readConversion()));
  return derive;
}
