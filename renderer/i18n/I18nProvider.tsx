import { createContext, use, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { I18nProvider as AriaI18nProvider } from 'react-aria-components';
import { defaultLanguage, isLanguage, localeOf, type Language } from '../../shared/i18n/language';
import type { Messages } from '../../shared/i18n/messages';
import { startMessagesFor, type StartMessages } from '../../shared/i18n/startMessages';
import type { MalsamtalBridge } from '../../shared/ipc/contract';
import { useDatabase } from '../data/DatabaseProvider';
import { useSetting, writeSetting } from '../data/settings';
import { loadedCatalog, loadFullCatalog } from './catalogLoader';

interface I18nContextValue<Catalog> {
  language: Language;
  messages: Catalog;
  setLanguage: (language: Language) => Promise<void>;
}

const I18nContext = createContext<I18nContextValue<StartMessages> | null>(null);

/**
 * The user's language, kept in the database so it survives a restart, told to the shell for its menu and heard from it
 * (Electron's View menu chooses it too), by the window that has a bridge to do so; the projector follows the database.
 */
export function I18nProvider({
  bridge,
  children,
}: {
  bridge?: Pick<MalsamtalBridge, 'setLanguage' | 'onLanguageChosen'>;
  children: ReactNode;
}) {
  const database = useDatabase();
  const stored = useSetting('language', defaultLanguage);
  const language = isLanguage(stored) ? stored : defaultLanguage;

  useEffect(() => {
    document.documentElement.lang = localeOf[language];
    void bridge?.setLanguage(language);
  }, [bridge, language]);

  const setLanguage = useCallback((next: Language) => writeSetting(database, 'language', next), [database]);
  // Electron's View menu offers the language too; its choice is stored here like one made in the page.
  useEffect(() => bridge?.onLanguageChosen((next) => void setLanguage(next)), [bridge, setLanguage]);
  const value = useMemo(() => ({ language, messages: startMessagesFor(language), setLanguage }), [language, setLanguage]);

  return (
    <I18nContext.Provider value={value}>
      <AriaI18nProvider locale={localeOf[language]}>{children}</AriaI18nProvider>
    </I18nContext.Provider>
  );
}

/** The start screen's messages, or Swedish where there is no provider: for what is drawn when the provider itself failed. */
export function useMessagesOrDefault(): StartMessages {
  return useContext(I18nContext)?.messages ?? startMessagesFor(defaultLanguage);
}

function useLanguageContext(): I18nContextValue<StartMessages> {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n must be used inside <I18nProvider>');
  return context;
}

/** The start screen's messages (startMessages.ts), there from the first paint: for what the start screen draws. */
export function useStartI18n(): I18nContextValue<StartMessages> {
  return useLanguageContext();
}

/**
 * The whole catalog. A component drawn before it has loaded waits for it in the nearest Suspense boundary; the screens
 * load it with their code (lazyScreen), so in practice it is there.
 */
export function useI18n(): I18nContextValue<Messages> {
  const context = useLanguageContext();
  const catalog = loadedCatalog() ?? use(loadFullCatalog());
  return useMemo(() => ({ ...context, messages: catalog.messagesFor(context.language) }), [catalog, context]);
}
