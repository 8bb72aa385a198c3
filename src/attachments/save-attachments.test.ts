import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { as, caseInput, useWorld, type TestApp, type World } from "../../test/helpers.js";
import { addNote } from "../cases/index.js";
import { AppError } from "../shared/errors.js";
import { FilesystemAttachmentStore } from "./attachment-store.js";
import { saveAttachments } from "./save-attachments.js";
import { PDF, PNG } from "../../test/files.js";

let app: TestApp;
let world: World;
useWorld((a, w) => { app = a; world = w; }, { attachmentMaxBytes: 4096, caseAttachmentsMaxBytes: 10_000 });

async function caseWithNote(visibility: "public" | "internal" = "public") {
  const opened = await as(app, world.users.dispatcher.token).post("/api/v1/cases", caseInput());
  const actor = { kind: "user" as const, id: world.users.dispatcher.id, role: "dispatcher" as const, customerId: null, name: "dispatcher" };
  const entry = await addNote(app.deps, { actor: actor as never, caseId: opened.body.id, body: "见附件", visibility });
  return { caseId: opened.body.id as string, activityId: entry.id };
}

describe(saveAttachments.name, () => {
  it("stores the bytes by hash, once, and records them in the caller's transaction", async () => {
    const { caseId, activityId } = await caseWithNote();
    const saved = await app.deps.db.transaction().execute((tx) =>
      saveAttachments({ ...app.deps, db: tx }, {
        caseId, activityId, uploadedBy: world.users.dispatcher.id, visibility: "public",
        files: [{ filename: "日志/../截图.png", declaredType: "image/png", bytes: PNG }, { filename: "again.png", declaredType: "image/png", bytes: PNG }],
      }),
    );
    expect(saved).toHaveLength(2);
    expect(saved[0]).toMatchObject({ caseId, activityId, filename: "截图.png", sniffedType: "image/png", sizeBytes: PNG.length, visibility: "public", filenameAdjustments: ["path_removed"] });
    expect(saved[0]!.sha256).toBe(saved[1]!.sha256);
    const store = new FilesystemAttachmentStore(app.deps.config.attachmentsDir);
    const path = store.pathOf(saved[0]!.sha256);
    expect(path).toBe(join(app.deps.config.attachmentsDir, saved[0]!.sha256.slice(0, 2), saved[0]!.sha256.slice(2, 4), saved[0]!.sha256));
    expect(readFileSync(path).equals(PNG)).toBe(true);
    const rows = await app.deps.db.selectFrom("caseAttachments").selectAll().where("caseId", "=", caseId).execute();
    expect(rows).toHaveLength(2);
  });

  it("takes its entry's visibility and refuses another", async () => {
    const { caseId, activityId } = await caseWithNote("internal");
    const [saved] = await saveAttachments(app.deps, { caseId, activityId, uploadedBy: null, files: [{ filename: "a.pdf", declaredType: "application/pdf", bytes: PDF }] });
    expect(saved!.visibility).toBe("internal");
    await expect(saveAttachments(app.deps, { caseId, activityId, uploadedBy: null, visibility: "public", files: [{ filename: "a.pdf", declaredType: "application/pdf", bytes: PDF }] })).rejects.toThrow(/visibility/);
  });

  it("rolls back with the caller: no row stays when the caller's transaction fails", async () => {
    const { caseId, activityId } = await caseWithNote();
    await expect(app.deps.db.transaction().execute(async (tx) => {
      await saveAttachments({ ...app.deps, db: tx }, { caseId, activityId, uploadedBy: null, files: [{ filename: "x.pdf", declaredType: "application/pdf", bytes: PDF }] });
      throw new Error("caller failed");
    })).rejects.toThrow("caller failed");
    expect(await app.deps.db.selectFrom("caseAttachments").selectAll().where("caseId", "=", caseId).execute()).toEqual([]);
  });

  it("refuses a file over the per-file limit, a case over its total, and bytes that contradict their type", async () => {
    const { caseId, activityId } = await caseWithNote();
    const code = (promise: Promise<unknown>) => promise.then(() => "saved", (error: AppError) => error.code);
    expect(await code(saveAttachments(app.deps, { caseId, activityId, uploadedBy: null, files: [{ filename: "big.bin", bytes: Buffer.alloc(4097) }] }))).toBe("attachment_too_large");
    const html = Buffer.from("<!DOCTYPE html><script>alert(1)</script>");
    expect(await code(saveAttachments(app.deps, { caseId, activityId, uploadedBy: null, files: [{ filename: "x.png", declaredType: "image/png", bytes: html }] }))).toBe("attachment_type_mismatch");
    const [kept] = await saveAttachments(app.deps, { caseId, activityId, uploadedBy: null, onMismatch: "store_sniffed", files: [{ filename: "x.png", declaredType: "image/png", bytes: html }] });
    expect(kept!.sniffedType).toBe("text/html");
    const chunk = (n: number) => ({ filename: `${n}.bin`, bytes: Buffer.alloc(4000, n) });
    await saveAttachments(app.deps, { caseId, activityId, uploadedBy: null, files: [chunk(1), chunk(2)] });
    expect(await code(saveAttachments(app.deps, { caseId, activityId, uploadedBy: null, files: [chunk(3)] }))).toBe("case_attachments_full");
    const stored = await app.deps.db.selectFrom("caseAttachments").select("filename").where("caseId", "=", caseId).execute();
    expect(stored.map((r) => r.filename).sort()).toEqual(["1.bin", "2.bin", "x.png"]);
    expect(existsSync(new FilesystemAttachmentStore(app.deps.config.attachmentsDir).pathOf(kept!.sha256))).toBe(true);
  });
});
