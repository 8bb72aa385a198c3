// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { Entry } from "../../api/types";
import { renderInApp } from "../../test/render";
import { ActivityTimeline, entryCategory } from "./ActivityTimeline";

let seq = 0;
const entry = (kind: string, visibility: "public" | "internal", data: Record<string, unknown> = {}): Entry => ({
  id: `e${++seq}`, seq, kind, visibility, actor: { id: "u1", name: "王磊", role: "engineer" }, at: "2026-11-30T02:00:00Z",
  data, correctsId: null, hash: "h", prevHash: null,
});

const log: Entry[] = [
  entry("case.opened", "public", { subject: "存储阵列硬盘故障" }),
  entry("case.assigned", "internal", { assigneeName: "王磊" }),
  entry("note.added", "internal", { body: "内部：怀疑是背板问题" }),
  entry("note.added", "public", { body: "已安排工程师上门" }),
  entry("call.logged", "public", { direction: "outbound", number: "13800138000", durationSeconds: 300, summary: "与客户确认故障现象" }),
  entry("onsite_visit.logged", "internal", { arrivedAt: "2026-11-30T03:00:00Z", departedAt: "2026-11-30T05:00:00Z", workDone: "更换硬盘" }),
  entry("vendor.requested", "internal", { reason: "需要 IBM 支持" }),
  entry("rma.requested", "public", { reason: "背板返修", items: [{ description: "背板", serial: "S1" }] }),
  entry("sla.reminded", "internal", { minutesElapsed: 30 }),
];

describe(ActivityTimeline.name, () => {
  afterEach(cleanup);

  it("marks every internal entry with a tag and a spoken hint, and no public one", () => {
    renderInApp(<ActivityTimeline entries={log} />);
    const shown = screen.getAllByTestId("timeline-entry");
    expect(shown).toHaveLength(log.length);
    for (const article of shown) {
      const isInternal = article.dataset.visibility === "internal";
      expect(within(article).queryByText("内部") !== null, article.dataset.kind).toBe(isInternal);
      expect(article.getAttribute("aria-label")?.includes("客户不可见") ?? false).toBe(isInternal);
      expect(article.classList.contains("cd-entry-internal")).toBe(isInternal);
    }
    expect(screen.getByText("内部：怀疑是背板问题")).toBeTruthy();
    // times in Asia/Shanghai
    expect(screen.getAllByText("2026-11-30 10:00").length).toBeGreaterThan(0);
  });

  it("filters by kind: only notes, then notes and calls, then nothing", () => {
    renderInApp(<ActivityTimeline entries={log} />);
    for (const label of ["电话", "上门/远程", "厂家", "RMA", "系统"]) fireEvent.click(screen.getByRole("checkbox", { name: label }));
    expect(screen.getAllByTestId("timeline-entry").map((article) => article.dataset.kind)).toEqual(["note.added", "note.added"]);
    fireEvent.click(screen.getByRole("checkbox", { name: "电话" }));
    expect(screen.getAllByTestId("timeline-entry").map((article) => article.dataset.kind)).toEqual(["note.added", "note.added", "call.logged"]);
    fireEvent.click(screen.getByRole("checkbox", { name: "注示" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "电话" }));
    expect(screen.queryAllByTestId("timeline-entry")).toHaveLength(0);
    expect(screen.getByText("没有符合条件的记录")).toBeTruthy();
  });

  it("names the files of an entry as download links", () => {
    const withFiles = entry("note.added", "public", { body: "阵列日志", attachments: [{ id: "a1", filename: "array.log", sizeBytes: 2048, contentType: "text/plain", sha256: "x" }, { id: "a2", filename: "告警.png", sizeBytes: 10, contentType: "image/png", sha256: "y" }] });
    renderInApp(<ActivityTimeline entries={[withFiles]} />);
    const links = within(screen.getByTestId("entry-files")).getAllByRole("link");
    expect(links.map((link) => [link.textContent?.trim(), link.getAttribute("href")])).toEqual([["array.log (2.0 KB)", "/api/v1/attachments/a1"], ["告警.png (10 B)", "/api/v1/attachments/a2"]]);
  });

  it("puts each kind of entry under its filter", () => {
    expect(log.map(entryCategory)).toEqual(["system", "system", "note", "note", "call", "visit", "vendor", "rma", "system"]);
    expect(entryCategory({ kind: "entry.corrected", data: { correctedKind: "note.added" } })).toBe("note");
    expect(entryCategory({ kind: "remote_session.logged", data: {} })).toBe("visit");
  });
});
