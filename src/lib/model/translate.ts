/**
 * The translate function the model's labels and amounts take (labels.ts, format.ts): only the
 * UI strings they use, with their values. The model does not read UI strings itself; i18n.ts's
 * `Translate` (every key of src/i18n/*.json) is one of these, so a page passes its own.
 */
import type { ProvisionKind } from './schema.ts';

/** The UI string keys the model uses. */
export type ModelKey =
  | `kind.${ProvisionKind}.label`
  | `kind.${ProvisionKind}.short`
  | `heading.${'part' | 'section' | 'group' | 'numbered' | 'lettered'}`
  | `amount.${'largeScale' | 'mediumScale' | 'large' | 'medium' | 'small' | 'year' | 'count' | 'number' | 'about' | 'atLeast' | 'perYear'}`;

/** A UI string of the model's, its `{{placeholders}}` filled from `values` (and its plural chosen by `count`). */
export type ModelTranslate = (
  key: ModelKey,
  values?: { readonly [name: string]: unknown },
) => string;
