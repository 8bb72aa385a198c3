import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import type { ResponseOf } from "../../api/types";

/** A managed list entry (vendor or case type): a code that cases store, named in both languages. */
export type ListEntry = ResponseOf<"/vendors", "get">["items"][number];
export type ListKind = "vendors" | "case-types";

export const listKeys = { list: (kind: ListKind) => ["lists", kind] as const };

/** One list; changed rarely, so fetched once a few minutes and on every admin change (invalidated). */
export function useList(kind: ListKind) {
  return useQuery({
    queryKey: listKeys.list(kind),
    queryFn: ({ signal }) => api.get<{ items: ListEntry[] }>(`/${kind}`, undefined, signal),
    staleTime: 5 * 60_000,
  });
}

export const entryName = (entry: ListEntry, language: string) => (language === "en" ? entry.nameEn : entry.nameZh);

/**
 * A list as a person reads it: `name(code)` in the reader's language (an unknown code as itself),
 * and `options` for a select — the active entries, plus `keep` (the value a record already has,
 * even if it was deactivated since, so editing the record does not lose it).
 */
export function useListNames(kind: ListKind) {
  const { i18n } = useTranslation();
  const { data } = useList(kind);
  const items = data?.items ?? [];
  const byCode = new Map(items.map((entry) => [entry.code, entry]));
  const name = (code: string | null | undefined) => {
    // until the list is here, nothing rather than a code flashing by
    if (!code || !data) return "";
    const entry = byCode.get(code);
    return entry ? entryName(entry, i18n.language) : code;
  };
  const options = (keep?: string | null) =>
    items
      .filter((entry) => entry.isActive || entry.code === keep)
      .map((entry) => ({ value: entry.code, label: entryName(entry, i18n.language) }));
  return { items, name, options, isLoading: !data };
}
