import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import type { Page, ResponseOf } from "../../api/types";

/** A file on a case (GET /cases/{id}/attachments); `downloadUrl` is the only way to its bytes. */
export type Attachment = ResponseOf<"/cases/{id}/attachments", "get">["items"][number];

/** What a log entry's `data.attachments` names for each of its files. */
export type EntryFile = { id: string; filename: string; sizeBytes?: number; contentType?: string };

export const MAX_FILES_PER_UPLOAD = 10;

export function entryFiles(data: Record<string, unknown>): EntryFile[] {
  const files = data.attachments;
  if (!Array.isArray(files)) return [];
  return files.filter((file): file is EntryFile => typeof file === "object" && file !== null && typeof (file as EntryFile).id === "string" && typeof (file as EntryFile).filename === "string");
}

export const downloadUrl = (id: string) => `/api/v1/attachments/${encodeURIComponent(id)}`;

export function formatSize(bytes: number | undefined): string {
  if (bytes === undefined) return "";
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The case's files, oldest first. `scope` is the first part of the key ("cases" on the case page,
 * "portal-case" in the portal), so a live event naming the case refreshes it.
 */
export function useCaseAttachments(caseId: string | undefined, scope = "cases") {
  return useQuery({
    queryKey: [scope, "attachments", caseId ?? ""],
    enabled: Boolean(caseId),
    queryFn: ({ signal }) => api.get<Page<Attachment>>(`/cases/${caseId}/attachments`, { limit: 500 }, signal),
  });
}

/** Files with an optional note: one multipart POST /cases/{id}/attachments (parts `body`, `visibility`, `file`…). */
export function useUploadAttachments(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { files: File[]; body?: string; visibility?: "public" | "internal" }) => {
      const form = new FormData();
      if (input.body) form.append("body", input.body);
      if (input.visibility) form.append("visibility", input.visibility);
      for (const file of input.files) form.append("file", file, file.name);
      return api.upload<{ attachments: Attachment[] }>(`/cases/${caseId}/attachments`, form);
    },
    onSettled: () => queryClient.invalidateQueries({ predicate: (query) => query.queryKey.includes(caseId) }),
  });
}
