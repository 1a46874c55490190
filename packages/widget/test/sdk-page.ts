// A library's own page built with the npm SDK (bundled by the test, served from another origin
// than the Refdesk server): `?mode=widget` mounts the widget; the headless client and the survey
// fetch are left on `window.refdesk` for the test to drive, as the page's own code would.
import { type ChatClient, createChatClient, fetchSurveyQuestions, mount } from '../src/index.ts';

/** What the page leaves on `window` for the test; `client` is the one the test made. */
export interface SdkPageGlobals {
  refdesk: {
    server: string;
    createChatClient: typeof createChatClient;
    fetchSurveyQuestions: typeof fetchSurveyQuestions;
  };
  client: ChatClient;
}

const params = new URLSearchParams(location.search);
const server = params.get('server') ?? '';
if (params.get('mode') === 'widget') mount({ libraryId: 'springfield', server });
Object.assign(globalThis, { refdesk: { server, createChatClient, fetchSurveyQuestions } });
