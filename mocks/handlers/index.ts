import { http } from 'msw';
import { accountHandlers } from './account';
import { botHandlers } from './bots';
import { demoHandlers } from './demo';
import { api, errorResponse } from './http';

export const handlers = [
  ...accountHandlers,
  ...botHandlers,
  ...demoHandlers,
  // Anything else under /api is an unknown address, answered as JSON like the rest of the API.
  http.all(api('/api/*'), () => errorResponse(404, { message: 'The app asked the server for an address it does not know.' })),
];
