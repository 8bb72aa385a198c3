import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startSmsGatewayPeer, type SmsGatewayPeer } from "../../test/peers.js";
import { httpSmsGateway } from "./index.js";

let gateway: SmsGatewayPeer;
beforeAll(async () => {
  gateway = await startSmsGatewayPeer();
});
afterAll(() => gateway.close());

const withCredentials = (url: string) => url.replace("http://", "http://sms-user:p%40ss%20w0rd-9f2k@");
const message = (key: string) => ({ to: "+8613800138001", text: "casedesk: 测试", idempotencyKey: key });

describe(httpSmsGateway.name, () => {
  it("sends credentials in the gateway's URL as Basic authentication, not in the address", async () => {
    await httpSmsGateway({ url: withCredentials(gateway.url) }).send(message("basic"));
    const request = gateway.requests.find((r) => r.body.idempotencyKey === "basic")!;
    expect(request.headers.authorization).toBe(`Basic ${Buffer.from("sms-user:p@ss w0rd-9f2k").toString("base64")}`);
  });

  it("prefers SMS_GATEWAY_TOKEN when both are set", async () => {
    await httpSmsGateway({ url: withCredentials(gateway.url), token: "gateway-token" }).send(message("bearer"));
    expect(gateway.requests.find((r) => r.body.idempotencyKey === "bearer")!.headers.authorization).toBe("Bearer gateway-token");
  });

  it("fails without quoting the credentials when the gateway is unreachable", async () => {
    const down = httpSmsGateway({ url: withCredentials(`http://127.0.0.1:${await freePort()}/sms`) });
    const failure = await down.send(message("down")).then(() => undefined, (error: Error) => error);
    expect(failure?.message).toMatch(/^sms gateway: /);
    expect(failure?.message).not.toMatch(/p%40ss|p@ss|w0rd-9f2k|sms-user/);
  });
});
