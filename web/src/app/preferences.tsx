import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import timezone from "dayjs/plugin/timezone";
import utc from "dayjs/plugin/utc";
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { setApiLanguage } from "../api/client";
import { i18n, storeLanguage, storedLanguage, type Language } from "./i18n";

dayjs.extend(utc);
dayjs.extend(timezone);

/** The user's language and time zone, kept in localStorage; every date on screen uses them. */
export const DEFAULT_TIME_ZONE = "Asia/Shanghai";
export const TIME_ZONES = ["Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore", "Asia/Tokyo", "Europe/London", "Europe/Berlin", "America/New_York", "America/Los_Angeles", "UTC"];
const TZ_KEY = "casedesk.timeZone";

function storedTimeZone(): string {
  try {
    return globalThis.localStorage?.getItem(TZ_KEY) ?? DEFAULT_TIME_ZONE;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}

type Preferences = {
  language: Language;
  timeZone: string;
  /** whether the user chose the language here (then the account's language does not override it) */
  hasChosenLanguage: boolean;
  setLanguage(language: Language): void;
  setTimeZone(timeZone: string): void;
};

const PreferencesContext = createContext<Preferences | null>(null);

export function applyLanguage(language: Language): void {
  void i18n.changeLanguage(language);
  dayjs.locale(language === "zh-CN" ? "zh-cn" : "en");
  setApiLanguage(language);
  if (typeof document !== "undefined") document.documentElement.lang = language;
}

export function PreferencesProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => {
    const initial = storedLanguage() ?? "zh-CN";
    applyLanguage(initial);
    return initial;
  });
  const [hasChosenLanguage, setChosen] = useState(() => storedLanguage() !== null);
  const [timeZone, setTimeZoneState] = useState(storedTimeZone);

  const setLanguage = useCallback((next: Language) => {
    storeLanguage(next);
    setChosen(true);
    applyLanguage(next);
    setLanguageState(next);
  }, []);
  const setTimeZone = useCallback((next: string) => {
    try {
      globalThis.localStorage?.setItem(TZ_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
    setTimeZoneState(next);
  }, []);

  const value = useMemo(() => ({ language, timeZone, hasChosenLanguage, setLanguage, setTimeZone }), [language, timeZone, hasChosenLanguage, setLanguage, setTimeZone]);
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

export function usePreferences(): Preferences {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error("usePreferences outside PreferencesProvider");
  return value;
}

/** Date formatting in the user's time zone. */
export function useFormat() {
  const { timeZone, language } = usePreferences();
  return useMemo(() => {
    const at = (iso: string | Date) => dayjs(iso).tz(timeZone);
    return {
      dateTime: (iso: string | Date | null | undefined) => (iso ? at(iso).format("YYYY-MM-DD HH:mm") : "—"),
      dateTimeSeconds: (iso: string | Date | null | undefined) => (iso ? at(iso).format("YYYY-MM-DD HH:mm:ss") : "—"),
      time: (iso: string | Date | null | undefined) => (iso ? at(iso).format("HH:mm") : "—"),
      /** a value for <input type="datetime-local"> in the user's zone */
      inputValue: (iso: string | Date) => at(iso).format("YYYY-MM-DDTHH:mm"),
      /** an <input type="datetime-local"> value, read in the user's zone, as an ISO instant */
      fromInput: (value: string) => dayjs.tz(value, timeZone).toISOString(),
      timeZone,
      language,
    };
  }, [timeZone, language]);
}
