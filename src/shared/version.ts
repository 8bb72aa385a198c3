import { z } from "zod";

/**
 * The version a write expects to replace (optimistic locking), bounded by the integer column it
 * is compared with: a wilder number is a 422, not a query PostgreSQL refuses with a 500.
 */
export const expectedVersion = z.number().int().min(0).max(2_147_483_647);
