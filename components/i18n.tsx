import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { resolveLang, translator, type Lang, type Translate } from '../utils/i18n';

interface I18nValue {
  lang: Lang;
  t: Translate;
}

const I18nContext = createContext<I18nValue>({ lang: 'en', t: translator('en') });

export function I18nProvider({ language, children }: { language: 'auto' | Lang; children: ReactNode }) {
  const value = useMemo(() => {
    const lang = resolveLang(language, navigator.language);
    return { lang, t: translator(lang) };
  }, [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useT(): Translate {
  return useContext(I18nContext).t;
}

export function useLang(): Lang {
  return useContext(I18nContext).lang;
}
