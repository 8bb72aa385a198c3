import { describe, expect, it } from "vitest";
import { as, type TestApp, useWorld, type World } from "../../test/helpers.js";
import { createApiToken, systemActor } from "./index.js";

let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
});

const HOUR = 60 * 60_000;
const pbxCall = (token: string) =>
  as(t, token).post("/api/v1/telephony/calls", { callId: `tok-${Date.now()}-${Math.random()}`, from: "13800138000", to: "4008108888", event: "ringing", at: t.clock.now().toISOString(), direction: "inbound" });

describe("/auth/tokens", () => {
  it("lists your own tokens, never the tokens themselves, with when each was last used (to the hour)", async () => {
    const engineer = as(t, world.users.engineer.token);
    t.clock.advance(HOUR);
    const minted = await engineer.post("/api/v1/auth/tokens", { name: "脚本" });
    expect(minted.status).toBe(201);
    const first = t.clock.now().toISOString();
    expect((await as(t, minted.body.token).get("/api/v1/auth/me")).status).toBe(200);
    t.clock.advance(10 * 60_000);
    await as(t, minted.body.token).get("/api/v1/auth/me");

    const mine = await engineer.get("/api/v1/auth/tokens");
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((row: { name: string }) => row.name)).toEqual(["脚本", "test"]);
    expect(mine.body.items[0]).toMatchObject({ id: minted.body.id, scope: null, userId: world.users.engineer.id, lastUsedAt: first, revokedAt: null });
    expect(JSON.stringify(mine.body)).not.toContain(minted.body.token);
    // only admins see everyone's
    expect((await engineer.get("/api/v1/auth/tokens?all=true")).status).toBe(403);
    const all = await as(t, world.users.admin.token).get("/api/v1/auth/tokens?all=true");
    expect(all.body.items.map((row: { id: string }) => row.id)).toContain(minted.body.id);
  });

  it("lets an administrator revoke the PBX's token at once, and nobody else's token be revoked by a stranger", async () => {
    const pbx = await createApiToken(t.deps, { actor: systemActor, userId: world.users.admin.id, name: "PBX", scope: "pbx" });
    expect((await pbxCall(pbx.token)).status).toBeLessThan(300);
    // a scoped token manages no tokens, not even itself
    expect((await as(t, pbx.token).get("/api/v1/auth/tokens")).status).toBe(403);
    expect((await as(t, pbx.token).delete(`/api/v1/auth/tokens/${pbx.id}`)).status).toBe(403);
    // someone else's token is "not found"
    expect((await as(t, world.users.engineer.token).delete(`/api/v1/auth/tokens/${pbx.id}`)).status).toBe(404);
    expect((await pbxCall(pbx.token)).status).toBeLessThan(300);

    t.clock.advance(60_000);
    const revoked = await as(t, world.users.admin.token).delete(`/api/v1/auth/tokens/${pbx.id}`);
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ id: pbx.id, scope: "pbx", revokedAt: t.clock.now().toISOString() });
    expect((await pbxCall(pbx.token)).status).toBe(401);
    // again: nothing changes
    t.clock.advance(60_000);
    expect((await as(t, world.users.admin.token).delete(`/api/v1/auth/tokens/${pbx.id}`)).body.revokedAt).toBe(revoked.body.revokedAt);
    expect((await as(t, world.users.admin.token).delete("/api/v1/auth/tokens/not-an-id")).status).toBe(422);
  });

  it("lets a user revoke their own token", async () => {
    const minted = await as(t, world.users.customerA.token).post("/api/v1/auth/tokens", { name: "ERP" });
    expect((await as(t, minted.body.token).delete(`/api/v1/auth/tokens/${minted.body.id}`)).status).toBe(200);
    expect((await as(t, minted.body.token).get("/api/v1/auth/me")).status).toBe(401);
  });
});
