// Satisfaction-survey invitations and answers: the table types (the migrations create the tables).
import type { Generated } from "kysely";
import type { Language, Timestamp } from "../db/column-types.js";

export interface SurveyInvitationsTable {
  id: Generated<string>;
  tokenHash: string;
  reminderTokenHash: string | null;
  caseId: string;
  resolutionCycle: number;
  email: string | null;
  phone: string | null;
  language: Generated<Language>;
  createdAt: Timestamp;
  expiresAt: Timestamp;
  remindedAt: Timestamp | null;
  usedAt: Timestamp | null;
}

export interface SurveyAnswersTable {
  id: Generated<string>;
  caseId: string;
  invitationId: string | null;
  responseSpeed: number;
  professionalism: number;
  resolution: number;
  overall: number;
  comment: string | null;
  via: "link" | "portal";
  answeredBy: string | null;
  engineerId: string | null;
  vendor: string;
  caseType: string;
  answeredAt: Timestamp;
}

/** The surveys module's tables, one `extends` of the `DB` interface (src/db/schema.ts). */
export interface SurveysTables {
  surveyInvitations: SurveyInvitationsTable;
  surveyAnswers: SurveyAnswersTable;
}
