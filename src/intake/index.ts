/** E-mail and fax intake: the IMAP poller and the SMTP receiver, durable storage of raw mail, threading, loop and spoofing rules. */
export { startMailIntake, mailThreading, type MailIntake } from "./mail-intake.js";
export { pollMailbox, startImapPolling, TAKEN_KEYWORD, type MailboxOptions, type PollReport } from "./imap-poller.js";
export { startSmtpReceiver, type SmtpReceiver } from "./smtp-receiver.js";
export { receiveMessage, PROCESS_TIMER_KIND, type ReceivedMessage } from "./receive-message.js";
export { processInboundTimer, processInboundMessage, INTAKE_DEFAULTS } from "./process-inbound-message.js";
export { intakeRoutes } from "./intake.routes.js";

import { processInboundTimer } from "./process-inbound-message.js";
import { PROCESS_TIMER_KIND } from "./receive-message.js";

/** The timer kinds of intake and their handlers. */
export const intakeTimerHandlers = { [PROCESS_TIMER_KIND]: processInboundTimer };
