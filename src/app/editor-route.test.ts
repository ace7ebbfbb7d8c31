// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { createEditorHistory, hashOf, isBrokenLink, routeFromHash } from './editor-route';

/** The next popstate, once the history has moved. */
const nextPop = () => new Promise<void>((resolve) => window.addEventListener('popstate', () => resolve(), { once: true }));

describe('the editor in the address', () => {
  it('reads a bot, a new bot and the list from the hash', () => {
    expect(routeFromHash('#/bots/bot-1')).toEqual({ botId: 'bot-1' });
    expect(routeFromHash('#/new-bot')).toEqual({ botId: null });
    for (const hash of ['', '#', '#/', '#/bots', '#/bots/', '#main', '#/new-bot/x', '#/bots/%E0%A4%A']) expect(routeFromHash(hash)).toBeNull();
  });

  it('tells a link to a bot that names none from other fragments (said to the admin, not passed over)', () => {
    expect(['#/bots/', '#/bots/%E0%A4%A'].map(isBrokenLink)).toEqual([true, true]);
    expect(['', '#main', '#/bots/bot-1', '#/new-bot', '#/bots/gone%201'].map(isBrokenLink)).toEqual([false, false, false, false, false]);
  });

  it('writes every id so that it reads back the same, spaces, slashes and hashes included', () => {
    for (const botId of ['bot-1', 'vip 2', 'a/b', '#/new-bot', 'new', '50%', 'Ünïcode ✓', '?x=1&y']) {
      const hash = hashOf({ botId });
      expect(hash).toMatch(/^#\/bots\/[^/#?]+$/);
      expect(routeFromHash(hash)).toEqual({ botId });
    }
    expect(hashOf({ botId: null })).toBe('#/new-bot');
    expect(hashOf(null)).toBe('');
  });
});

describe('history entries of the editor', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/studio/?demo=1');
  });

  it('pushes an entry when an editor opens, and goes back over it when the editor closes, leaving nothing to go Forward to', async () => {
    const history = createEditorHistory(window);
    const length = window.history.length;
    history.show({ botId: 'bot-1' });
    expect(window.location.hash).toBe('#/bots/bot-1');
    expect(window.history.length).toBe(length + 1);

    const popped = nextPop();
    history.show(null);
    await popped;
    expect(history.popped()).toBe('own'); // the page's own move: nothing to do
    expect(window.location.pathname + window.location.search + window.location.hash).toBe('/studio/?demo=1');
    // Opening again replaces the forward entry rather than adding to it.
    history.show({ botId: null });
    expect(window.location.hash).toBe('#/new-bot');
    expect(window.history.length).toBe(length + 1);
  });

  it('tells a Back or Forward of the browser apart from its own, by the route it leads to', async () => {
    const history = createEditorHistory(window);
    history.show({ botId: 'bot-1' });
    let popped = nextPop();
    window.history.back();
    await popped;
    expect(history.popped()).toBeNull();
    popped = nextPop();
    window.history.forward();
    await popped;
    expect(history.popped()).toEqual({ botId: 'bot-1' });
  });

  it('puts the list under an editor opened by a link from outside, so that closing it (or Back) stays in the studio', async () => {
    window.history.replaceState(null, '', '/studio/?demo=1#/bots/vip%202');
    const history = createEditorHistory(window);
    const length = window.history.length;
    history.show({ botId: 'vip 2' });
    expect(window.history.length).toBe(length + 1);
    expect(window.location.hash).toBe('#/bots/vip%202');

    const popped = nextPop();
    history.show(null);
    await popped;
    expect(history.popped()).toBe('own');
    expect(window.location.hash).toBe('');
    expect(window.location.pathname + window.location.search).toBe('/studio/?demo=1');
  });

  it('replaces, rather than goes back over, an editor entry an earlier load of the page made (a reload): Back to it would load the page again', () => {
    window.history.replaceState({ salesbotStudioPage: 'an earlier load' }, '', '/studio/?demo=1#/bots/bot-2');
    const history = createEditorHistory(window);
    const length = window.history.length;
    history.show({ botId: 'bot-2' }); // opened by the reload: it already says so
    expect(window.history.length).toBe(length);
    let popped = false;
    const onPop = () => (popped = true);
    window.addEventListener('popstate', onPop);
    history.show(null);
    window.removeEventListener('popstate', onPop);
    expect(popped).toBe(false); // replaced at once, no traversal
    expect(window.location.hash).toBe('');
    expect(window.history.length).toBe(length);
  });

  it('waits for its own Back to land before it pushes the next editor, which would otherwise be the entry Back removes', async () => {
    const history = createEditorHistory(window);
    history.show({ botId: 'bot-1' });
    const length = window.history.length;
    const popped = nextPop();
    history.show(null);
    history.show({ botId: 'bot-2' }); // opened before the Back has landed
    expect(window.location.hash).toBe('#/bots/bot-1');
    expect(window.history.length).toBe(length);
    await popped;
    expect(history.popped()).toBe('own');
    expect(window.location.hash).toBe('');
    history.show({ botId: 'bot-2' });
    expect(window.location.hash).toBe('#/bots/bot-2');
    expect(window.history.length).toBe(length); // in bot-1's place
  });

  /** An address typed into the browser (or a link followed): a new entry, as the browser makes it. */
  async function typeAddress(hash: string) {
    const popped = nextPop();
    window.location.hash = hash;
    await popped;
  }

  it('leaves an address typed over an open editor, and the editor\'s entry, for the list: what opens next is then one Back from the list', async () => {
    window.history.pushState(null, '', '/studio/?demo=1'); // no entries ahead (earlier tests)
    const history = createEditorHistory(window);
    const length = window.history.length;
    history.show({ botId: 'bot-1' });
    await typeAddress('#/bots/bot-2');
    const landed = nextPop();
    expect(history.popped()).toEqual({ botId: 'bot-2' }); // the app asks the editor to close, and opens bot-2
    history.show({ botId: 'bot-2' }); // not yet: the page is on its way to the list
    expect(window.location.hash).toBe('#/bots/bot-2');
    await landed;
    expect(history.popped()).toBe('own');
    expect(window.location.hash).toBe('');
    history.show({ botId: 'bot-2' });
    expect(window.location.hash).toBe('#/bots/bot-2');
    expect(window.history.length).toBe(length + 1); // list, bot-2: nothing of bot-1, no second list

    // Back goes to the list, which is the page's own (not taken for a new entry).
    const back = nextPop();
    window.history.back();
    await back;
    expect(history.popped()).toBeNull();
    expect(window.history.length).toBe(length + 1);
  });

  it('takes an address typed over the list as the page\'s entry, rather than putting a second list under it', async () => {
    window.history.pushState(null, '', '/studio/?demo=1'); // no entries ahead (earlier tests)
    const history = createEditorHistory(window);
    const length = window.history.length;
    await typeAddress('#/bots/bot-2');
    expect(history.popped()).toEqual({ botId: 'bot-2' });
    history.show({ botId: 'bot-2' });
    expect(window.history.length).toBe(length + 1);
    // So closing it goes back to the list under it.
    const popped = nextPop();
    history.show(null);
    await popped;
    expect(history.popped()).toBe('own');
    expect(window.location.hash).toBe('');
  });

  it('replaces a link to a bot that is not there with the list', () => {
    window.history.replaceState(null, '', '/studio/?demo=1#/bots/gone');
    const history = createEditorHistory(window);
    const length = window.history.length;
    history.showListInstead();
    expect(window.location.hash).toBe('');
    expect(window.history.length).toBe(length);
  });
});
