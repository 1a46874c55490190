import { type AccountApi, accountApi } from './account-api.ts';
import { type BlockApi, blockApi } from './block-api.ts';
import { type ChatApi, chatApi } from './chat-api.ts';
import { type CoordinationApi, coordinationApi } from './coordination-api.ts';
import { type FollowUpApi, followUpApi } from './follow-up-api.ts';
import { type FollowUpDutyApi, followUpDutyApi } from './follow-up-duty-api.ts';
import { createHttpClient, type HttpClient } from './http-client.ts';
import { type LibraryApi, libraryApi } from './library-api.ts';
import { type MemberReferralApi, memberReferralApi } from './member-referral-api.ts';
import { type PatronRequestApi, patronRequestApi } from './patron-request-api.ts';
import { type PolicyApi, policyApi } from './policy-api.ts';
import { type PrivacyApi, privacyApi } from './privacy-api.ts';
import { type QualityApi, qualityApi } from './quality-api.ts';
import { type QualitySampleApi, qualitySampleApi } from './quality-sample-api.ts';
import { type ReportApi, reportApi } from './report-api.ts';
import { type ScheduleApi, scheduleApi } from './schedule-api.ts';
import { type ScriptApi, scriptApi } from './script-api.ts';
import { type SessionApi, sessionApi } from './session-api.ts';
import { type SurveyApi, surveyApi } from './survey-api.ts';

/** Every HTTP endpoint the console uses. */
export type RefdeskApi = SessionApi &
  LibraryApi &
  PolicyApi &
  ScriptApi &
  FollowUpApi &
  ChatApi &
  AccountApi &
  ScheduleApi &
  CoordinationApi &
  PrivacyApi &
  FollowUpDutyApi &
  ReportApi &
  QualityApi &
  BlockApi &
  PatronRequestApi &
  QualitySampleApi &
  SurveyApi &
  MemberReferralApi;

/**
 * The console's typed HTTP client. One instance per page: it holds the CSRF token.
 *
 * @example
 * const api = createApi();
 * await api.signIn('ben@shelbyville.example', password);
 * const page = await api.policy(chat.homeLibrary.id);
 */
export function createApi(http: HttpClient = createHttpClient()): RefdeskApi {
  return {
    ...sessionApi(http),
    ...libraryApi(http),
    ...policyApi(http),
    ...scriptApi(http),
    ...followUpApi(http),
    ...chatApi(http),
    ...accountApi(http),
    ...scheduleApi(http),
    ...coordinationApi(http),
    ...privacyApi(http),
    ...followUpDutyApi(http),
    ...reportApi(http),
    ...qualityApi(http),
    ...blockApi(http),
    ...patronRequestApi(http),
    ...qualitySampleApi(http),
    ...surveyApi(http),
    ...memberReferralApi(http),
  };
}
