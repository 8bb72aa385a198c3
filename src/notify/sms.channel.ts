import { DeliveryError } from "./notification.js";

export type SmsMessage = { to: string; text: string; idempotencyKey: string };

/** Anything that sends a text message; it throws DeliveryError (permanent or not) when it fails. */
export interface SmsProvider {
  /** `signal`: give up now (the worker is stopping); the message is tried again later */
  send(message: SmsMessage, signal?: AbortSignal): Promise<void>;
}

/**
 * A generic HTTP gateway: POST {to, text, idempotencyKey} as JSON, with a Bearer token, or Basic
 * authentication from credentials in the URL. 2xx is sent; 408, 429, 5xx, network errors and
 * timeouts are retried; any other answer is permanent.
 */
export function httpSmsGateway(options: { url: string; token?: string; timeoutMs?: number }): SmsProvider {
  const timeoutMs = options.timeoutMs ?? 10_000;
  // fetch refuses a URL with credentials, and its error quotes the URL, password and all, into the
  // log and the outbox: they travel in the Authorization header instead
  const target = new URL(options.url);
  const basic = target.username || target.password ? Buffer.from(`${decodeURIComponent(target.username)}:${decodeURIComponent(target.password)}`).toString("base64") : undefined;
  target.username = "";
  target.password = "";
  const authorization = options.token ? `Bearer ${options.token}` : basic ? `Basic ${basic}` : undefined;
  return {
    async send(message, stopping) {
      const timeout = AbortSignal.timeout(timeoutMs);
      let response: Response;
      try {
        response = await fetch(target, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "idempotency-key": message.idempotencyKey,
            ...(authorization ? { authorization } : {}),
          },
          body: JSON.stringify({ to: message.to, text: message.text, idempotencyKey: message.idempotencyKey }),
          signal: stopping ? AbortSignal.any([timeout, stopping]) : timeout,
        });
      } catch (error) {
        const reason = timeout.aborted ? `timed out after ${timeoutMs} ms` : stopping?.aborted ? "given up: the worker is stopping" : describe(error);
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
