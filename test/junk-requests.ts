import fc from "fast-check";

/**
 * fast-check arbitraries of hostile HTTP input for the property test that nothing a client
 * sends answers 5xx: junk strings, path segments, query strings, headers, JSON bodies (deep,
 * huge numbers, prototype keys, bad UTF-8, NUL), bodies shaped like a route's own JSON schema
 * with junk in some fields, and malformed multipart/form-data.
 */

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  maxLength?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
};

export type Body = { payload?: Buffer | string; contentType?: string };

/** A value one time in five, null otherwise (fc.option is the other way round). */
const seldom = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });

/** Strings a client may send anywhere: any code point, NUL, lone surrogates, control characters, the usual suspects. */
export const junkText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ maxLength: 20 }),
  fc.constantFrom("", " ", "\u0000", "\ud800", "\r\n", "__proto__", "constructor", "prototype", "../../etc/passwd", "' OR 1=1 --", "%", "%zz", "%E0%A4%A", "NaN", "-1", "1e309", "9".repeat(40), "null", "[]", "{}", "長".repeat(300), "a".repeat(5000)),
);

/** Instants at and past the ends of what JavaScript and the database can hold. */
const EXTREME_INSTANTS = ["0001-01-01T00:00:00Z", "1969-12-31T23:59:59.999Z", "9999-12-31T23:59:59Z", "+275760-09-13T00:00:00.000Z", "-000001-01-01T00:00:00Z", "2026-02-30", "0000-00-00"];

/** Values for the places an id goes: well-formed uuids, the ids the world really has, and junk. */
function idLike(known: string[]) {
  return fc.oneof({ weight: 2, arbitrary: fc.uuid() }, { weight: 3, arbitrary: fc.constantFrom(...known) }, { weight: 3, arbitrary: junkText });
}

// encodeURIComponent throws on a lone surrogate, which no client could send encoded anyway
const encode = (value: string) => encodeURIComponent(value.replace(/[\ud800-\udfff]/gu, "\ufffd"));

/** A path parameter as it travels: usually percent-encoded, sometimes raw (a stray `%`, a slash). */
export function pathSegment(known: string[]) {
  return fc.oneof(
    { weight: 4, arbitrary: idLike(known).map((value) => encode(value) || "x") },
    { weight: 1, arbitrary: fc.constantFrom("%", "%zz", "%E0%A4%A", "%00", "%C0%AF", "..", "%2F..%2F", "a%2Fb", "%F0%9F%98") },
  );
}

const latin1Header = fc.string({ unit: "binary", maxLength: 60 }).map((value) => Array.from(value).filter((c) => c === "\t" || (c >= " " && c <= "~") || (c >= "\u0080" && c <= "\u00ff")).join(""));

/** A query string over the route's own parameter names and some it does not know. */
export function queryString(names: string[], known: string[]) {
  const name = fc.constantFrom(...names, "junk", "__proto__", "constructor", "limit", "cursor", "sort", "");
  const value = fc.oneof(idLike(known), fc.constantFrom(...EXTREME_INSTANTS, "2026-13-45", "2026-03-01T00:00:00Z", "true", "0", "-5", "1000000", "2147483648", "closed", "S1"));
  const pair = fc.tuple(name, value, fc.boolean()).map(([k, v, raw]) => (raw ? `${k}=${encode(v).replace(/%25/g, "%")}` : `${encode(k)}=${encode(v)}`));
  // none half the time, so that requests reach the handlers too
  return fc.oneof(fc.constant(""), fc.array(pair, { minLength: 1, maxLength: 5 }).map((pairs) => `?${pairs.join("&")}`));
}

/** Headers a client may send, valid or not (each only in the characters HTTP itself allows); none half the time. */
export const junkHeaders = fc.oneof(fc.constant({}), fc.record(
  {
    "accept-language": fc.oneof(latin1Header, fc.constantFrom("en", "zh-CN", "*", "en;q=abc", "xx-YY;q=2, en;q=-1", ",,,;q=")),
    "if-match": fc.oneof(latin1Header, fc.constantFrom("\"1\"", "W/\"1\"", "*", "\"-1\"", "\"99999999999999999999\"", "\"\"")),
    "if-none-match": latin1Header,
    range: fc.oneof(latin1Header, fc.constantFrom("bytes=0-", "bytes=-1", "bytes=5-1", "bytes=0-0,1-1,2-2", "bytes=99999999999999999999-")),
    "idempotency-key": latin1Header,
    accept: fc.constantFrom("*/*", "text/html", "application/json", "text/event-stream", "image/png", "", "application/problem+json;q=0"),
    "x-request-id": latin1Header,
    "x-forwarded-for": fc.constantFrom("1.2.3.4", "::1", "not-an-ip", "1.2.3.4, 5.6.7.8", ""),
    "x-csrf-token": latin1Header,
    "last-event-id": latin1Header,
    "content-encoding": fc.constantFrom("gzip", "br", "identity", "junk"),
  },
  { requiredKeys: [] },
));

/** Content types, right and wrong, for a body that may or may not be what they say. */
const contentType = fc.constantFrom(
  "application/json", "application/json; charset=utf-8", "application/json; charset=latin1", "application/merge-patch+json", "application/problem+json",
  "text/plain", "application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=", "multipart/mixed; boundary=x",
  "application/octet-stream", "text/html; charset=\"", ";;;", "application/", "*/*", "",
);

const deep = fc.tuple(fc.integer({ min: 1, max: 60_000 }), fc.constantFrom("[", "{\"a\":")).map(([depth, open]) =>
  open.repeat(depth) + "1" + (open === "[" ? "]" : "}").repeat(depth));

/** JSON-ish bodies: any JSON value, deep nesting, huge numbers, prototype keys, bad bytes. */
export const junkJsonText = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value) ?? "null"),
  deep,
  fc.constantFrom(
    "{\"__proto__\":{\"isAdmin\":true}}", "{\"constructor\":{\"prototype\":{\"x\":1}}}", "{\"a\":1e999999}", "{\"a\":-0}",
    `{"limit":${"9".repeat(400)}}`, `"${"x".repeat(1_100_000)}"`, "{\"a\":\"\\u0000\"}", "{\"a\":\"\\ud800\"}", "{", "[1,]", "{\"a\":1,\"a\":2}", "\u0000", "NaN", "\"str\"", "true",
  ),
);

/** A value shaped like `schema` (the route's body), with junk in some places, so requests pass validation now and then. */
export function shapedLike(schema: JsonSchema | undefined, known: string[], depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return fc.jsonValue({ maxDepth: 2 });
  const junk = fc.oneof(junkText, fc.jsonValue({ maxDepth: 2 }), fc.constant(null));
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches?.length) return fc.oneof(...branches.map((branch) => shapedLike(branch, known, depth + 1)));
  if (schema.allOf?.length) return shapedLike(Object.assign({}, ...schema.allOf), known, depth + 1);
  let shaped: fc.Arbitrary<unknown>;
  if (schema.const !== undefined) shaped = fc.constant(schema.const);
  else if (schema.enum?.length) shaped = fc.constantFrom(...schema.enum);
  else {
    const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
    shaped = shapedOfType(type, schema, known, depth);
  }
  return fc.oneof({ weight: 8, arbitrary: shaped }, { weight: 1, arbitrary: junk });
}

function shapedOfType(type: string | undefined, schema: JsonSchema, known: string[], depth: number): fc.Arbitrary<unknown> {
  switch (type) {
    case "object": {
      const properties = schema.properties ?? {};
      const fields = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, shapedLike(value, known, depth + 1)]));
      const required = (schema.required ?? []).filter((key) => key in properties);
      return fc.tuple(fc.record(fields, { requiredKeys: required }), seldom(fc.constantFrom("__proto__", "junk", "id", "status")))
        .map(([record, extra]) => (extra ? { ...record, [extra]: 1 } : record));
    }
    case "array":
      return fc.array(shapedLike(schema.items, known, depth + 1), { maxLength: Math.min(schema.maxItems ?? 4, 4) });
    case "integer":
    case "number":
      return fc.oneof(fc.integer({ min: schema.minimum ?? -10, max: Math.min(schema.maximum ?? 1000, 2 ** 31) }), fc.constantFrom(0, -1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1e308, 0.5));
    case "boolean":
      return fc.boolean();
    case "string":
      return stringFor(schema, known);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function stringFor(schema: JsonSchema, known: string[]): fc.Arbitrary<string> {
  switch (schema.format) {
    case "uuid":
      return fc.oneof(fc.uuid(), fc.constantFrom(...known));
    case "date-time":
      return fc.oneof(fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }).map((date) => date.toISOString()), fc.constantFrom(...EXTREME_INSTANTS));
    case "date":
      return fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
    case "email":
      return fc.emailAddress();
    default:
      return fc.oneof(fc.string({ minLength: 1, maxLength: Math.min(schema.maxLength ?? 30, 30) }), fc.constantFrom(...known));
  }
}

/** A JSON route's body: shaped like its schema or junk, under a right or wrong content type. */
export function jsonBody(schema: JsonSchema | undefined, known: string[]): fc.Arbitrary<Body> {
  const shaped = shapedLike(schema, known).map((value) => JSON.stringify(value) ?? "null");
  const text = fc.oneof({ weight: 3, arbitrary: shaped }, { weight: 2, arbitrary: junkJsonText });
  const bytes = fc.oneof(
    { weight: 6, arbitrary: text.map((value) => Buffer.from(value)) },
    // invalid UTF-8 inside an otherwise fine body
    { weight: 1, arbitrary: shaped.map((value) => Buffer.concat([Buffer.from(value.slice(0, -1)), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(value.slice(-1))])) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((value) => Buffer.from(value)) },
  );
  return fc.record({
    payload: fc.option(bytes, { freq: 10 }).map((value) => value ?? undefined),
    contentType: fc.oneof({ weight: 6, arbitrary: fc.constant("application/json") }, { weight: 3, arbitrary: contentType }, { weight: 1, arbitrary: fc.constant(undefined) }),
  });
}

/** A body on a route that takes none (a GET with a body, a DELETE with junk). */
export const strayBody: fc.Arbitrary<Body> = seldom(fc.record({ payload: junkJsonText, contentType })).map((value) => value ?? {});

type RawPart = { headers: string[]; data: Buffer };

const partName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("file", "files", "case", "body", "visibility", "caseId", "note") },
  { weight: 2, arbitrary: fc.constantFrom("__proto__", "constructor", "hasOwnProperty", "", "a\r\nb", "file\u0000", "x".repeat(200), "файл") },
);
const filename = fc.oneof(fc.constantFrom("a.pdf", "scan.tif", "../../x.png", "a\r\nb.pdf", "", "\u0000.png", "名.png"), fc.string({ maxLength: 20 }));

/** One part: a field or a file, its disposition well-formed, odd or missing, its name possibly with CR/LF. */
const rawPart = fc.record({
  name: partName,
  kind: fc.constantFrom("field", "file", "json", "no-disposition", "attachment", "crlf-filename-star", "bare-cr-name", "folded", "nameless-field", "nameless-file"),
  filename,
  value: fc.oneof(junkJsonText, junkText, fc.constant("{\"subject\":\"s\",\"description\":\"d\",\"channel\":\"phone\",\"faultLevel\":\"S3\"}")),
  data: fc.oneof(fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)), fc.constant(Buffer.from("%PDF-1.4\n%%EOF\n")), fc.constant(Buffer.from([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]))),
}).map(({ name, kind, filename: file, value, data }): RawPart => {
  switch (kind) {
    case "field":
      return { headers: [`Content-Disposition: form-data; name="${name}"`], data: Buffer.from(value) };
    case "json":
      return { headers: [`Content-Disposition: form-data; name="${name}"`, "Content-Type: application/json"], data: Buffer.from(value) };
    case "file":
      return { headers: [`Content-Disposition: form-data; name="${name}"; filename="${file}"`, "Content-Type: application/pdf"], data };
    case "no-disposition":
      return { headers: ["Content-Type: text/plain"], data };
    case "attachment":
      return { headers: [`Content-Disposition: attachment; name="${name}"`], data };
    case "crlf-filename-star":
      return { headers: [`Content-Disposition: form-data; name="${name}"; filename*=UTF-8''a%0D%0ASet-Cookie%3A%20x.pdf`, "Content-Type: application/pdf"], data };
    case "bare-cr-name":
      return { headers: [`Content-Disposition: form-data; name="fi\rle"`], data: Buffer.from(value) };
    case "nameless-field":
      return { headers: ["Content-Disposition: form-data"], data: Buffer.from(value) };
    case "nameless-file":
      return { headers: [`Content-Disposition: form-data; filename="${file}"`, "Content-Type: image/png"], data };
    case "folded":
      return { headers: [`Content-Disposition: form-data;\r\n name="${name}"`], data: Buffer.from(value) };
  }
  return { headers: [], data };
});

/**
 * A multipart/form-data body: well-formed parts around junk, or the body broken on purpose
 * (no boundary, the wrong one, cut short, no closing delimiter, a header block without its
 * blank line, many parts).
 */
export const multipartBody: fc.Arbitrary<Body> = fc.record({
  parts: fc.array(rawPart, { maxLength: 6 }),
  many: seldom(fc.integer({ min: 20, max: 200 })),
  breakage: fc.constantFrom("none", "none", "none", "no-boundary", "wrong-boundary", "cut", "no-close", "no-blank-line", "preamble", "quoted-boundary", "empty"),
  cutAt: fc.nat(),
}).map(({ parts, many, breakage, cutAt }): Body => {
  const boundary = "----casedeskjunk7MA4YWxk";
  const all = many ? [...parts, ...Array.from({ length: many }, () => ({ headers: ["Content-Disposition: form-data; name=\"file\"; filename=\"a.pdf\""], data: Buffer.from("%PDF-1.4\n") }))] : parts;
  const chunks: Buffer[] = breakage === "preamble" ? [Buffer.from("junk before the first boundary\r\n")] : [];
  for (const part of all) {
    chunks.push(Buffer.from(`--${boundary}\r\n${part.headers.join("\r\n")}\r\n`));
    if (breakage !== "no-blank-line") chunks.push(Buffer.from("\r\n"));
    chunks.push(part.data, Buffer.from("\r\n"));
  }
  if (breakage !== "no-close") chunks.push(Buffer.from(`--${boundary}--\r\n`));
  let payload = Buffer.concat(chunks);
  if (breakage === "cut") payload = payload.subarray(0, cutAt % (payload.length + 1));
  if (breakage === "empty") payload = Buffer.alloc(0);
  const type = {
    "no-boundary": "multipart/form-data",
    "wrong-boundary": "multipart/form-data; boundary=other",
    "quoted-boundary": `multipart/form-data; boundary="${boundary}"`,
  }[breakage as string] ?? `multipart/form-data; boundary=${boundary}`;
  return { payload, contentType: type };
});
