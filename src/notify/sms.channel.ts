import { DeliveryError } from "./notification.js";

export type SmsMessage = { to: string; text: string; idempotencyKey: string };

/** Anything that sends a text message; it throws DeliveryError (permanent or not) when it fails. */
export interface SmsProvider {
  send(message: SmsMessage): Promise<void>;
}

/**
 * A generic HTTP gateway: POST {to, text, idempotencyKey} as JSON (Bearer token optional). 2xx is
 * sent; 408, 429, 5xx, network errors and timeouts are retried; any other answer is permanent.
 */
export function httpSmsGateway(options: { url: string; token?: string; timeoutMs?: number }): SmsProvider {
  const timeoutMs = options.timeoutMs ?? 10_000;
  return {
    async send(message) {
      let response: Response;
      try {
        response = await fetch(options.url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "idempotency-key": message.idempotencyKey,
            ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          },
          body: JSON.stringify({ to: message.to, text: message.text, idempotencyKey: message.idempotencyKey }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        const reason = error instanceof Error && error.name === "TimeoutError" ? `timed out after ${timeoutMs} ms` : describe(error);
        throw new DeliveryError(`sms gateway: ${reason}`, false, { cause: error });
      }
      if (response.ok) {
        await response.body?.cancel();
        return;
      }
      const body = (await response.text().catch(() => "")).slice(0, 300).replace(/\s+/g, " ");
      const isTransient = response.status === 408 || response.status === 429 || response.status >= 500;
      throw new DeliveryError(`sms gateway: HTTP ${response.status} ${body}`.trim(), !isTransient);
    },
  };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: string; message?: string } | undefined;
  return cause?.code ? `${error.message} (${cause.code})` : error.message;
}
