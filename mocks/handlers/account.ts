import { http, HttpResponse } from 'msw';
import { db } from '../db';

export const accountHandlers = [http.get('/api/account', () => HttpResponse.json(db.account()))];
