import type { ChatId, ResponderId } from '@refdesk/protocol';
import type { Millis } from '../model.ts';

export interface SurveyRecord {
  chatId: ChatId;
  /** 1 to 5. */
  rating: number;
  comment: string | null;
  at: Millis;
}

export interface QualityForwardRecord {
  chatId: ChatId;
  responderId: ResponderId;
  comment: string;
  at: Millis;
}

/** Patron surveys and responders' forwards to quality review: written by the room, read by reports. */
export interface FeedbackStore {
  /** Stores the chat's survey; returns false (and keeps the first) when the chat already has one. */
  insertSurvey(chatId: ChatId, rating: number, comment: string | null, at: Millis): boolean;
  survey(chatId: ChatId): SurveyRecord | undefined;
  insertQualityForward(chatId: ChatId, responderId: ResponderId, comment: string, at: Millis): void;
  /** Forwards of a chat, oldest first. */
  qualityForwards(chatId: ChatId): QualityForwardRecord[];
}
