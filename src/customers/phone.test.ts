import { describe, expect, it } from "vitest";
import { normalizePhone } from "./phone.js";

describe(normalizePhone.name, () => {
  it.each([
    ["+86 10 1234 5678", "+861012345678"],
    ["010-12345678", "+861012345678"],
    ["0086 10 12345678", "+861012345678"],
    ["(021) 6888 1234", "+862168881234"],
    ["0755-8888 6666", "+8675588886666"],
    ["138 0013 8000", "+8613800138000"],
    ["138-0013-8000", "+8613800138000"],
    ["+86 138 0013 8000", "+8613800138000"],
    ["0086-13800138000", "+8613800138000"],
  ])("reads %s as %s", (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each(["12345", "", "abc", null])("refuses %s", (input) => {
    expect(normalizePhone(input)).toBeNull();
  });
});
