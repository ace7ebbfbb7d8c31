// /api/demo: the demo switches, settable from the page and from tests. No latency here.
import { http, HttpResponse } from 'msw';
import { fromZodIssues } from '../../src/domain';
import { DemoSettingsPatch } from '../../src/api/demo-schema';
import { db } from '../db';
import { api, errorResponse, readJsonObject, storing } from './http';

export const demoHandlers = [
  http.get(api('/api/demo/settings'), () => HttpResponse.json(db.settings())),

  http.put(api('/api/demo/settings'), async ({ request }) => {
    const body = await readJsonObject(request);
    if (!body.ok) return body.response;
    const patch = DemoSettingsPatch.safeParse(body.value);
    if (!patch.success) {
      return errorResponse(422, { message: 'These demo settings are not valid.', errors: fromZodIssues(patch.error.issues) });
    }
    return storing(['store the demo settings', 'Free some space and try again.'], () => Promise.resolve(HttpResponse.json(db.updateSettings(patch.data))));
  }),

  /** Restores the seed bots and the default switches; answers with the switches. */
  http.post(api('/api/demo/reset'), () =>
    storing(['store the reset demo data', 'Free some space and try again.'], () => {
      db.reset();
      return Promise.resolve(HttpResponse.json(db.settings()));
    }),
  ),
];
