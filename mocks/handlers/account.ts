import { http, HttpResponse } from 'msw';
import { db } from '../db';
import { api, simulateLatency } from './http';

export const accountHandlers = [
  http.get(api('/api/account'), async () => {
    await simulateLatency();
    return HttpResponse.json(db.account());
  }),
];
