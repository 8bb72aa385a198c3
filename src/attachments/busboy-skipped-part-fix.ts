import { createRequire } from "node:module";

/**
 * Mends a hang in @fastify/busboy 3.2.6 (its Dicer parser): a part busboy drops (a name with a
 * bare CR or LF, a disposition that is not form-data, …) whose bytes outgrow the part stream's
 * buffer (16 KiB) pauses the parser, and when that part ends after the closing delimiter
 * nothing resumes it: the request's body never finishes and the client is never answered.
 * The parser's real end resumes it here. Remove once busboy resumes on its own (the test
 * "a dropped part larger than the parser's buffer" in multipart-body.test.ts tells).
 */
type DicerPrototype = { emit(this: DicerState, event: string | symbol, ...args: unknown[]): boolean; _unpause(this: DicerState): void };
type DicerState = { _realFinish?: boolean; _unpause(): void };

const requireFromMultipart = createRequire(createRequire(import.meta.url).resolve("@fastify/multipart"));
const Dicer = requireFromMultipart(requireFromMultipart.resolve("@fastify/busboy/deps/dicer/lib/Dicer.js")) as { prototype: DicerPrototype & { __casedeskResumesAtEnd?: true } };

if (!Dicer.prototype.__casedeskResumesAtEnd) {
  const emit = Dicer.prototype.emit;
  Dicer.prototype.emit = function (this: DicerState, event: string | symbol, ...args: unknown[]) {
    if (event === "finish" && this._realFinish) this._unpause();
    return emit.call(this, event, ...args);
  };
  Dicer.prototype.__casedeskResumesAtEnd = true;
}
