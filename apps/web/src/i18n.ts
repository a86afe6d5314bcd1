import i18next from 'i18next';
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import { initReactI18next } from 'react-i18next';
import { setDateLocale } from './lib/dates';
import type { Messages } from './locales/zh-CN';
import { firstPageMessages } from './locales/zh-CN/first-page';

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
  resources: { 'zh-CN': { translation: firstPageMessages } },
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

let chineseMessages: Promise<void> | undefined;

/**
 * Every area's Chinese texts. They import the domain's label maps, so the first page would carry
 * them and what they drag along; they load with every page but the login page instead (issue 8).
 * Chinese is the fallback of English too, so they load whatever the language.
 */
export function loadChineseMessages(): Promise<void> {
  chineseMessages ??= import('./locales/zh-CN').then(
    ({ zhCN }) => {
      i18next.addResourceBundle('zh-CN', 'translation', zhCN, true, true);
    },
    (error: unknown) => {
      // A lost connection must not leave the pages without texts for good: the next page asks again.
      chineseMessages = undefined;
      throw error;
    },
  );
  return chineseMessages;
}

/**
 * Starts loading every area's texts once the first page is drawn and the browser has nothing else
 * to do: the login page is shown without them, and they are there by the time the user has typed
 * the password (or while the session of a deep link is checked), so the next page does not wait.
 */
export function prefetchChineseMessages(): void {
  const start = () => void loadChineseMessages().catch(() => undefined);
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(start, { timeout: 2000 });
  else window.setTimeout(start, 200);
}

/**
 * A route page that loads on demand together with all texts (`React.lazy` plus the messages): every
 * page except the login page goes through here, so none renders before its texts are there.
 */
export function lazyPage<T extends ComponentType>(
  load: () => Promise<{ default: T }>,
): LazyExoticComponent<T> {
  return lazy(async () => {
    const [page] = await Promise.all([load(), loadChineseMessages()]);
    return page;
  });
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
