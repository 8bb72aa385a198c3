import { systemActor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { advanceRma } from "./advance-rma.js";
import { openRma } from "./open-rma.js";

/** Two demo RMAs on demo hardware cases: one waiting for the vendor's number, one approved and dispatched. */
export async function seedRmaDemo(deps: Deps): Promise<void> {
  if (await deps.db.selectFrom("rmas").select("id").where("isDemo", "=", true).limit(1).executeTakeFirst()) return;
  const cases = await deps.db.selectFrom("cases").select(["id", "vendor"]).where("isDemo", "=", true).where("caseType", "=", "hardware")
    .where("status", "not in", ["closed", "new"]).orderBy("createdAt", "desc").limit(2).execute();
  const part = await deps.db.selectFrom("parts").select("id").where("partNumber", "=", "01LL581").executeTakeFirst();
  for (const [i, found] of cases.entries()) {
    const rma = await openRma(deps, {
      actor: systemActor, caseId: found.id, isDemo: true,
      rma: { partId: part?.id, faultySerial: `FAULT${7301 + i}`, vendor: found.vendor, faultDescription: "部件自检失败，已更换备件，故障件返厂。", warrantyTerm: "replace" },
    });
    if (i === 1) {
      const approved = await advanceRma(deps, { actor: systemActor, rmaId: rma.id, step: { to: "vendor_approved", version: rma.version, vendorRmaNo: "IBM-RMA-5512873" } });
      await advanceRma(deps, { actor: systemActor, rmaId: rma.id, step: { to: "replacement_dispatched", version: approved.version, trackingNo: "SF1402339837264" } });
    }
  }
}
