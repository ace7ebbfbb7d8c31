import { http, HttpResponse } from 'msw';
import { db } from '../db';

export const botHandlers = [http.get('/api/bots', () => HttpResponse.json(db.bots()))];
