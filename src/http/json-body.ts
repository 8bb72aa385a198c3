import type { FastifyInstance } from "fastify";
import sjson from "secure-json-parse";
import { AppError } from "../shared/errors.js";

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * JSON bodies must be valid UTF-8: the default parser would quietly turn bad bytes into U+FFFD
 * and store them. Prototype-poisoning keys are refused as well.
 */
export function registerJsonParser(app: FastifyInstance): void {
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser(/^application\/(.+\+)?json$/, { parseAs: "buffer" }, (_request, body, done) => {
    let textBody: string;
    try {
      textBody = strictUtf8.decode(body as Buffer);
    } catch {
      return done(new AppError("invalid_encoding"), undefined);
    }
    if (textBody.trim() === "") return done(null, {});
    try {
      done(null, sjson.parse(textBody, undefined, { protoAction: "error", constructorAction: "error" }));
    } catch {
      done(new AppError("invalid_encoding"), undefined);
    }
  });
}
