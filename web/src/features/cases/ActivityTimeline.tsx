import { LockOutlined } from "@ant-design/icons";
import { Checkbox, Empty, Tag, Timeline, Typography } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Entry } from "../../api/types";
import { useFormat } from "../../app/preferences";
import { entryFiles } from "./attachments.api";
import { FileLinks } from "./CaseFiles";
import { casesNs } from "./cases.i18n";

/** The filters of the timeline and which entries each one covers. */
export const ENTRY_CATEGORIES = ["note", "call", "visit", "vendor", "rma", "system"] as const;
export type EntryCategory = (typeof ENTRY_CATEGORIES)[number];

export function entryCategory(entry: Pick<Entry, "kind" | "data">): EntryCategory {
  const kind = entry.kind;
  if (kind === "note.added") return "note";
  if (kind === "entry.corrected") return entry.data.correctedKind === "note.added" ? "note" : categoryOfKind(String(entry.data.correctedKind ?? ""));
  return categoryOfKind(kind);
}

function categoryOfKind(kind: string): EntryCategory {
  if (kind === "note.added") return "note";
  if (kind === "call.logged") return "call";
  if (kind === "onsite_visit.logged" || kind === "remote_session.logged") return "visit";
  if (kind.startsWith("vendor.")) return "vendor";
  if (kind.startsWith("rma.") || kind.startsWith("part.")) return "rma";
  return "system";
}

const str = (value: unknown) => (typeof value === "string" ? value : value === undefined || value === null ? "" : String(value));

function EntryBody({ entry }: { entry: Entry }) {
  const { t } = useTranslation(casesNs);
  const format = useFormat();
  const d = entry.data;
  const lines: string[] = [];
  switch (entry.kind) {
    case "note.added":
      lines.push(str(d.body));
      break;
    case "entry.corrected":
      lines.push(t("field.reason", { text: str(d.reason) }));
      if (d.body) lines.push(str(d.body));
      break;
    case "call.logged":
      lines.push([t(`field.direction.${str(d.direction)}`, { defaultValue: str(d.direction) }), str(d.number), t("field.duration", { minutes: Math.round(Number(d.durationSeconds ?? 0) / 60) })].filter(Boolean).join(" · "));
      lines.push(str(d.summary));
      break;
    case "remote_session.logged":
      lines.push([t("field.session", { start: format.dateTime(str(d.startedAt)), end: format.time(str(d.endedAt)) }), d.tool ? t("field.tool", { tool: str(d.tool) }) : ""].filter(Boolean).join(" · "));
      lines.push(str(d.summary));
      break;
    case "onsite_visit.logged":
      lines.push([t("field.arrived", { time: format.dateTime(str(d.arrivedAt)) }), d.departedAt ? t("field.departed", { time: format.dateTime(str(d.departedAt)) }) : t("field.stillOnSite")].join(" · "));
      lines.push(str(d.workDone));
      break;
    case "case.assigned":
    case "case.taken_over":
      lines.push([t("field.assignedTo", { name: str(d.assigneeName) }), d.previousAssigneeName ? t("field.from", { name: str(d.previousAssigneeName) }) : "", d.automatic ? `(${t("field.automatic")})` : ""].filter(Boolean).join(" "));
      if (d.reason) lines.push(t("field.reason", { text: str(d.reason) }));
      break;
    case "case.opened":
      lines.push(str(d.subject));
      break;
    case "case.resolved":
      lines.push(str(d.resolution));
      break;
    case "case.waiting":
      lines.push(t(`field.waitFor.${str(d.waitFor ?? (d.status as { after?: string } | undefined)?.after?.replace("waiting_", ""))}`, { defaultValue: "" }));
      if (d.reason) lines.push(t("field.reason", { text: str(d.reason) }));
      break;
    case "sla.reminded":
    case "sla.alerted":
      if (d.minutesElapsed !== undefined) lines.push(t("field.minutesElapsed", { minutes: str(d.minutesElapsed) }));
      break;
    case "rma.requested":
      lines.push(str(d.reason));
      if (Array.isArray(d.items)) lines.push(t("field.items", { items: (d.items as Array<Record<string, unknown>>).map((item) => [item.description, item.serial].filter(Boolean).join(" ")).join(t("common:listSeparator")) }));
      break;
    case "case.escalated":
      if (d.expertName) lines.push(t("field.escalatedTo", { name: str(d.expertName) }));
      if (d.reason) lines.push(t("field.reason", { text: str(d.reason) }));
      break;
    case "cc.added":
    case "cc.removed":
      lines.push([str(d.name), str(d.email)].filter(Boolean).join(" · "));
      break;
    case "vendor.opened":
      if (d.vendorCaseRef) lines.push(t("field.vendorRef", { ref: str(d.vendorCaseRef) }));
      if (d.vendorContact) lines.push(t("field.vendorContact", { contact: str(d.vendorContact) }));
      break;
    // spare parts and RMA (features/parts registers the words)
    case "part.reserved":
    case "part.issued":
    case "part.released":
    case "part.faulty_returned":
      lines.push(t("parts:entry.part", { partNumber: str(d.partNumber), description: str(d.description), quantity: str(d.quantity) }));
      if (Array.isArray(d.serials) && d.serials.length > 0) lines.push(t(entry.kind === "part.faulty_returned" ? "parts:faulty" : "parts:serials", { list: d.serials.join(", ") }));
      if (d.rmaNumber) lines.push(t("parts:entry.rmaReplacement", { number: str(d.rmaNumber), depot: str(d.depotName) }));
      break;
    case "rma.opened":
    case "rma.advanced":
    case "rma.late":
      lines.push(t("parts:entry.rma", { number: str(d.rmaNumber), status: t(`parts:rmaStatus.${str(d.status)}`) }));
      break;
    default:
      for (const key of ["reason", "summary", "comment", "resolution"]) if (d[key]) lines.push(key === "reason" ? t("field.reason", { text: str(d[key]) }) : str(d[key]));
  }
  const shown = lines.filter(Boolean);
  const files = entryFiles(d);
  if (shown.length === 0 && files.length === 0) return null;
  return (
    <div style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
      {shown.map((line, index) => <div key={index}>{line}</div>)}
      <FileLinks files={files} />
    </div>
  );
}

/**
 * The activity log as a timeline, oldest first, with filters by kind. Internal entries wear a
 * lock, an "internal" tag, an amber edge and a spoken hint, so nobody mistakes them for what
 * the customer sees.
 */
export function ActivityTimeline({ entries }: { entries: Entry[] }) {
  const { t } = useTranslation(casesNs);
  const format = useFormat();
  const [shown, setShown] = useState<EntryCategory[]>([...ENTRY_CATEGORIES]);
  const visible = useMemo(() => entries.filter((entry) => shown.includes(entryCategory(entry))), [entries, shown]);
  const bySeq = useMemo(() => new Map(entries.map((entry) => [entry.id, entry.seq])), [entries]);

  return (
    <section aria-labelledby="timeline-heading">
      <Typography.Title level={2} id="timeline-heading" style={{ marginTop: 0 }}>{t("timeline")}</Typography.Title>
      <fieldset style={{ border: 0, padding: 0, margin: "0 0 16px" }}>
        <legend className="cd-visually-hidden">{t("filters")}</legend>
        <Checkbox.Group
          value={shown}
          onChange={(values) => setShown(values as EntryCategory[])}
          options={ENTRY_CATEGORIES.map((category) => ({ value: category, label: t(`filter.${category}`) }))}
        />
      </fieldset>
      {visible.length === 0 ? (
        <Empty description={t("noEntries")} />
      ) : (
        <Timeline
          items={visible.map((entry) => {
            const isInternal = entry.visibility === "internal";
            return {
              key: entry.id,
              color: isInternal ? "orange" : entryCategory(entry) === "system" ? "gray" : "blue",
              content: (
                <article
                  data-testid="timeline-entry"
                  data-kind={entry.kind}
                  data-visibility={entry.visibility}
                  aria-label={isInternal ? `${t(`kind.${entry.kind}`, { defaultValue: entry.kind })} — ${t("internalHint")}` : undefined}
                  className={isInternal ? "cd-entry cd-entry-internal" : "cd-entry"}
                >
                  <div style={{ display: "flex", flexWrap: "wrap", gap: 6, alignItems: "baseline" }}>
                    <Typography.Text strong>{t(`kind.${entry.kind}`, { defaultValue: entry.kind })}</Typography.Text>
                    {isInternal && (
                      <Tag color="orange" icon={<LockOutlined aria-hidden />} title={t("internalHint")}>{t("internal")}</Tag>
                    )}
                    {entry.correctsId && <Tag>{t("corrects", { seq: bySeq.get(entry.correctsId) ?? "?" })}</Tag>}
                    <Typography.Text type="secondary">
                      {entry.actor ? `${entry.actor.name ?? ""}` : t("systemActor")} · <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
                    </Typography.Text>
                  </div>
                  <EntryBody entry={entry} />
                </article>
              ),
            };
          })}
        />
      )}
    </section>
  );
}
