import { http, matchRequestUrl } from 'msw';
import { accountHandlers } from './account';
import { botHandlers } from './bots';
import { demoHandlers } from './demo';
import { api, errorResponse } from './http';

const served = [...accountHandlers, ...botHandlers, ...demoHandlers];

/** The methods the handlers above take at this URL (read off them, so that the two cannot drift). */
function methodsAt(url: URL): string[] {
  const methods = served
    .filter((h) => (typeof h.info.path === 'string' || h.info.path instanceof RegExp) && matchRequestUrl(url, h.info.path).matches)
    .map((h) => String(h.info.method));
  return [...new Set(methods)];
}

export const handlers = [
  ...served,
  // Anything else under /api, answered as JSON like the rest of the API: a known address asked
  // with a method it does not take is 405 with the methods it does take (Allow), as HTTP says;
  // any other address is 404.
  http.all(api('/api/*'), ({ request }) => {
    const url = new URL(request.url);
    const methods = methodsAt(url);
    if (methods.length === 0) return errorResponse(404, { message: 'The app asked the server for an address it does not know.' });
    const allow = methods.join(', ');
    return errorResponse(405, { message: `${url.pathname} does not take ${request.method}; it takes ${allow}.` }, { Allow: allow });
  }),
];
