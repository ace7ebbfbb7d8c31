import { http } from 'msw';
import { accountHandlers } from './account';
import { botHandlers } from './bots';
import { demoHandlers } from './demo';
import { api, errorResponse } from './http';

/** The API's addresses and the methods each takes (SPEC §9 and the demo's own). */
const ADDRESSES: { pattern: RegExp; methods: string[] }[] = [
  { pattern: /^\/api\/account$/, methods: ['GET'] },
  { pattern: /^\/api\/bots$/, methods: ['GET', 'POST'] },
  { pattern: /^\/api\/bots\/[^/]+$/, methods: ['GET', 'PUT', 'DELETE'] },
  { pattern: /^\/api\/demo\/settings$/, methods: ['GET', 'PUT'] },
  { pattern: /^\/api\/demo\/reset$/, methods: ['POST'] },
];

export const handlers = [
  ...accountHandlers,
  ...botHandlers,
  ...demoHandlers,
  // Anything else under /api, answered as JSON like the rest of the API: a known address asked
  // with a method it does not take is 405 with the methods it does take (Allow), as HTTP says;
  // any other address is 404.
  http.all(api('/api/*'), ({ request }) => {
    const path = new URL(request.url).pathname;
    const known = ADDRESSES.find((a) => a.pattern.test(path));
    if (known === undefined) return errorResponse(404, { message: 'The app asked the server for an address it does not know.' });
    const allow = known.methods.join(', ');
    return errorResponse(405, { message: `${path} does not take ${request.method}; it takes ${allow}.` }, { Allow: allow });
  }),
];
