import { describe, expect, it } from "vitest";
import { autoReplyReason, caseNumbersIn, cleanLine, messageIdsIn, safeMessageId, type LoopFacts } from "./inbound-mail.js";
import { measureMime } from "./mime-limits.js";
import { checkMessageId, messageIdDomain, signedMessageId } from "./thread-id.js";

const human: LoopFacts = { hasListHeaders: false, fromAddress: "wang@hbdl.example.cn", isDeliveryReport: false, hasAutoReplyHeader: false, returnPath: "wang@hbdl.example.cn" };

describe(autoReplyReason.name, () => {
  it.each<[Partial<LoopFacts>, string | null]>([
    [{}, null],
    [{ autoSubmitted: "no" }, null],
    [{ autoSubmitted: "auto-replied" }, "auto_submitted"],
    [{ autoSubmitted: "auto-generated" }, "auto_submitted"],
    [{ precedence: "bulk" }, "precedence"],
    [{ precedence: " Junk " }, "precedence"],
    [{ precedence: "list" }, "precedence"],
    [{ precedence: "first-class" }, null],
    [{ hasListHeaders: true }, "mailing_list"],
    [{ returnPath: "<>" }, "null_sender"],
    [{ returnPath: "" }, "null_sender"],
    [{ returnPath: undefined }, null],
    [{ autoResponseSuppress: "OOF, AutoReply" }, "auto_response_suppressed"],
    [{ hasAutoReplyHeader: true }, "auto_reply"],
    [{ fromAddress: "MAILER-DAEMON@mx.example.cn" }, "daemon_sender"],
    [{ fromAddress: "no-reply@vendor.example.com" }, "daemon_sender"],
    [{ isDeliveryReport: true }, "delivery_report"],
  ])("%j → %s", (facts, reason) => {
    expect(autoReplyReason({ ...human, ...facts })).toBe(reason);
  });
});

describe(caseNumbersIn.name, () => {
  it("finds bracketed numbers first, then bare ones, each once", () => {
    expect(caseNumbersIn("Re: C2611-000007 and [C2611-000042] again C2611-000042")).toEqual(["C2611-000042", "C2611-000007"]);
    expect(caseNumbersIn("no case here, C26-1 XC2611-000001")).toEqual([]);
  });
});

describe(safeMessageId.name, () => {
  it("passes a plain msg-id and refuses anything that could break a header", () => {
    expect(safeMessageId("<abc.1@mail.example.cn>")).toBe("<abc.1@mail.example.cn>");
    expect(safeMessageId("abc.1@mail.example.cn")).toBe("<abc.1@mail.example.cn>");
    for (const bad of ["<a\r\nBcc: x@y>", "<a b@c>", "<a@b>\r\nX: 1", "<no-at-sign>", `<${"a".repeat(600)}@b>`, "<a<b@c>", ""]) expect(safeMessageId(bad)).toBeNull();
  });

  it("reads ids out of References, the nearest last", () => {
    expect(messageIdsIn("<a@x> <b@x>\r\n <c@x>")).toEqual(["<a@x>", "<b@x>", "<c@x>"]);
    expect(messageIdsIn(["<a@x>", "<b@x>"], 1)).toEqual(["<b@x>"]);
  });
});

describe(cleanLine.name, () => {
  it("removes CR, LF, NUL and direction overrides and cuts to length", () => {
    expect(cleanLine("a\r\nBcc: x\u0000\u202eexe", 100)).toBe("a Bcc: x exe");
    expect([...cleanLine("长".repeat(600), 500)]).toHaveLength(500);
  });
});

describe(measureMime.name, () => {
  const nested = (depth: number, eol = "\r\n") => {
    let s = `From: a@b.c${eol}`;
    for (let i = 0; i < depth; i++) s += `${i ? `--b${i - 1}${eol}` : ""}Content-Type: multipart/mixed;${eol} boundary="b${i}"${eol}${eol}`;
    s += `--b${depth - 1}${eol}Content-Type: text/plain${eol}${eol}x${eol}`;
    for (let i = depth - 1; i >= 0; i--) s += `--b${i}--${eol}`;
    return Buffer.from(s);
  };
  it("measures nesting depth and parts, with CRLF or bare LF, folded headers included", () => {
    expect(measureMime(nested(1))).toEqual({ depth: 1, parts: 2 });
    expect(measureMime(nested(7))).toEqual({ depth: 7, parts: 8 });
    expect(measureMime(nested(7, "\n"))).toEqual({ depth: 7, parts: 8 });
    expect(measureMime(Buffer.from("From: a@b.c\r\n\r\nplain"))).toEqual({ depth: 0, parts: 1 });
  });
  it("stops early past the limit, so a huge message is not walked to the end", () => {
    expect(measureMime(nested(5000), { depth: 10, parts: 100 }).depth).toBe(11);
  });
});

describe(signedMessageId.name, () => {
  const key = Buffer.alloc(32, 7);
  const caseId = "0b9e4a52-3c1d-4f0a-9a53-2f1e7f1c9d10";
  it("round-trips a case id and refuses a forged or altered signature", () => {
    const id = signedMessageId(key, caseId, "intake:x:ack:email:addr-1", "casedesk.example.cn");
    expect(id).toMatch(/^<cd\.[0-9a-f]{32}\.[0-9a-f]{16}\.[0-9a-f]{24}@casedesk\.example\.cn>$/);
    expect(checkMessageId(key, id)).toEqual({ kind: "ours", caseId });
    expect(checkMessageId(Buffer.alloc(32, 8), id)).toEqual({ kind: "forged" });
    const otherCase = id.replace(/cd\.[0-9a-f]{4}/, "cd.ffff");
    expect(checkMessageId(key, otherCase)).toEqual({ kind: "forged" });
    expect(checkMessageId(key, "<CAF=x@mail.gmail.com>")).toEqual({ kind: "foreign" });
    expect(signedMessageId(key, caseId, "same", "d")).toBe(signedMessageId(key, caseId, "same", "d"));
  });
  it("takes the domain of SMTP_FROM", () => {
    expect(messageIdDomain("casedesk <support@casedesk.example.cn>")).toBe("casedesk.example.cn");
    expect(messageIdDomain("no address")).toBe("casedesk");
  });
});
