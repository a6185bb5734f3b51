import { describe, expect, it } from "vitest";
import { decodeArguments, encodeArguments } from "../../playground/bridge/wire";

describe("google.script.run wire format", () => {
  it("carries plain JSON unchanged", () => {
    const args = [1, "two", true, null, [1, [2, "x"]], { rows: [{ channel: "X", budget: 3 }] }];
    expect(decodeArguments(encodeArguments(args))).toEqual(args);
  });

  it("keeps what Apps Script refuses, so the runtime can refuse it instead of JSON hiding it", () => {
    const [date, list, fn] = decodeArguments(encodeArguments([new Date(), [1, undefined], () => 1]));
    expect(date).toBeInstanceOf(Date);
    expect(list).toHaveLength(2);
    expect((list as unknown[])[1]).toBeUndefined();
    expect(typeof fn).toBe("function");
  });

  it("drops undefined object properties, as JSON does", () => {
    expect(decodeArguments(encodeArguments([{ a: 1, b: undefined }]))).toEqual([{ a: 1 }]);
  });
});
