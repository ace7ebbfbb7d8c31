import { useEffect, useId, useImperativeHandle, useReducer, useRef, useState, type ReactNode, type Ref, type RefObject } from 'react';
import { ApiError, useAccount, useBots, useDeleteBot } from '../../../api';
import { idsOfRepeatedNames, nameWithId, type Account, type Bot } from '../../../domain';
import { SWITCH_CLASS, SwitchThumb } from '../../../components/ui/switch';
import { closeOnEscape } from '../../../lib/close-on-escape';
import { count } from '../../../lib/count';
import { useSettled } from '../../../lib/use-settled';
import { downloadText, fileNameOf } from '../../../lib/download-text';
import { focusIsLost, useFocusAfterRender } from '../../../lib/use-focus-after-render';
import { useOpenTabSlots } from '../../../lib/use-open-tab-slots';
import { canTellOpenTabs } from '../../../lib/tab-slot';
import { useEnabledToggles } from './enabled-toggle';
import { offerWords, useFormatLocal, type OfferText } from './offer-words';
import { nameMatches, searchKey } from './bot-search';
import './bot-list.css';

/**
 * `lines`: the first triggers in words, `more`: how many are left out; `rules`: conditions and
 * active hours in words; `warnings`: what keeps the bot (or some of its triggers) from starting.
 */
export type TriggerSummary = { lines: string[]; more: number; rules?: string[]; warnings?: string[] };

/** A bot's line while the account (its stages, users, zone) could not be loaded. */
const UNDESCRIBED = 'What this bot does shows once the account loads.';

/**
 * An unsaved draft kept in this browser: the name it gives the bot, and when it was last changed (an
 * ISO instant; '' or none when not known), which tells apart offers of drafts of one name.
 */
export type DraftNote = { name: string; savedAt?: string };

/** The drafts this browser keeps, as the list uses them (composed in src/app from the trigger-setup feature). */
export type ListDrafts = {
  /** The unsaved draft of a bot (`botId` null: a new bot), if there is one. */
  of(botId: string | null, bot: Bot | null): DraftNote | null;
  /** Drafts of bots not among `knownIds` (deleted elsewhere while this browser held the changes). */
  orphans(knownIds: readonly string[]): (DraftNote & { botId: string })[];
  /** Makes such a draft the new bot's; false when an unsaved new bot is already there. */
  adopt(botId: string): boolean;
  discard(botId: string): void;
  /**
   * New bots other tabs are creating, or were creating when they closed (`slot`: where each is
   * kept; `eventsOnly`: a new bot with simulator events but no change to its form, hence no draft).
   * Those of tabs still open are only pointed at: see useOpenTabSlots.
   */
  others?(): (DraftNote & { slot: string; eventsOnly?: boolean })[];
  /** Makes such a new bot this tab's; false when this tab has an unsaved new bot already. */
  continueOther?(slot: string): boolean | Promise<boolean>;
  /** Forgets such a new bot; the list reads the drafts again once it resolves. */
  discardOther?(slot: string): void | Promise<void>;
  /** Drafts kept in this browser that cannot be read (another version wrote them), as they were kept; `botId` null: a new bot. */
  unreadable?(): { key: string; botId: string | null; text: string }[];
  discardUnreadable?(key: string): void;
};

type BotListProps = {
  /** Opens the Trigger setup dialog for a bot (`null`: a new bot). */
  onOpen(botId: string | null): void;
  /** A bot in words (composed in src/app from the trigger-setup feature). */
  summarize(bot: Bot, account: Account): TriggerSummary;
  /** The drafts this browser keeps: marked on their bots, offered again when their bot is new or gone. */
  drafts?: ListDrafts;
  /** After a bot is deleted here: forget what was kept for it, say it is gone. */
  onDeleted?(bot: Bot): void;
  /** After a bot is switched on or off here (saved): say so. Its draft, if any, stays as it is. */
  onEnabledChanged?(bot: Bot): void;
  /** A bot deleted elsewhere took the row the focus was in (the focus has moved on): say so. */
  onDeletedElsewhere?(bot: Bot): void;
  /** The "New bot" button, for the app to give the focus to. */
  newBotRef?: RefObject<HTMLButtonElement | null>;
  /**
   * The admin starts something in the list (presses a bot's switch or its Delete): whatever the page
   * said of an earlier action is out of date. (Opening a bot is `onOpen`.)
   */
  onActionStart?(): void;
  /** What the app asks of the list (see BotListHandle). */
  ref?: Ref<BotListHandle>;
  /**
   * "Find a bot" as the admin left it, and where to keep each change of it: the app keeps it while
   * the page is open, so that the list rendered again ("Try again" after an error) searches as before.
   */
  search?: { text: string; keep(text: string): void };
};

export type BotListHandle = {
  /**
   * Puts the focus on a bot's name in the list (a bot just created, whose dialog has closed): at once
   * when its row is there, else once it comes (the list is fetched again), while the focus stays where
   * it is now. The bot is shown even when the search would hide it.
   */
  focusBot(botId: string): void;
};

/** Where the focus goes once the list has rendered: a bot's name or Delete button; `id` null: "New bot". */
type FocusTarget = { id: string | null; part: 'name' | 'delete' | 'switch' };

/**
 * Renders again when localStorage (where drafts are kept) changes: in another tab (its `storage`
 * event), or here (call the returned function).
 */
function useStorageChanges(): () => void {
  const [, bump] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const changed = () => bump();
    window.addEventListener('storage', changed);
    return () => window.removeEventListener('storage', changed);
  }, []);
  return bump;
}

/**
 * The "Salesbots" list: each bot's name, whether it is on, its triggers, conditions and active hours
 * in words, and whether it has unsaved changes; a new bot left unsaved, or the draft of a bot deleted
 * elsewhere, can be taken up again.
 */
export function BotList({ onOpen, summarize, drafts, onDeleted, onEnabledChanged, onDeletedElsewhere, newBotRef, onActionStart, ref, search: kept }: BotListProps) {
  const bots = useBots();
  const account = useAccount();
  const [confirming, setConfirming] = useState<string | null>(null);
  const deleteBot = useDeleteBot();
  const draftsChanged = useStorageChanges();
  const orphanId = useId();
  const [blockedOrphan, setBlockedOrphan] = useState<string | null>(null);
  const ownNewBot = useRef<HTMLButtonElement>(null);
  const newBot = newBotRef ?? ownNewBot;
  const items = useRef(new Map<string, HTMLLIElement>());
  // The confirmation's buttons go away once it is answered: the focus moves on, not to the body.
  const focusNext = useFocusAfterRender();
  const setFocusTarget = ({ id, part }: FocusTarget) =>
    focusNext(() => (id === null ? undefined : items.current.get(id))?.querySelector<HTMLButtonElement>(part === 'switch' ? '[role="switch"]' : `.bots-${part}`) ?? newBot.current);

  // "Find a bot": the list shows the bots whose names hold what is typed (letter case, accents and
  // outer spaces aside). A bot the admin acted on since the search last changed (opened, created)
  // stays shown even when its name no longer matches (renamed in the dialog, or created under
  // another name): its row is where the focus comes back to, and a row vanishing under the admin
  // is confusing. It says why it is there, and goes with the next change of the search.
  const [query, setQuery] = useState(() => kept?.text ?? '');
  const [held, setHeld] = useState<ReadonlySet<string>>(() => new Set());
  const searchBox = useRef<HTMLInputElement>(null);
  const searchId = useId();
  const search = (text: string) => {
    setQuery(text);
    setHeld(new Set());
    kept?.keep(text);
  };
  const holdInView = (botId: string) => setHeld((ids) => (ids.has(botId) ? ids : new Set([...ids, botId])));
  const searching = searchKey(query) !== '';
  const matches = (bot: Bot) => !searching || nameMatches(bot.name, query);
  const allBots = bots.data ?? [];
  const visibleBots = allBots.filter((bot) => matches(bot) || held.has(bot.id));
  const matchCount = searching ? allBots.filter(matches).length : allBots.length;
  const matchWords = (text: string, n: number) =>
    n === 0 ? `No bot matches “${text.trim()}”.` : `${n.toLocaleString('en-US')} of ${count(allBots.length, 'bot')} ${n === 1 ? 'matches' : 'match'} “${text.trim()}”.`;
  // Said once the typing pauses, and only for a change of the search: a list fetched again (a bot
  // saved, another tab's change) does not say the count again over the app's status line.
  const settledQuery = useSettled(query);
  const [spokenFor, setSpokenFor] = useState(settledQuery);
  const [spokenMatches, setSpokenMatches] = useState('');
  const wordsFor = (text: string) =>
    searchKey(text) === ''
      ? allBots.length > 0
        ? `Search cleared: all ${count(allBots.length, 'bot')} listed.`
        : ''
      : matchWords(text, allBots.filter((bot) => nameMatches(bot.name, text)).length);
  if (settledQuery !== spokenFor) {
    setSpokenFor(settledQuery);
    setSpokenMatches(wordsFor(settledQuery));
  } else if (spokenMatches !== '' && spokenMatches !== wordsFor(settledQuery)) {
    // The list changed under the search (a deletion, a rename, another tab's change): the count said
    // no longer holds. Emptied, quietly: the change is said by the app, and the line under the box
    // (its description) shows the new count; a status holding the old one contradicted it.
    setSpokenMatches('');
  }

  useImperativeHandle(
    ref,
    () => ({
      focusBot(botId) {
        setHeld((ids) => (ids.has(botId) ? ids : new Set([...ids, botId])));
        // Not once the admin has moved the focus elsewhere meanwhile (a row that comes late).
        const from = document.activeElement;
        const find = () => (document.activeElement === from || focusIsLost() ? items.current.get(botId)?.querySelector<HTMLButtonElement>('.bots-name') : null);
        const row = find();
        if (row) row.focus();
        else focusNext(find);
      },
    }),
    [focusNext],
  );

  // Bots that share a name are told apart by their ids, as the simulator's results tell them apart:
  // two "Delete VIP welcome" buttons and two "Bot on: VIP welcome" switches said nothing of which.
  const repeatedNames = idsOfRepeatedNames(bots.data ?? []);
  const nameOf = (bot: Bot) => (repeatedNames.has(bot.id) ? nameWithId(bot) : bot.name);
  // The on/off switch of each bot. A bot deleted elsewhere leaves the list with the focused switch:
  // the focus goes on as after a deletion here.
  const toggles = useEnabledToggles(onEnabledChanged, (bot, failure) => {
    if (!failure.gone) return;
    const list = visibleBots;
    const at = list.findIndex((b) => b.id === bot.id);
    const neighbour = list[at + 1] ?? list[at - 1] ?? null;
    setFocusTarget({ id: neighbour?.id ?? null, part: 'name' });
  }, nameOf);
  const goneToggles = [...toggles.failures.values()].filter((f) => f.gone);

  /**
   * "Try again" for whatever failed to load (the bots, the account, or both: one button). It goes away
   * with the failure it answers: once all came, the focus goes to the first bot (else "New bot"),
   * unless it was moved elsewhere meanwhile.
   */
  const retryLoads = (button: HTMLElement) =>
    void Promise.all([bots.isError ? bots.refetch() : null, account.isError ? account.refetch() : null]).then(([b, a]) => {
      if ((b !== null && !b.isSuccess) || (a !== null && !a.isSuccess)) return;
      const list = b !== null ? b.data : bots.data;
      const first = list?.find((bot) => matches(bot) || held.has(bot.id));
      if (document.activeElement === button || focusIsLost()) setFocusTarget({ id: first?.id ?? null, part: 'name' });
    });

  // A bot deleted elsewhere (another tab, another admin) leaves the list when it is fetched again. When
  // the focus was in its row (its name, switch or Delete, its delete confirmation), it went with the row:
  // it goes on as after a deletion here, and the app says why, politely. Other rows leave quietly.
  const deletedElsewhere = useRef(onDeletedElsewhere);
  useEffect(() => {
    deletedElsewhere.current = onDeletedElsewhere;
  });
  const focusedRow = useRef<string | null>(null);
  const shownBots = useRef<readonly Bot[]>([]);
  useEffect(() => {
    if (!bots.data) return;
    const before = shownBots.current;
    const now = bots.data;
    shownBots.current = now;
    const listed = new Set(now.map((b) => b.id));
    // Deleted here, or found gone by its switch: said, and the focus moved, where that was done.
    const deletedHere = deleteBot.isError ? undefined : deleteBot.variables;
    const gone = before.filter((b) => !listed.has(b.id) && b.id !== deletedHere && !toggles.failures.get(b.id)?.gone);
    const lost = gone.find((b) => focusedRow.current === b.id || confirming === b.id);
    if (!lost) return;
    focusedRow.current = null;
    if (focusIsLost()) {
      // The nearest row still shown (the search may hide some).
      const at = before.indexOf(lost);
      const name = [...before.slice(at + 1), ...before.slice(0, at).reverse()]
        .filter((b) => listed.has(b.id))
        .map((b) => items.current.get(b.id)?.querySelector<HTMLButtonElement>('.bots-name'))
        .find((el) => el);
      (name ?? newBot.current)?.focus();
    }
    deletedElsewhere.current?.(lost);
  }, [bots.data, deleteBot.isError, deleteBot.variables, toggles.failures, confirming, newBot]);

  const confirmDelete = (bot: Bot) => {
    // After a deletion the focus goes to the next bot, else the previous one, else "New bot".
    const list = visibleBots;
    const at = list.findIndex((b) => b.id === bot.id);
    const neighbour = list[at + 1] ?? list[at - 1] ?? null;
    deleteBot.mutate(bot.id, {
      onSuccess: () => {
        onDeleted?.(bot);
        setFocusTarget({ id: neighbour?.id ?? null, part: 'name' });
      },
      onError: () => setFocusTarget({ id: bot.id, part: 'delete' }),
      onSettled: () => setConfirming(null),
    });
  };
  // A failed deletion is said in the bot's own row, beside the Delete button the focus returns to
  // (at the top of a long list it was out of sight); at the top only if the bot is gone from the list.
  const deleteError = !deleteBot.isError
    ? null
    : deleteBot.error instanceof ApiError && deleteBot.error.status === 409
      ? // The server's 409 sentence speaks of loading or overwriting, which the list does not offer.
        'The bot was not deleted: someone saved a newer version of it just now. The list shows it again; delete it again if you still want to.'
      : deleteBot.error instanceof ApiError && deleteBot.error.status >= 500 && deleteBot.error.status !== 507
        ? // The server's own sentence ("nothing was saved") is about saving. A 507 (the browser's
          // storage is full) keeps its own: trying again "in a moment" would fail the same way.
          'The bot was not deleted: the server had a problem. Try again in a moment.'
        : `The bot was not deleted: ${deleteBot.error.message.charAt(0).toLowerCase()}${deleteBot.error.message.slice(1)}`;
  // The failures said in rows so far: a row the search hides and shows again shows its failure
  // without saying it again (see RowFailure).
  const [saidFailures] = useState(() => new WeakSet<object>());
  const failedBotListed = deleteBot.isError && (bots.data ?? []).some((b) => b.id === deleteBot.variables);
  const newDraft = drafts ? drafts.of(null, null) : null;
  const orphans = drafts && bots.data ? drafts.orphans(bots.data.map((b) => b.id)) : [];
  const keepOrphan = (botId: string) => {
    if (!drafts) return;
    if (drafts.adopt(botId)) {
      setBlockedOrphan(null);
      onOpen(null);
    } else setBlockedOrphan(botId);
  };
  const discardOrphan = (botId: string) => {
    drafts?.discard(botId);
    setBlockedOrphan(null);
    draftsChanged();
    focusNext(() => newBot.current);
  };
  // New bots of other tabs (or of tabs since closed): each tab creates its own new bot. Taking up
  // or discarding the bot of a tab still open would take its simulator events from under it (it
  // writes back its draft only): such a bot is only pointed at, in words, until that tab closes.
  const others = drafts?.others?.() ?? [];
  const [blockedOther, setBlockedOther] = useState<string | null>(null);
  const otherTextId = (slot: string) => `${orphanId}-other-${slot || 'shared'}`;
  const otherOffer = (slot: string) => document.getElementById(otherTextId(slot))?.closest<HTMLElement>('.bots-draft-note');
  // An offer the admin is in loses its buttons when its tab is found open: the focus goes to the
  // words that say why (tabIndex -1), not to the page body.
  const focusOpenNote = (slot: string) => focusNext(() => document.getElementById(otherTextId(slot)));
  const tabs = useOpenTabSlots(
    others.map((o) => o.slot),
    (opened) => {
      const slot = opened.find((s) => otherOffer(s)?.contains(document.activeElement));
      if (slot !== undefined) focusOpenNote(slot);
    },
  );
  /** Asks the browser again, just before a change: true when that tab is open after all (reopened, say). */
  const openNow = async (slot: string) => {
    if (!canTellOpenTabs() || !(await tabs.recheck())?.has(slot)) return false;
    focusOpenNote(slot);
    return true;
  };
  const continueOther = async (slot: string) => {
    if (await openNow(slot)) return;
    if (await drafts?.continueOther?.(slot)) {
      setBlockedOther(null);
      onOpen(null);
    } else setBlockedOther(slot);
  };
  // Each bot's draft, read before the unreadable ones are listed: reading is what sets one aside.
  const botDrafts = new Map((bots.data ?? []).map((bot) => [bot.id, drafts ? drafts.of(bot.id, bot) : null]));
  // Drafts that could not be read: set aside as they were kept, never dropped unseen.
  const unreadable = drafts?.unreadable?.() ?? [];
  const discardUnreadable = (key: string) => {
    drafts?.discardUnreadable?.(key);
    draftsChanged();
    focusNext(() => newBot.current);
  };
  const discardOther = async (slot: string) => {
    if (await openNow(slot)) return;
    await drafts?.discardOther?.(slot);
    setBlockedOther(null);
    draftsChanged();
    focusNext(() => newBot.current);
  };
  // The offers' words, told apart: when each was last changed, in the account's time zone (never the
  // browser's), and a number where they are still alike. Offers with a time wait for the formatting
  // code and the account's zone, as those of other tabs wait for the browser's answer: their words
  // do not change under the admin a moment later. Without the account, they go without the time.
  const offered: OfferText[] = [
    ...orphans.map((o) => ({
      key: `orphan:${o.botId}`,
      text: `Unsaved changes to a bot that has been deleted${o.name ? `, “${o.name}”` : ''}: keep them as a new bot, or discard them.`,
      savedAt: o.savedAt,
    })),
    ...others
      .filter((o) => tabs.stateOf(o.slot) === 'closed')
      .map((o) => ({
        key: `other:${o.slot}`,
        text: o.eventsOnly
          ? 'Simulator events for an unsaved new bot, from another tab or an earlier visit: continue it here, or discard them.'
          : `An unsaved new bot${o.name ? ` “${o.name}”` : ''}, from another tab or an earlier visit: continue it here, or discard it.`,
        savedAt: o.savedAt,
      })),
    ...unreadable.map((copy) => {
      const bot = copy.botId === null ? null : bots.data?.find((b) => b.id === copy.botId);
      const whose = copy.botId === null ? 'a new bot' : bot ? `“${nameOf(bot)}”` : 'a bot';
      return {
        key: `unreadable:${copy.key}`,
        text: `A draft of ${whose} kept in this browser could not be read (it may come from another version of the studio): download it to keep what it holds, or discard it.`,
      };
    }),
  ];
  const timed = offered.some((o) => o.savedAt);
  const formatLocal = useFormatLocal(timed);
  const zone = account.data?.timezone;
  // An offer with a time waits for the time's code and the account's zone (its words do not change
  // once shown); the others show at once, and stay while a new timed one loads (an offer that left
  // the page took a focused Discard with it).
  const timesLoaded = formatLocal !== 'loading' && !account.isPending;
  const shows = (key: string) => timesLoaded || !offered.some((o) => o.key === key && o.savedAt);
  const words = offerWords(offered, formatLocal && formatLocal !== 'loading' && zone ? (ms, seconds) => formatLocal(ms, zone, seconds) : null);
  const wordsOf = (key: string) => words.get(key) ?? '';

  const firstLoadFailures = [
    bots.isError && bots.data === undefined ? `Could not load the bots: ${bots.error.message}` : null,
    account.isError && account.data === undefined ? `Could not load the account: ${account.error.message}` : null,
  ].filter((m) => m !== null);
  const staleParts = [
    bots.isError && bots.data !== undefined ? `The list may be out of date: it could not be fetched again. ${bots.error.message}` : null,
    account.isError && account.data !== undefined ? `The account’s stages and users may be out of date: it could not be fetched again. ${account.error.message}` : null,
  ].filter((m) => m !== null);

  return (
    <section
      aria-labelledby="bots-heading"
      className="bots"
      // Which bot's row holds the focus: its row may be removed with it (deleted elsewhere).
      onFocus={(e) => {
        focusedRow.current = e.target.closest<HTMLElement>('[data-bot-id]')?.dataset.botId ?? null;
      }}
      onBlur={(e) => {
        if (e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget)) return;
        // Left for elsewhere: forgotten. A row removed with the focus (a blur too) stays known, to be answered.
        const left = focusedRow.current;
        const row = e.target.closest('[data-bot-id]');
        setTimeout(() => {
          if (focusedRow.current === left && (row === null || row.isConnected)) focusedRow.current = null;
        }, 0);
      }}
    >
      <div className="bots-head">
        <h2 id="bots-heading">Salesbots</h2>
        <button type="button" className="ui-button bots-new" ref={newBot} onClick={() => onOpen(null)}>
          New bot
        </button>
      </div>
      {(bots.isPending || account.isPending) && <p role="status">Loading bots…</p>}
      {/* The alert holds its words; "Try again" comes after (a control inside an alert is read with it).
          One for both loads: two alike "Try again" buttons could not be told apart. */}
      {firstLoadFailures.length > 0 && (
        <div className="bots-error">
          <p role="alert">{firstLoadFailures.join(' ')}</p>
          <button type="button" className="ui-button" onClick={(e) => retryLoads(e.currentTarget)}>
            Try again
          </button>
        </div>
      )}
      {firstLoadFailures.length === 0 && staleParts.length > 0 && (
        // Fetching again in the background failed (after a save, another tab's change): what is shown
        // is still there, maybe not the latest. Said politely: nothing was lost.
        <div className="bots-stale">
          <p role="status">{staleParts.join(' ')}</p>
          <button type="button" className="ui-button" onClick={(e) => retryLoads(e.currentTarget)}>
            Try again
          </button>
        </div>
      )}
      {goneToggles.map((f) => (
        <p key={f.bot.id} role="alert" className="bots-error">
          {f.message}
        </p>
      ))}
      {deleteError !== null && !failedBotListed && (
        <p role="alert" className="bots-error">
          {deleteError}
        </p>
      )}
      {newDraft && (
        <div className="bots-draft-note" role="group" aria-labelledby="bots-new-draft">
          <p id="bots-new-draft">
            You have an unsaved new bot
            {newDraft.name ? (
              <>
                {' “'}
                <bdi>{newDraft.name}</bdi>”
              </>
            ) : (
              ''
            )}
            .
          </p>
          <button type="button" className="ui-button" onClick={() => onOpen(null)}>
            Continue editing
          </button>
        </div>
      )}
      {orphans.map((orphan, i) =>
        !shows(`orphan:${orphan.botId}`) ? null : (
          <DraftOffer
            key={orphan.botId}
            id={`${orphanId}-${i}`}
            text={wordsOf(`orphan:${orphan.botId}`)}
            action="Keep as a new bot"
            onAction={() => keepOrphan(orphan.botId)}
            onDiscard={() => discardOrphan(orphan.botId)}
            blocked={blockedOrphan === orphan.botId}
          />
        ))}
      {others.map((other) => {
        const state = tabs.stateOf(other.slot);
        const named = other.name ? ` “${other.name}”` : '';
        // Not known yet (the browser answers in a moment): nothing is offered before it does.
        if (state === 'unknown') return null;
        // A tab still open is pointed at without a time: its draft changes with each key typed there.
        if (state === 'open')
          return (
            <p key={other.slot} id={otherTextId(other.slot)} className="bots-draft-note bots-open-elsewhere" tabIndex={-1}>
              {other.eventsOnly
                ? 'Simulator events for an unsaved new bot are being composed in another tab that is still open: go on with them there, or close that tab to continue them here.'
                : `An unsaved new bot${named} is being created in another tab that is still open: finish or discard it there, or close that tab to continue it here.`}
            </p>
          );
        if (!shows(`other:${other.slot}`)) return null;
        return (
          <DraftOffer
            key={other.slot}
            id={otherTextId(other.slot)}
            text={wordsOf(`other:${other.slot}`)}
            action="Continue it here"
            onAction={() => void continueOther(other.slot)}
            onDiscard={() => void discardOther(other.slot)}
            blocked={blockedOther === other.slot}
          />
        );
      })}
      {unreadable.map((copy, i) => (
        <DraftOffer
          key={copy.key}
          id={`${orphanId}-unreadable-${i}`}
          text={wordsOf(`unreadable:${copy.key}`)}
          action="Download it"
          onAction={() => downloadText(copy.text, `unreadable-draft-${fileNameOf(copy.botId ?? 'new-bot', 'draft')}.json`)}
          onDiscard={() => discardUnreadable(copy.key)}
          blocked={false}
        />
      ))}
      {account.data?.plan === 'base' && (
        // SPEC R8: on the Base plan bots can be set up and saved, but none starts.
        <p className="bots-plan-note">
          Your account is on the Base plan: no bot starts. Bots can be set up and saved here, and start on the Advanced or Enterprise plan.
        </p>
      )}
      {bots.data && (account.data || account.isError) && bots.data.length === 0 && !newDraft && <p>No bots yet. Create one with “New bot”.</p>}
      {/* Shown once there is a bot to find (and while it holds a search, so that no hidden search
          filters the list), just above the list it filters. */}
      {bots.data && (account.data || account.isError) && (bots.data.length > 0 || query !== '') && (
        <div role="search" className="bots-search">
          <label className="ui-label" htmlFor={`${searchId}-box`}>
            Find a bot
          </label>
          <input
            ref={searchBox}
            id={`${searchId}-box`}
            type="search"
            className="ui-input"
            value={query}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={searching && bots.data.length > 0 ? `${searchId}-count` : undefined}
            onChange={(e) => search(e.target.value)}
            onKeyDown={(e) => {
              // Escape empties the box (as browsers do for a search box, not all of them), and goes no further.
              if (e.key !== 'Escape' || e.nativeEvent.isComposing || query === '') return;
              e.preventDefault();
              search('');
            }}
          />
          {searching && bots.data.length > 0 && (
            <div className={matchCount === 0 ? 'bots-no-match' : 'bots-search-count'}>
              <p id={`${searchId}-count`} className={matchCount === 0 ? undefined : 'ui-hint'}>
                {matchWords(query, matchCount)}
              </p>
              {matchCount === 0 && (
                <button
                  type="button"
                  className="ui-button"
                  onClick={() => {
                    // The button goes with the message: the focus goes to the box, now empty.
                    search('');
                    searchBox.current?.focus();
                  }}
                >
                  Clear the search
                </button>
              )}
            </div>
          )}
          {/* Present from the start, so that a change is heard; filled once the typing pauses. */}
          <p role="status" className="bots-visually-hidden">
            {spokenMatches}
          </p>
        </div>
      )}
      {/* Without the account (its load failed), the bots are still listed: what they do cannot be
          described without its stages and users, but each can be switched off, deleted or opened. */}
      {bots.data && (account.data || account.isError) && visibleBots.length > 0 && (
        <ul className="bots-list">
          {visibleBots.map((bot) => {
            const summary: TriggerSummary = account.data ? summarize(bot, account.data) : { lines: [UNDESCRIBED], more: 0 };
            const rules = summary.rules ?? [];
            const warnings = summary.warnings ?? [];
            const draft = botDrafts.get(bot.id) ?? null;
            // Shown for the admin's work (opened, created) though the search would hide it: said why.
            const heldOnly = !matches(bot);
            const ids = { held: `bot-${bot.id}-held`, state: `bot-${bot.id}-state`, toggleError: `bot-${bot.id}-toggle-error`, draft: `bot-${bot.id}-draft`, triggers: `bot-${bot.id}-triggers`, rules: `bot-${bot.id}-rules`, warnings: `bot-${bot.id}-warnings` };
            // The triggers by their lines, not by the list: a description made from the list read
            // its label ("Triggers of …") instead of what the bot does.
            const lineIds = summary.lines.map((_, i) => `${ids.triggers}-${i}`);
            if (summary.more > 0) lineIds.push(`${ids.triggers}-more`);
            // "Disabled" is said with the name (every other bot is enabled: saying that would be noise).
            // "Keep it", and Escape: back to the bot's Delete button. Once sent, a deletion cannot be taken back.
            const keep = () => {
              if (deleteBot.isPending) return;
              setConfirming(null);
              setFocusTarget({ id: bot.id, part: 'delete' });
            };
            // The switch shows what is being saved at once; back to what is stored if the save fails.
            const wanted = toggles.pending.get(bot.id);
            const saving = wanted !== undefined;
            const shownOn = wanted ?? bot.enabled;
            const toggleFailure = toggles.failures.get(bot.id);
            const toggleError = toggleFailure && !toggleFailure.gone ? toggleFailure : null;
            const describedBy = [!bot.enabled && !saving && ids.state, draft && ids.draft, warnings.length > 0 && ids.warnings, ...lineIds, rules.length > 0 && ids.rules, heldOnly && ids.held]
              .filter(Boolean)
              .join(' ');
            return (
              <li
                key={bot.id}
                className="bots-item"
                data-bot-id={bot.id}
                ref={(li) => {
                  if (li) items.current.set(bot.id, li);
                  else items.current.delete(bot.id);
                }}
              >
                <div className="bots-item-head">
                  <button
                    type="button"
                    className="ui-button bots-name"
                    onClick={() => {
                      holdInView(bot.id);
                      onOpen(bot.id);
                    }}
                    aria-describedby={describedBy}
                  >
                    {/* Isolated: a right-to-left name (or one with a direction mark) keeps to itself. */}
                    <bdi>{bot.name}</bdi>
                    {/* Shown too: a sighted admin cannot tell two "VIP welcome" apart either. */}
                    {/* The space outside the span: some name computations trim an element's text. */}
                    {repeatedNames.has(bot.id) && (
                      <>
                        {' '}
                        <span className="bots-id">({bot.id})</span>
                      </>
                    )}
                  </button>
                  <span className="bots-toggle">
                    {/* aria-disabled, not disabled, while saving: the focus stays on the switch. */}
                    <button
                      type="button"
                      role="switch"
                      className={SWITCH_CLASS}
                      aria-checked={shownOn}
                      aria-label={`Bot on: ${nameOf(bot)}`}
                      aria-busy={saving || undefined}
                      aria-disabled={saving || undefined}
                      aria-describedby={toggleError ? ids.toggleError : undefined}
                      onClick={() => {
                        if (saving) return;
                        onActionStart?.();
                        toggles.toggle(bot, !bot.enabled);
                      }}
                    >
                      <SwitchThumb />
                    </button>
                    {saving ? (
                      <span className="bots-state bots-saving">Saving…</span>
                    ) : (
                      <span id={ids.state} className={bot.enabled ? 'bots-state bots-on' : 'bots-state bots-off'}>
                        {bot.enabled ? 'Enabled' : 'Disabled'}
                      </span>
                    )}
                  </span>
                  {draft && (
                    <span id={ids.draft} className="bots-state bots-draft">
                      Unsaved changes
                    </span>
                  )}
                  <button
                    type="button"
                    className="ui-button bots-delete"
                    aria-label={`Delete ${nameOf(bot)}`}
                    onClick={() => {
                      deleteBot.reset(); // an earlier failure's message goes with a new attempt
                      onActionStart?.();
                      setConfirming(bot.id);
                    }}
                    disabled={deleteBot.isPending}
                  >
                    Delete
                  </button>
                </div>
                {toggleError && (
                  // The alert holds the words; Retry comes after it (a control inside an alert is read with it).
                  <div className="bots-error bots-toggle-error">
                    <RowFailure failure={toggleError} said={saidFailures} id={ids.toggleError}>
                      {toggleError.message}
                    </RowFailure>
                    {toggleError.retry && (
                      <button
                        type="button"
                        className="ui-button"
                        onClick={() => {
                          // The alert goes with its button: the focus goes back to the switch.
                          setFocusTarget({ id: bot.id, part: 'switch' });
                          onActionStart?.();
                          toggles.toggle(bot, toggleError.wanted);
                        }}
                      >
                        Retry
                      </button>
                    )}
                  </div>
                )}
                <ul id={ids.triggers} className="bots-triggers" aria-label={`Triggers of ${nameOf(bot)}`}>
                  {summary.lines.map((line, i) => (
                    <li key={i} id={lineIds[i]}>
                      {line}
                    </li>
                  ))}
                  {summary.more > 0 && (
                    // "+30" as SPEC §3 shows it; read as what it means.
                    <li id={`${ids.triggers}-more`} className="bots-more">
                      <span aria-hidden="true">+{summary.more}</span>
                      <span className="bots-visually-hidden">and {summary.more === 1 ? '1 more trigger' : `${summary.more} more triggers`}</span>
                    </li>
                  )}
                </ul>
                {warnings.length > 0 && (
                  <div id={ids.warnings} className="bots-warnings">
                    {warnings.map((line, i) => (
                      <p key={i}>{line}</p>
                    ))}
                  </div>
                )}
                {rules.length > 0 && (
                  <div id={ids.rules} className="bots-rules">
                    {rules.map((line, i) => (
                      <p key={i}>{line}</p>
                    ))}
                  </div>
                )}
                {heldOnly && (
                  <p id={ids.held} className="bots-held">
                    Shown because you just worked on it: its name does not match “<bdi>{query.trim()}</bdi>”.
                  </p>
                )}
                {deleteError !== null && deleteBot.error && deleteBot.variables === bot.id && (
                  <RowFailure failure={deleteBot.error} said={saidFailures} className="bots-error">
                    {deleteError}
                  </RowFailure>
                )}
                {confirming === bot.id && (
                  <div className="bots-confirm" role="group" aria-label={`Delete ${nameOf(bot)}?`} onKeyDown={(e) => closeOnEscape(keep)(e)}>
                    <p>
                      Delete “<bdi>{nameOf(bot)}</bdi>”? This cannot be undone.{draft ? ' Its unsaved changes are discarded too.' : ''}
                    </p>
                    {/* aria-disabled, not disabled, while deleting: a disabled button drops the focus. */}
                    <button
                      type="button"
                      className="ui-button bots-danger"
                      onClick={() => {
                        if (!deleteBot.isPending) confirmDelete(bot);
                      }}
                      aria-disabled={deleteBot.isPending || undefined}
                    >
                      {deleteBot.isPending ? 'Deleting…' : 'Delete bot'}
                    </button>
                    {/* Once sent, the request cannot be taken back: "Keep it" would only hide it. */}
                    <button type="button" className="ui-button" onClick={keep} aria-disabled={deleteBot.isPending || undefined} autoFocus>
                      Keep it
                    </button>
                    {/* Said, not only shown in the button: a focused button's new text is often not read. */}
                    <p role="status" className="bots-confirm-status">
                      {deleteBot.isPending ? `Deleting “${nameOf(bot)}”…` : ''}
                    </p>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/**
 * A failure in a bot's row (its switch, its deletion): an alert when it first shows, which is when it
 * happens. A row the search hid and shows again is rendered anew, and an alert rendered anew is said
 * again: there, the same failure (`failure`, by identity) shows as plain words. `said` holds the
 * failures shown so far.
 */
function RowFailure({ failure, said, id, className, children }: { failure: object; said: WeakSet<object>; id?: string; className?: string; children: ReactNode }) {
  const [shown, setShown] = useState({ failure, live: !said.has(failure) });
  if (shown.failure !== failure) setShown({ failure, live: !said.has(failure) });
  useEffect(() => {
    said.add(failure);
  }, [said, failure]);
  return (
    <p id={id} role={shown.live ? 'alert' : undefined} className={className}>
      {children}
    </p>
  );
}

/**
 * Unsaved work the list offers back (a deleted bot's draft, another tab's new bot, a draft that could
 * not be read): what it is, one way to take it up, and Discard. `blocked`: taking it up was refused
 * because this tab already has an unsaved new bot.
 */
function DraftOffer({ id, text, action, onAction, onDiscard, blocked }: { id: string; text: string; action: string; onAction(): void; onDiscard(): void; blocked: boolean }) {
  return (
    <div className="bots-draft-note" role="group" aria-labelledby={id}>
      <p id={id}>{text}</p>
      {/* Described by the words, which tell this offer from the others: several offers each have a
          "Discard", and a button reached on its own (Tab, a list of buttons) says which one it is. */}
      <button type="button" className="ui-button" onClick={onAction} aria-describedby={id}>
        {action}
      </button>
      <button type="button" className="ui-button" onClick={onDiscard} aria-describedby={id}>
        Discard
      </button>
      {blocked && (
        <p role="alert" className="bots-error">
          You already have an unsaved new bot in this tab: save or discard it first.
        </p>
      )}
    </div>
  );
}
