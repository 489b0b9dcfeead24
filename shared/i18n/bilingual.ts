import type { Language } from './language';

/** One area's texts: Swedish is the source of truth, and English must have exactly its shape. */
export function bilingual<Texts>(sv: Texts, en: NoInfer<Texts>): Record<Language, Texts> {
  return { sv, en };
}
