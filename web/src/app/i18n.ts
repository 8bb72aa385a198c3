import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { commonMessages } from "./common.i18n";

/**
 * i18next with zh-CN first and en second. Every feature keeps its own resource file
 * (`features/<domain>/<domain>.i18n.ts`) and registers it with `defineMessages` when its code
 * loads, so no two features edit one big translation file.
 */
export const LANGUAGES = ["zh-CN", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export type Messages = { "zh-CN": Record<string, unknown>; en: Record<string, unknown> };

const LANGUAGE_KEY = "casedesk.language";

export function storedLanguage(): Language | null {
  try {
    const value = globalThis.localStorage?.getItem(LANGUAGE_KEY);
    return value === "en" || value === "zh-CN" ? value : null;
  } catch {
    return null;
  }
}

export function storeLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_KEY, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

void i18n.use(initReactI18next).init({
  lng: storedLanguage() ?? "zh-CN",
  fallbackLng: "zh-CN",
  supportedLngs: [...LANGUAGES],
  ns: ["common"],
  defaultNS: "common",
  resources: { "zh-CN": { common: commonMessages["zh-CN"] }, en: { common: commonMessages.en } },
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
  // a key no language has (or one shown through its defaultValue) is kept where a browser test reads it:
  // window.__casedeskMissingKeys, as "namespace:key"
  saveMissing: true,
  missingKeyHandler: (_languages, namespace, key, fallbackValue) => {
    const seen = ((globalThis as { __casedeskMissingKeys?: string[] }).__casedeskMissingKeys ??= []);
    // an empty default is a deliberate "nothing to add" (a hint some entries have and others not)
    if (fallbackValue !== "" && seen.length < 200) seen.push(`${namespace}:${key}`);
  },
});

/** Registers a feature's messages under its own namespace; returns the namespace for useTranslation. */
export function defineMessages<N extends string>(namespace: N, messages: Messages): N {
  for (const language of LANGUAGES) i18n.addResourceBundle(language, namespace, messages[language], true, true);
  return namespace;
}

export { i18n };
