/** A breadcrumb, as every page's data gives them and `Breadcrumbs.astro` renders them. */
export interface Crumb {
  label: string;
  /** site path without the base; the current page's crumb has none */
  path?: string;
}
