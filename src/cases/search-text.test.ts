import { describe, expect, it } from "vitest";
import { toTsqueryLiteral, toTsvectorLiteral } from "./search-text.js";

describe("the bigram search text", () => {
  it("turns a Han run into bigrams plus its last character", () => {
    expect(toTsvectorLiteral("硬盘故障")).toBe("'硬盘':1 '盘故':2 '故障':3 '障':4");
  });

  it("lower-cases words and folds full-width letters", () => {
    expect(toTsvectorLiteral("ＲＡＩＤ Controller")).toBe("'raid':1 'controller':3");
  });

  it("keeps runs apart so a phrase never spans two of them", () => {
    const vector = toTsvectorLiteral("硬盘，故障");
    expect(vector).toBe("'硬盘':1 '盘':2 '故障':4 '障':5");
  });

  it("asks for a two-character word as one exact lexeme", () => {
    expect(toTsqueryLiteral("硬盘")).toBe("'硬盘'");
  });

  it("asks for longer phrases as adjacent bigrams", () => {
    expect(toTsqueryLiteral("控制器告警")).toBe("('控制' <-> '制器' <-> '器告' <-> '告警')");
  });

  it("asks for a single character by prefix", () => {
    expect(toTsqueryLiteral("盘")).toBe("'盘':*");
  });

  it("combines words of both languages with AND", () => {
    expect(toTsqueryLiteral("IBM 宕机")).toBe("'ibm':* & '宕机'");
  });

  it("drops every character that could break a tsquery", () => {
    expect(toTsqueryLiteral("'); DROP TABLE cases; --")).toBe("'drop':* & 'table':* & 'cases':*");
    expect(toTsqueryLiteral("&|!:*()'\\")).toBeNull();
  });
});
