import type { InboundSummaryRow } from "./inbound.repository.js";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** An incoming message as operators see it: where it came from, what became of it and why. */
export function presentInbound(m: InboundSummaryRow) {
  return {
    id: m.id,
    source: m.source,
    sourceRef: m.sourceRef,
    messageId: m.messageId,
    sizeBytes: m.sizeBytes,
    envelopeFrom: m.envelopeFrom,
    sender: m.sender,
    subject: m.subject,
    status: m.status,
    reason: m.reason,
    detail: m.detail,
    outcome: m.outcome,
    caseId: m.caseId,
    channel: m.channel,
    attachments: m.attachments,
    acknowledgedAt: iso(m.acknowledgedAt),
    ackSkipped: m.ackSkipped,
    receivedAt: m.receivedAt.toISOString(),
    processedAt: iso(m.processedAt),
  };
}

export function presentUnverified(u: { caseId: string; caseNumber: string; caseSubject: string; caseChannel: string; email: string | null; name: string | null; inboundMessageId: string | null; createdAt: Date }) {
  return {
    caseId: u.caseId,
    caseNumber: u.caseNumber,
    caseSubject: u.caseSubject,
    channel: u.caseChannel,
    email: u.email,
    name: u.name,
    inboundMessageId: u.inboundMessageId,
    createdAt: u.createdAt.toISOString(),
  };
}
