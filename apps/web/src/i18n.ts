import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setDateLocale } from './lib/dates';
import { type Messages, zhCN } from './locales/zh-CN';

export const languages = ['zh-CN', 'en-US'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'qingshan.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

/** Chinese first; English only when the user chose it (remembered on this device). */
export function readStoredLanguage(): Language {
  try {
    const stored = localStorage.getItem(storageKey);
    return stored === 'en-US' ? 'en-US' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export function storeLanguage(language: Language): void {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

const initialLanguage = readStoredLanguage();
setDateLocale(initialLanguage);
document.documentElement.lang = initialLanguage;

void i18next.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN } },
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
});

/**
 * English loads on demand: most users never switch, and the first page's download stays small
 * (issue 8). Chinese is always there as the fallback.
 */
async function loadLanguage(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  const { enUS } = await import('./locales/en-US');
  i18next.addResourceBundle(language, 'translation', enUS);
}

/** Resolves when the remembered language is ready; main.tsx renders after it. */
export const languageReady =
  initialLanguage === 'zh-CN' ? Promise.resolve() : changeLanguage(initialLanguage);

export async function changeLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  storeLanguage(language);
  setDateLocale(language);
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}

export { i18next };
