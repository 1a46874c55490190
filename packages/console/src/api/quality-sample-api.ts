import {
  type DrawSampleRequest,
  type QualityReviewersResponse,
  QualityReviewersResponseSchema,
  type SampleDraw,
  SampleDrawSchema,
  type SampleSettings,
  SampleSettingsSchema,
  type SamplesResponse,
  SamplesResponseSchema,
} from '@refdesk/protocol/responder';
import type { HttpClient } from './http-client.ts';

export interface QualitySampleApi {
  /** The sampling rule and the draws (quality team). */
  qualitySamples(): Promise<SamplesResponse>;
  /** Sets the rule (coordinators). */
  saveSampleSettings(settings: SampleSettings): Promise<SampleSettings>;
  /** Draws now (coordinators): the chats land in the reviewers' inbox. */
  drawSample(request: DrawSampleRequest): Promise<SampleDraw>;
  /** The quality team a case may be assigned to. */
  qualityReviewers(): Promise<QualityReviewersResponse>;
}

/**
 * The quality program's rotating random sample and its team.
 *
 * @example
 * const draw = await qualitySampleApi(http).drawSample({ period: 'current' });
 */
export function qualitySampleApi(http: HttpClient): QualitySampleApi {
  return {
    qualitySamples: () => http.get('/api/quality/samples', SamplesResponseSchema),
    saveSampleSettings: (settings) =>
      http.send('PUT', '/api/quality/sample-settings', settings, SampleSettingsSchema),
    drawSample: (request) => http.send('POST', '/api/quality/samples', request, SampleDrawSchema),
    qualityReviewers: () => http.get('/api/quality/reviewers', QualityReviewersResponseSchema),
  };
}
