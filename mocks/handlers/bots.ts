// /api/bots: a careful backend. A failed request changes nothing stored (except the injected "409",
// which plays another admin's save). Order of checks for a save: unknown id (404) → injected
// failure → unreadable body (422) → validation (422) → the bot as stored now: gone (404), another
// version (409), over 64 KB at its next version (422) → store. A change the browser
// refuses to store (its storage is full) is a 507, and nothing changes (see db's commit()).
import { http, HttpResponse } from 'msw';
import { assertNever, validateBot, type Bot } from '../../src/domain';
import type { SaveFailure } from '../../src/api/demo-schema';
import { db } from '../db';
import { api, errorResponse, readJsonObject, simulateLatency, storing, validationFailed } from './http';

const notFound = () => errorResponse(404, { message: 'This bot does not exist any more; it may have been deleted.' });

const conflict = (current: Bot) =>
  errorResponse(409, {
    message: 'Another admin saved this bot while you were editing it. Load their version or overwrite it with yours.',
    current,
  });

/** The answer an injected 500 or network failure gives, or null to go on. */
function injectedFailure(failure: Exclude<SaveFailure, '409'> | 'none'): Response | null {
  switch (failure) {
    case 'none':
      return null;
    case '500':
      return errorResponse(500, { message: 'The server had a problem and nothing was saved. Try again in a moment.' });
    case 'network':
      return HttpResponse.error();
    default:
      return assertNever(failure);
  }
}

/** Plays another admin saving the bot first: its stored version goes up by one. */
function otherAdminSaves(stored: Bot): Bot {
  return db.replace({ ...stored, version: stored.version + 1 });
}

export const botHandlers = [
  http.get(api('/api/bots'), async () => {
    await simulateLatency();
    return HttpResponse.json(db.bots());
  }),

  http.get<{ id: string }>(api('/api/bots/:id'), async ({ params }) => {
    await simulateLatency();
    const bot = db.bot(params.id);
    return bot ? HttpResponse.json(bot) : notFound();
  }),

  http.post(api('/api/bots'), ({ request }) =>
    storing(['store the bot'], async () => {
      await simulateLatency();
      // A new bot cannot conflict with anyone: an armed "409" waits for the next PUT or DELETE.
      const failure = db.takeSaveFailure((f) => f !== '409');
      const failed = injectedFailure(failure === '409' ? 'none' : failure);
      if (failed) return failed;

      const body = await readJsonObject(request);
      if (!body.ok) return body.response;
      // The server assigns the id and the first version; whatever the body says about them is ignored.
      const { id: _id, version: _version, ...rest } = body.value;
      db.reload(); // another tab may have taken the next id since this tab last read the storage
      const id = db.nextBotId();
      const result = validateBot({ ...rest, id, version: 1 }, db.account());
      if (!result.ok) return validationFailed(result.errors);
      const created = db.create(result.value);
      return HttpResponse.json(created, { status: 201, headers: { Location: `/api/bots/${encodeURIComponent(created.id)}` } });
    }),
  ),

  http.put<{ id: string }>(api('/api/bots/:id'), ({ params, request }) =>
    storing(['store the bot'], async () => {
      await simulateLatency();
      db.reload(); // as another tab left the storage
      const stored = db.bot(params.id);
      if (!stored) return notFound();
      const failure = db.takeSaveFailure();
      if (failure === '409') otherAdminSaves(stored); // compared below, as stored then
      else {
        const failed = injectedFailure(failure);
        if (failed) return failed;
      }

      const body = await readJsonObject(request);
      if (!body.ok) return body.response;
      if ('id' in body.value && body.value.id !== params.id) {
        return validationFailed([{ path: 'id', message: 'The bot id does not match the bot being saved.' }]);
      }
      const result = validateBot({ ...body.value, id: params.id }, db.account());
      if (!result.ok) return validationFailed(result.errors);
      // The version is compared with the bot as stored now, not as read before the body came: a
      // save or a deletion may have happened meanwhile, in this tab or another one (its storage).
      db.reload();
      const current = db.bot(params.id);
      if (!current) return notFound();
      if (result.value.version !== current.version) return conflict(current);
      // V14 holds for the bot as stored: its next version may be one digit longer (9 → 10).
      const next = validateBot({ ...result.value, version: current.version + 1 }, db.account());
      if (!next.ok) return validationFailed(next.errors);
      return HttpResponse.json(db.replace(next.value));
    }),
  ),

  http.delete<{ id: string }>(api('/api/bots/:id'), ({ params }) =>
    storing(['record the deletion', 'Free some space and try again.'], async () => {
      await simulateLatency();
      db.reload(); // as another tab left the storage
      const stored = db.bot(params.id);
      if (!stored) return notFound();
      const failure = db.takeSaveFailure();
      if (failure === '409') return conflict(otherAdminSaves(stored));
      const failed = injectedFailure(failure);
      if (failed) return failed;
      db.remove(params.id);
      return new HttpResponse(null, { status: 204 });
    }),
  ),
];
