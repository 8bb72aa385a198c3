import type { VendorRequestStatus } from "../../db/schema.js";

/**
 * A vendor support request (F5): an expert must confirm it before the case is opened with the
 * vendor; then it is tracked until the vendor's part is done.
 * requested → confirmed → opened → answered → done, or requested → rejected.
 */
export type VendorStep = "confirm" | "reject" | "open" | "answer" | "complete";

const MOVES: Record<VendorStep, { from: VendorRequestStatus[]; to: VendorRequestStatus }> = {
  confirm: { from: ["requested"], to: "confirmed" },
  reject: { from: ["requested"], to: "rejected" },
  open: { from: ["confirmed"], to: "opened" },
  answer: { from: ["opened", "answered"], to: "answered" },
  complete: { from: ["opened", "answered"], to: "done" },
};

export const vendorStepTarget = (step: VendorStep) => MOVES[step].to;
export const canTakeVendorStep = (step: VendorStep, from: VendorRequestStatus) => MOVES[step].from.includes(from);
export const isVendorRequestOpen = (status: VendorRequestStatus) => status !== "done" && status !== "rejected";
