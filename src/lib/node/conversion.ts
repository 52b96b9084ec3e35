/**
 * Node: the site's converter for the code that runs outside Astro's content layer, chiefly the
 * generated editions' UI strings (i18n.ts). content/conversion.yaml and content/ui-wording.yaml
 * are read as their collections read them (src/content.config.ts: the YAML loader's one item, the
 * collection's schema from src/lib/content-files.ts, then the checks), from the project's root
 * (project.ts), not from the working directory. The plan's text gets its converter from the
 * collection itself (astro/plan.ts).
 */
import { makeDerive, overridesOf, type Conversion } from '../convert/derive.ts';
import { localizeUiStrings, wordingOf, type UiWording } from '../convert/ui-wording.ts';
import { YAML_FILES } from '../content-files.ts';
import type { DerivedLocale } from '../editions.ts';
import type { Derive } from '../model/localize.ts';
import { readProjectFile } from './project.ts';
import { parseYaml, selectItems, validate } from './yaml-loader.ts';

/** A single-mapping content file of content-files.ts, validated as its collection validates it. */
function readSingle<T>(name: 'conversion' | 'uiWording'): T {
  const { file, schema } = YAML_FILES[name];
  const [item] = selectItems(parseYaml(readProjectFile(file), file), file);
  return validate(schema, item, file, '') as T;
}

/** content/conversion.yaml, validated as the collection validates it. */
export function readConversion(): Conversion {
  return readSingle<Conversion>('conversion');
}

/** content/ui-wording.yaml, validated as the collection validates it. */
export function readUiWording(): UiWording {
  return readSingle<UiWording>('uiWording');
}

let derive: Derive | undefined;

/** OpenCC with the checked overrides of content/conversion.yaml (read once). */
export function conversionDerive(): Derive {
  derive ??= makeDerive(overridesOf(readConversion()));
  return derive;
}

/**
 * A generated edition's UI strings from its source edition's: converted, then given the reviewed
 * wording of content/ui-wording.yaml, whose entries are checked against these strings (a stale
 * one fails the build).
 */
export function derivedUiStrings<T>(strings: T, locale: DerivedLocale): T {
  return localizeUiStrings(strings, locale, wordingOf(readUiWording())[locale], conversionDerive());
}
