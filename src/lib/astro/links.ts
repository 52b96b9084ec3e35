/** Links as the built site needs them: with the configured base path, or absolute with the origin. */
import { absoluteUrl, withBase } from '../routes.ts';

export function href(path: string): string {
  return withBase(path, import.meta.env.BASE_URL);
}

export function absolute(path: string): string {
  return absoluteUrl(path, import.meta.env.SITE ?? 'http://localhost', import.meta.env.BASE_URL);
}
