import { describe, expect, it } from "vitest";
import { as, TEST_ENGINE, type TestApp, type World, useWorld } from "../../test/helpers.js";

/** A depot's stock list in pages (keyset by part number), found by part or by "below minimum". */
let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
});

const api = (who: keyof World["users"]) => as(t, world.users[who].token);
type Page = { items: { partNumber: string; onHand: number; available: number; minLevel: number }[]; nextCursor: string | null };

describe(`a depot's stock in pages (${TEST_ENGINE})`, () => {
  it("pages through every part once, in part-number order, with filters kept across pages", async () => {
    const depot = (await api("rma").post("/api/v1/depots", { name: "分页库", address: "上海", ownerId: world.users.rma.id })).body as { id: string };
    const numbers = ["PG-07", "PG-01", "PG-05", "PG-03", "PG-02", "PG-06", "PG-04"];
    for (const [i, partNumber] of numbers.entries()) {
      const part = (await api("rma").post("/api/v1/parts", { partNumber, vendor: "HPE", description: i % 2 ? "内存条" : "硬盘", isSerialised: false })).body as { id: string };
      expect((await api("rma").post("/api/v1/stock-movements", { type: "receive", partId: part.id, depotId: depot.id, quantity: 2 })).status).toBe(201);
      // PG-01 and PG-03 (i = 1, 3) fall below a minimum of 3
      if (i === 1 || i === 3) expect((await api("rma").put(`/api/v1/depots/${depot.id}/stock/${part.id}`, { minLevel: 3 })).status).toBe(200);
    }
    const read = async (query: string) => {
      const pages: Page[] = [];
      let cursor: string | null = null;
      do {
        const response = await api("engineer").get(`/api/v1/depots/${depot.id}/stock?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
        expect(response.status).toBe(200);
        pages.push(response.body as Page);
        cursor = (response.body as Page).nextCursor;
      } while (cursor && pages.length < 10);
      return pages;
    };
    const pages = await read("limit=3");
    expect(pages.map((p) => p.items.map((i) => i.partNumber))).toEqual([["PG-01", "PG-02", "PG-03"], ["PG-04", "PG-05", "PG-06"], ["PG-07"]]);
    expect(pages.at(-1)!.nextCursor).toBeNull();
    const memory = (await read("limit=2&q=内存")).flatMap((p) => p.items.map((i) => i.partNumber));
    expect(memory).toEqual(["PG-01", "PG-03", "PG-06"]);
    const low = await read("limit=1&isBelowMin=true");
    expect(low.flatMap((p) => p.items)).toEqual([expect.objectContaining({ partNumber: "PG-01", available: 2, minLevel: 3 }), expect.objectContaining({ partNumber: "PG-03", available: 2, minLevel: 3 })]);
    expect((await api("engineer").get(`/api/v1/depots/${depot.id}/stock`)).body.items).toHaveLength(7);

    const bad = await api("engineer").get(`/api/v1/depots/${depot.id}/stock?cursor=not-a-cursor`);
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].code).toBe("invalid_cursor");
    expect((await api("engineer").get(`/api/v1/depots/${depot.id}/stock?limit=501`)).body.errors[0].path).toBe("querystring.limit");
  });
});
