import { systemActor } from "../auth/index.js";
import type { Db } from "../db/database.js";
import { onDuty } from "../rosters/index.js";
import type { Recipient } from "./policy.js";

type CaseRef = { assigneeId: string | null; expertId: string | null; createdBy: string | null };

/**
 * Who "assignee", "dispatcher", "manager", "expert" and "previous_assignee" are for a case now:
 * the dispatchers and experts on duty (the case's own expert first), every active manager.
 */
export async function resolveRecipients(
  db: Db,
  at: Date,
  found: CaseRef,
  who: readonly Recipient[],
  extra: { previousAssigneeId?: string | null } = {},
): Promise<string[]> {
  const ids = new Set<string>();
  for (const recipient of who) {
    switch (recipient) {
      case "assignee":
        if (found.assigneeId) ids.add(found.assigneeId);
        break;
      case "previous_assignee":
        if (extra.previousAssigneeId) ids.add(extra.previousAssigneeId);
        break;
      case "dispatcher":
        for (const id of await onDutyIds(db, at, "dispatcher")) ids.add(id);
        break;
      case "expert":
        if (found.expertId) ids.add(found.expertId);
        else for (const id of await onDutyIds(db, at, "expert")) ids.add(id);
        break;
      case "manager":
        for (const row of await db.selectFrom("users").select("id").where("role", "=", "manager").where("isActive", "=", true).limit(50).execute()) {
          ids.add(row.id);
        }
        break;
    }
  }
  return [...ids];
}

async function onDutyIds(db: Db, at: Date, role: "dispatcher" | "expert"): Promise<string[]> {
  return (await onDuty({ db }, { actor: systemActor, at, role })).map((u) => u.id);
}
