import { AppError } from "../shared/errors.js";

/** A 422 naming the field of the body (or query) that was refused; nothing was written. */
export const fieldError = (path: string, code: string, params?: Record<string, unknown>) =>
  new AppError("validation_failed", {}, [{ path: path.includes(".") ? path : `body.${path}`, code, ...(params ? { params } : {}) }]);
