/**
 * Chinese and English full text without a word segmenter. Han (and kana, hangul) runs become
 * overlapping bigrams plus the run's last character, so every character starts some lexeme:
 * a two-character word (硬盘, 宕机) is one exact lexeme, a longer phrase is a chain of bigrams at
 * consecutive positions (matched with <->), and a single character is a prefix match. Other
 * letters and digits form lower-cased words, matched by prefix. Lexemes are built here and
 * handed to PostgreSQL as tsvector/tsquery literals, so no parser or locale of the server's is
 * involved and PGlite and PostgreSQL answer alike.
 */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[\p{L}\p{N}]+/gu;
const MAX_WORD = 64;
const MAX_POSITION = 16_383;

type Lexeme = { text: string; position: number };

function lexemes(input: string): Lexeme[] {
  const out: Lexeme[] = [];
  let position = 1;
  for (const match of input.normalize("NFKC").toLowerCase().matchAll(TOKEN)) {
    const run = match[0];
    if (CJK.test(run)) {
      const chars = [...run];
      for (let i = 0; i + 1 < chars.length; i++) out.push({ text: chars[i]! + chars[i + 1]!, position: position + i });
      out.push({ text: chars.at(-1)!, position: position + Math.max(chars.length - 1, 0) });
      position += chars.length + 1;
    } else {
      out.push({ text: run.slice(0, MAX_WORD), position });
      position += 2;
    }
  }
  return out;
}

/** A tsvector literal for a document ('硬盘':1 '盘故':2 …), positions capped as PostgreSQL does. */
export function toTsvectorLiteral(...parts: (string | null | undefined)[]): string {
  const positions = new Map<string, number[]>();
  for (const { text, position } of lexemes(parts.filter(Boolean).join("\n"))) {
    const list = positions.get(text) ?? [];
    if (list.length < 255) list.push(Math.min(position, MAX_POSITION));
    positions.set(text, list);
  }
  return [...positions].map(([text, list]) => `'${text}':${[...new Set(list)].join(",")}`).join(" ");
}

/**
 * A case's words are one tsvector: public ones at the default weight D, internal ones (internal
 * notes) at INTERNAL_WEIGHT. A customer's query asks for weight D, so it never matches on a word,
 * or a phrase, that only internal text holds.
 */
export const INTERNAL_WEIGHT = "C";
const PUBLIC_WEIGHT = "D";

/** A tsquery literal for what a user typed, or null when it has nothing searchable; `publicOnly`: a customer's. */
export function toTsqueryLiteral(query: string, options: { publicOnly?: boolean } = {}): string | null {
  const weight = options.publicOnly ? PUBLIC_WEIGHT : "";
  const groups: string[] = [];
  for (const match of query.normalize("NFKC").toLowerCase().matchAll(TOKEN)) {
    const run = match[0];
    if (CJK.test(run)) {
      const chars = [...run];
      if (chars.length === 1) groups.push(`'${chars[0]}':*${weight}`);
      else {
        const bigrams = chars.slice(0, -1).map((c, i) => `'${c}${chars[i + 1]}'${weight && `:${weight}`}`);
        groups.push(bigrams.length === 1 ? bigrams[0]! : `(${bigrams.join(" <-> ")})`);
      }
    } else {
      groups.push(`'${run.slice(0, MAX_WORD)}':*${weight}`);
    }
  }
  return groups.length > 0 ? groups.slice(0, 32).join(" & ") : null;
}
