import type { Config } from "../config.js";
import { smtpTransport, type EmailTransport } from "./email.channel.js";
import { httpSmsGateway, type SmsProvider } from "./sms.channel.js";

/** The ways out; a channel without a transport keeps its rows pending until one is configured. */
export type Transports = { email?: EmailTransport; sms?: SmsProvider };

type TransportConfig = Pick<Config, "smtpUrl" | "smtpFrom" | "smsGatewayUrl" | "smsGatewayToken"> &
  Partial<Pick<Config, "smtpTimeoutMs" | "smtpConcurrency" | "smsGatewayTimeoutMs">>;

/** E-mail when SMTP_URL is set, SMS when SMS_GATEWAY_URL is set; each send bounded by its channel's timeout. */
export function transportsFromConfig(config: TransportConfig): Transports {
  return {
    ...(config.smtpUrl
      ? { email: smtpTransport({ url: config.smtpUrl, from: config.smtpFrom, timeoutMs: config.smtpTimeoutMs, maxConnections: config.smtpConcurrency }) }
      : {}),
    ...(config.smsGatewayUrl ? { sms: httpSmsGateway({ url: config.smsGatewayUrl, token: config.smsGatewayToken, timeoutMs: config.smsGatewayTimeoutMs }) } : {}),
  };
}
