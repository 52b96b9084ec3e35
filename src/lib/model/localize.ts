/**
 * Names and texts in every edition. The content files write them for the written editions
 * (`{ zh: …, en: … }`); the generated editions (editions.ts, `derivedFrom`) get theirs from
 * the edition they are generated from. `localize` walks a value and adds the generated
 * editions' keys to every object that holds all the written ones; `Localize<T>` is its type.
 * Pure: the conversion itself is passed in (convert/derive.ts: OpenCC and the reviewed overrides).
 */
import {
  DERIVED_LOCALES,
  WRITTEN_LOCALES,
  edition,
  type DerivedLocale,
  type Locale,
  type WrittenLocale,
} from '../editions.ts';

/** A name or text in every edition. */
export type Localized<T = string> = Record<Locale, T>;

type Leaf = string | number | boolean | null | undefined;
/** `T` with every object that holds each written edition's key given the generated editions' keys too. */
export type Localize<T> = T extends Leaf
  ? T
  : T extends readonly (infer U)[]
    ? Localize<U>[]
    : T extends Record<WrittenLocale, infer V>
      ? { [K in keyof T]: Localize<T[K]> } & Record<DerivedLocale, Localize<V>>
      : { [K in keyof T]: Localize<T[K]> };

/** How a generated edition's text is made from its source's: one string at a time. */
export type Derive = (locale: DerivedLocale, text: string) => string;

/** Applies `convert` to every string in a value (strings, arrays, plain objects), keeping its shape. */
export function mapStrings<T>(value: T, convert: (text: string) => string): T {
  if (typeof value === 'string') return convert(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => mapStrings(v, convert)) as T;
  if (isRecord(value))
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, mapStrings(v, convert)]),
    ) as T;
  return value;
}

export function localize<T>(value: T, derive: Derive): Localize<T> {
  if (Array.isArray(value)) return value.map((v: unknown) => localize(v, derive)) as Localize<T>;
  if (!isRecord(value)) return value as Localize<T>;
  const out: Record<string, unknown> = Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, localize(v, derive)]),
  );
  if (WRITTEN_LOCALES.every((l) => l in value)) {
    for (const locale of DERIVED_LOCALES) {
      const from = edition(locale).derivedFrom!.edition;
      out[locale] = mapStrings(value[from], (text) => derive(locale, text));
    }
  }
  return out as Localize<T>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
  );
}
