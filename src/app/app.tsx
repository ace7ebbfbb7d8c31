import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useBots } from '../api';
import { BotList, type BotListHandle } from '../features/bots';
import type { AccountBotsList } from '../features/simulator';
import { PartBoundary } from '../components/ui/error-boundary';
import { storageIsMemoryOnly } from '../lib/page-storage';
import { retryableImport, retryableLazy } from '../lib/retryable-import';
import { useAnnouncer } from '../lib/use-announcer';
import { focusIsLost } from '../lib/use-focus-after-render';
import { forgetAllDrafts, forgetDraft, summarizeBot, TriggerSetupDialog, type DraftContext } from '../features/trigger-setup';
import { createEditorHistory, isBrokenLink, routeFromHash, sameRoute, type EditorRoute } from './editor-route';
import { listDrafts, takeScenarioMove } from './list-drafts';
import { listSearch } from './list-search';
import { simulatorCode } from './simulator-code';
import { statusName } from './status-name';

// The simulator stays out of the initial bundle: it loads when a dialog first shows it (through the
// app's one loader of its code, which can try again after a failure).
const SimulatorPanel = retryableLazy(() => simulatorCode.load().then((m) => m.SimulatorPanel));

// Demo settings drive the mocked server (msw): only mock builds have them, and they load on demand
// (Radix popover) so the list does not wait for them.
const demoSettings = __MOCKS__ ? retryableImport(() => import('../features/demo-settings')) : null;
const DemoSettings = demoSettings ? retryableLazy<{ onReset?(): void }>(() => demoSettings.load().then((m) => m.DemoSettings)) : null;

// The fallback is not a live region: it came into the dialog as it opened, and was said along with
// the dialog's name. The simulator's own controls say themselves when reached. When its code does
// not come, only the simulator says so: the form beside it stays as typed.
const renderAside = (ctx: DraftContext) => (
  <PartBoundary name="The simulator" retry={SimulatorPanel.retry}>
    <Suspense fallback={<p>Loading the simulator…</p>}>
      <SimulatorAside {...ctx} />
    </Suspense>
  </PartBoundary>
);

/**
 * The simulator with the account's saved bots, for "Include the account's other bots": the list the
 * bot list shows (the same query and cache), loading or failed as it is.
 */
function SimulatorAside(ctx: DraftContext) {
  const { data, isError, isFetching, refetch } = useBots();
  // Once read, the list stays ready while it is fetched again (after a save) or that fetch fails.
  const status = data ? 'ready' : isError && !isFetching ? 'failed' : 'loading';
  const accountBots = useMemo((): AccountBotsList => {
    const retry = () => void refetch();
    return data ? { status: 'ready', bots: data, retry } : { status: status === 'failed' ? 'failed' : 'loading', retry };
  }, [data, status, refetch]);
  return <SimulatorPanel.Component {...ctx} accountBots={accountBots} />;
}

type Editing = EditorRoute;

/** What the status line says of a link that names no bot ("#/bots/", a bad escape). */
const brokenLinkWords = (link: string) => `The link “${link.length > 60 ? `${link.slice(0, 59)}…` : link}” names no bot; the list of bots is shown instead.`;

export function App() {
  const [editing, setEditing] = useState<Editing>(null);
  // What the last save, switch or deletion did, for everyone (a polite live region). The same words
  // again (a bot switched off twice, someone having switched it on between) are said again.
  const [status, setStatus] = useAnnouncer();
  // The status line names a bot as the list does: with its id where another bot shares its name.
  const listed = useBots().data;
  const named = (bot: { id: string; name: string }) => statusName(bot, listed);
  const newBot = useRef<HTMLButtonElement>(null);
  const focusNewBot = useCallback(() => newBot.current?.focus(), []);
  // A bot created in the dialog now open (a new bot's first save, or "Create as a new bot"): once the
  // dialog has closed, the focus goes to its row, as it goes back to a bot's row after editing it
  // (the browser's return to the opener left it on "New bot", or on the page body when the note that
  // opened it went away). This effect runs after the dialog's own, which closes it.
  const [created, setCreated] = useState<string | null>(null);
  const list = useRef<BotListHandle>(null);
  useEffect(() => {
    if (editing === null && created !== null) list.current?.focusBot(created);
  }, [editing, created]);
  // An editor opened by the address (a link, a reload, Forward) had no opener in the page to give the
  // focus back to when it closes (the page body, at a link's first load): the bot's row takes it,
  // else "New bot", as when the editor was opened from there. So with the focus given back to the
  // page's heading: only a script puts it there ("Try again" after an error, before the editor
  // opened again from the address), never a control the admin chose.
  const heading = useRef<HTMLHeadingElement>(null);
  const [shown, setShown] = useState<Editing>(null);
  if (editing !== null && !sameRoute(editing, shown)) setShown(editing);
  // So too when the editor showed another bot by the time it closed (an address typed over it): the
  // browser gave the focus back to the first bot's row, not the one just closed.
  const openedAs = useRef<Editing>(null);
  useEffect(() => {
    if (editing !== null || shown === null || created !== null) return;
    const swapped = openedAs.current !== null && !sameRoute(openedAs.current, shown);
    if (!swapped && !focusIsLost() && (heading.current === null || document.activeElement !== heading.current)) return;
    if (shown.botId === null) focusNewBot();
    else list.current?.focusBot(shown.botId);
  }, [editing, shown, created, focusNewBot]);
  useEffect(() => {
    // After the effect above: it reads which bot this opening began with.
    if (editing === null) openedAs.current = null;
    else openedAs.current ??= editing;
  }, [editing]);
  // Each close counts, so that a Back can tell whether the editor closed or asked first.
  const closes = useRef(0);
  const close = useCallback(() => {
    closes.current += 1;
    setEditing(null);
  }, []);

  // The editor is in the address (editor-route.ts): Back closes it, Forward opens it again, a link or a
  // reload opens the bot it names once the list has loaded (a new bot's at once).
  const [editorHistory] = useState(() => createEditorHistory(window));
  const [wanted, setWanted] = useState<EditorRoute>(() => routeFromHash(window.location.hash));
  const [missing, setMissing] = useState<{ botId: string } | null>(null);
  if (wanted !== null && (wanted.botId === null || listed !== undefined)) {
    setWanted(null);
    if (wanted.botId === null || listed?.some((bot) => bot.id === wanted.botId)) setEditing(wanted);
    else setMissing({ botId: wanted.botId });
  }
  // A link cut short or mangled in copying ("#/bots/", "#/bots/%E0%A4%A") showed the list in silence,
  // the bad address left in place: it is said, and the address is the list's.
  const sayBrokenLink = useCallback(
    (link: string) => {
      editorHistory.showListInstead();
      setStatus(brokenLinkWords(link));
    },
    [editorHistory, setStatus],
  );
  const [brokenLink] = useState(() => (isBrokenLink(window.location.hash) ? window.location.hash : null));
  useEffect(() => {
    if (brokenLink !== null) sayBrokenLink(brokenLink);
  }, [brokenLink, sayBrokenLink]);
  useEffect(() => {
    if (missing === null) return;
    editorHistory.showListInstead();
    setStatus(`No bot with id “${missing.botId}”; it may have been deleted.`);
  }, [missing, editorHistory, setStatus]);
  // The bot the dialog shows: a bot created in it while it stays open (a new bot saved while the
  // admin typed on, "Create as a new bot") is that bot from then on, so the address names it and a
  // reload opens it with what was typed, not an empty new bot.
  const onScreen = useMemo<Editing>(() => (editing !== null && created !== null && editing.botId !== created ? { botId: created } : editing), [editing, created]);
  useEffect(() => {
    if (wanted === null) editorHistory.show(onScreen);
  }, [onScreen, wanted, editorHistory]);
  // Back (or Forward, or a link typed into the address) while the editor is open closes it as Close
  // does: the dialog asks first when there are unsaved changes, and while it asks, or while a save
  // runs, it stays open and its entry comes back. The request is the dialog's own close request
  // (`cancel`, as a phone's Back gesture sends it); a dialog that does not answer it closes at once.
  const editorHost = useRef<HTMLDivElement>(null);
  const editingNow = useRef<Editing>(null);
  // An address typed over an editor that asks first, for once the editor closes (the question
  // answered "Discard" or "Close, keep the draft"): the bot it names opens, or a broken link is said
  // (the list is what it shows). "Keep editing" or a save forgets it.
  const afterClose = useRef<{ opens: EditorRoute; says: string | null } | null>(null);
  useEffect(() => {
    editingNow.current = onScreen;
  }, [onScreen]);
  useEffect(() => {
    const requestClose = (): boolean => {
      const before = closes.current;
      const dialog = editorHost.current?.querySelector('dialog[open]');
      if (!dialog || dialog.dispatchEvent(new Event('cancel', { cancelable: true }))) close();
      return closes.current !== before;
    };
    const onPopState = () => {
      const broken = isBrokenLink(window.location.hash) ? window.location.hash : null;
      const target = editorHistory.popped();
      const now = editingNow.current;
      if (target === 'own') editorHistory.show(now);
      else if (broken !== null && now === null) sayBrokenLink(broken); // typed or pasted over the list's address
      else if (sameRoute(target, now)) return;
      else if (now !== null && !requestClose()) {
        editorHistory.show(now);
        afterClose.current = { opens: target, says: broken === null ? null : brokenLinkWords(broken) };
      } else {
        // Opening a bot empties the status line, as from the list.
        if (target !== null) {
          setStatus('');
          setCreated(null);
        } else if (broken !== null) sayBrokenLink(broken); // typed over an editor, which closed: the list shows
        setWanted(target);
      }
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [editorHistory, close, setStatus, sayBrokenLink]);
  // "Reset demo data" forgets this browser's drafts; the list reads them as it renders, so render again.
  const [, setDraftsForgotten] = useState(0);
  const forgetDrafts = useCallback(() => {
    forgetAllDrafts();
    setDraftsForgotten((n) => n + 1);
  }, []);

  return (
    <div className="app">
      <header className="app-header">
        {/* Focusable by script: where the focus goes when the studio is rendered again (AppBoundary's "Try again"). */}
        <h1 ref={heading} tabIndex={-1}>
          Salesbot Trigger Studio
        </h1>
        {DemoSettings && (
          <PartBoundary name="Demo settings" retry={DemoSettings.retry}>
            <Suspense fallback={null}>
              <DemoSettings.Component onReset={forgetDrafts} />
            </Suspense>
          </PartBoundary>
        )}
      </header>
      <main>
        {storageIsMemoryOnly() && (
          // Chrome's "block site data": the page works on a storage kept in memory (src/main.tsx).
          <p className="app-storage-note">
            This browser blocks storage for this site: bots, drafts and demo settings last only until this page is reloaded or closed.
          </p>
        )}
        <p role="status" className="app-status">
          {status}
        </p>
        <BotList
          ref={list}
          summarize={summarizeBot}
          drafts={listDrafts}
          newBotRef={newBot}
          search={listSearch}
          onDeleted={(bot) => {
            forgetDraft(bot.id);
            setStatus(`Deleted “${named(bot)}”.`);
          }}
          onEnabledChanged={(bot) => setStatus(`“${named(bot)}” is now ${bot.enabled ? 'on' : 'off'}.`)}
          onDeletedElsewhere={(bot) => setStatus(`“${named(bot)}” was deleted elsewhere (in another tab or by another admin).`)}
          // What the status line says is of the last action: an action started in the list empties it.
          onActionStart={() => setStatus('')}
          onOpen={(botId) => {
            setStatus('');
            setCreated(null);
            setWanted(null); // a link's bot still waiting for the list gives way to the one asked for
            const move = takeScenarioMove();
            if (move) void move.then(() => setEditing({ botId }));
            else setEditing({ botId });
          }}
        />
      </main>
      {/* Where Back finds the editor's dialog, to ask it to close. */}
      <div ref={editorHost}>
        <TriggerSetupDialog
          open={editing !== null}
          botId={editing?.botId ?? null}
          onClose={() => {
            close();
            const next = afterClose.current?.opens ?? null;
            const words = afterClose.current?.says ?? null;
            afterClose.current = null;
            if (next !== null) {
              setStatus('');
              setCreated(null);
              setWanted(next);
            } else if (words !== null) setStatus(words);
          }}
          onKeepEditing={() => {
            afterClose.current = null;
          }}
          renderAside={renderAside}
          onSaved={(bot, neverRuns) => {
            // Saving answers a pending close question as "Keep editing" does: an address typed
            // over the editor then neither opens nor is said over the "Saved" words.
            afterClose.current = null;
            // A new bot's first save: its simulator scenario moves with it (the dialog closes, so the
            // panel never sees the new id). The simulator's chunk is loaded: its panel was open.
            if (editing?.botId === null) void simulatorCode.load().then((m) => m.adoptNewBotScenario(bot.id));
            if (bot.id !== editing?.botId) setCreated(bot.id);
            // Saved as asked; a bot that can never run says why with it (the list says it too).
            setStatus([`Saved “${named(bot)}” (version ${bot.version}).`, ...neverRuns].join(' '));
          }}
          onUnchanged={(bot) => setStatus(`No changes to save: “${named(bot)}” stays at version ${bot.version}.`)}
          onDiscardNew={() => {
            // Its scenario goes too: the next new bot starts empty, as after a save (the simulator's
            // chunk holds where scenarios are kept; it is usually loaded already, its panel was open).
            void simulatorCode.load().then((m) => m.forgetNewBotScenario());
          }}
          onFocusLost={focusNewBot}
        />
      </div>
    </div>
  );
}
