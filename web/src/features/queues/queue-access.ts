import type { Role } from "../../api/types";

/**
 * What each role may read and do in the queues: a mirror of the server's rules
 * (src/cases/vendor/list-vendor-requests.ts, the vendor_confirm rule of src/cases/case.policy.ts),
 * used to decide which queries a screen runs, so no screen asks for what its role may not read.
 */
const PENDING_READERS: readonly Role[] = ["expert", "manager", "admin"];

export const mayReadPendingConfirmations = (role: Role) => PENDING_READERS.includes(role);
export const mayConfirmVendor = (role: Role) => role === "expert";
