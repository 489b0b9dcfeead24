import { lazy, type ComponentType } from 'react';
import type * as FullCatalogModule from '../../shared/i18n/messages';

type FullCatalog = typeof FullCatalogModule;

let loaded: FullCatalog | null = null;
let loading: Promise<FullCatalog> | null = null;

/**
 * The whole message catalog, beyond the start screen's areas: loaded once, by the first screen that needs it. The
 * promise is the same on every call, as React's use() requires of a promise it waits for.
 */
export function loadFullCatalog(): Promise<FullCatalog> {
  loading ??= import('../../shared/i18n/messages').then((catalog) => (loaded = catalog));
  return loading;
}

/** The whole catalog if it has loaded, else null. */
export function loadedCatalog(): FullCatalog | null {
  return loaded;
}

/**
 * A screen that loads on first visit together with the whole catalog it speaks in, so it is drawn once both are
 * there rather than loading one after the other.
 */
export function lazyScreen<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  return lazy(async () => {
    const [component] = await Promise.all([load(), loadFullCatalog()]);
    return { default: component };
  });
}
