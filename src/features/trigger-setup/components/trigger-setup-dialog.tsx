import { createContext, useCallback, useContext, useDeferredValue, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode, type RefObject } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { hashKey, useQueryClient } from '@tanstack/react-query';
import { accountQueryOptions, ApiError, botQueryOptions, botsQueryOptions, isConflictError, useAccount, useBot, useBotNames, useCreateBot, useUpdateBot } from '../../../api';
import { Field, FieldErrors, PopoverContainer, Switch } from '../../../components/ui';
import { behaviourOf, botSizeError, botTimeZone, idsOfRepeatedNames, nameWithId, validateBot, type Account, type Bot, type Trigger, type Validated, type ValidationError } from '../../../domain';
import { ConditionsEditor } from '../conditions';
import { ActiveHoursEditor } from '../active-hours';
import {
  clearDraft,
  clearOwnDraft,
  draftIsOwn,
  draftKeeping,
  draftKey,
  formFromBot,
  holdStoredDraft,
  NEW_BOT_FORM,
  pendingDraft,
  readDraft,
  storedDraftText,
  writeDraft,
  type BotForm,
  type StoredDraft,
} from '../lib/draft-storage';
import { afterMoves, afterRemovals, errorsUnder, messagesFor, placeOf } from '../lib/errors';
import { movedOne, moveTarget, type MoveDirection } from '../lib/move';
import { findNeverRuns } from '../never-runs';
import { focusIsLost, useFocusAfterRender } from '../../../lib/use-focus-after-render';
import { useKeepFocusInView } from '../../../lib/use-keep-focus-in-view';
import { useAnnouncer } from '../../../lib/use-announcer';
import { SETTLE_MS, SLOW_WAIT_MS, useSettled } from '../../../lib/use-settled';
import { closeOnEscape } from '../../../lib/close-on-escape';
import { count } from '../../../lib/count';
import { newBotScenarioEvents } from '../../../lib/new-bot-scenario';
import { hasPlace, problemTarget } from '../lib/problem-target';
import { problemWords } from '../lib/problem-words';
import { formatLocal } from '../../../engine';
import { TriggerList } from './trigger-list';
import { rebaseDraft, versionChanges, type PartChange, type VersionChanges } from '../lib/version-changes';
import { TriggerPicker } from './trigger-picker';
import { describeTrigger, isDefaultTrigger, SUMMARY_LIMIT } from '../trigger-registry';
import '../trigger-setup.css';

/** The longest id the API gives a new bot ("bot-" and a counter, mocks/db.ts), for measuring it (V14). */
const LONGEST_NEW_BOT_ID = `bot-${Number.MAX_SAFE_INTEGER}`;

/** What the dialog shares with a side panel (the simulator), per the UI contract. */
export type DraftContext = {
  account: Account;
  /** The current form value, maybe invalid. */
  draft: unknown;
  /** validateBot(draft, account). */
  validation: Validated<Bot>;
  saved: Bot | null;
  /** Replaces the draft's triggers, conditions, activeHours and keepUnanswered with the given bot's. */
  applyBot(bot: Bot): void;
  /**
   * Whether the draft's triggers, conditions, active hours, message status or on/off setting differ
   * from the saved bot's (a new bot's: the defaults): the admin has set something up that applyBot
   * would replace.
   */
  behaviourChanged: boolean;
};

export type TriggerSetupDialogProps = {
  botId: string | null;
  open: boolean;
  onClose(): void;
  renderAside?: (ctx: DraftContext) => ReactNode;
  /** The clock the next-run preview counts from (ms); pin it in tests. Defaults to Date.now. */
  now?: () => number;
  /**
   * Called after a successful save, with the stored bot and why it can never run, if it cannot (the
   * dialog's warnings, but for the Base plan's, which the list says once): it was saved as asked,
   * and the words that say so say that too.
   */
  onSaved?: (bot: Bot, neverRuns: readonly string[]) => void;
  /** Called when Save closes a bot that has no changes (nothing is sent), with the bot as stored. */
  onUnchanged?: (bot: Bot) => void;
  /** Called when a new (never saved) bot's changes are discarded and the dialog closes. */
  onDiscardNew?: () => void;
  /** Called when the close question is answered "Keep editing": the close asked for will not come. */
  onKeepEditing?: () => void;
  /**
   * Called once the dialog has closed when the element that opened it is no longer in the page (a
   * new bot's draft note goes away once the draft is saved or discarded): put the focus somewhere
   * sensible instead of leaving it on the page body.
   */
  onFocusLost?: () => void;
};

const TITLE_ID = 'trigger-setup-title';
/** Which bot is open, under the title: the dialog's description (its name stays "Trigger setup", SPEC §10). */
const SUBJECT_ID = 'trigger-setup-subject';

/** The "Trigger setup" dialog: a native modal <dialog> that edits one bot (or a new one) and saves it. */
export function TriggerSetupDialog({ botId, open, onClose, renderAside, now = Date.now, onSaved, onUnchanged, onDiscardNew, onKeepEditing, onFocusLost }: TriggerSetupDialogProps) {
  const [dialog, setDialog] = useState<HTMLDialogElement | null>(null);
  const opener = useRef<Element | null>(null);
  const focusLost = useRef(onFocusLost);
  useEffect(() => {
    focusLost.current = onFocusLost;
  }, [onFocusLost]);
  // The form decides what closing means (it may ask first); until it is there, close at once. Kept
  // apart from `onClose`: a render of the app (a new onClose) used to put it back over the form's,
  // after the form had registered, and Close then closed over unsaved changes without asking.
  const formClose = useRef<FormClose | null>(null);
  const latestOnClose = useRef(onClose);
  useEffect(() => {
    latestOnClose.current = onClose;
  }, [onClose]);
  const closeRequest = useCallback(() => (formClose.current ? formClose.current.request() : latestOnClose.current()), []);
  const registerClose = useCallback((close: FormClose | null) => {
    formClose.current = close;
  }, []);

  useEffect(() => {
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
      // A new bot: the first thing to do is name it, so the focus goes to Bot name (on Close, where
      // the modal puts it, typing straight away went nowhere). An existing bot keeps it on Close.
      if (botId === null) dialog.querySelector<HTMLInputElement>('.ts-bot input')?.focus();
    } else if (!open && dialog.open) {
      dialog.close(); // the browser gives the focus back to the opener, when it is still there
      if (opener.current !== null && !opener.current.isConnected) focusLost.current?.();
      opener.current = null;
    }
  }, [open, dialog, botId]);

  return (
    <dialog
      ref={setDialog}
      className="ts-dialog"
      aria-labelledby={TITLE_ID}
      aria-describedby={SUBJECT_ID}
      onKeyDown={(e) => {
        // Escape: ask the form (it confirms when there are unsaved changes). Refused on the key
        // itself, so that no close request reaches the modal: Chromium lets a page refuse one cancel
        // but closes on the next Escape without asking (no click or typing in between), and the
        // dialog shown again had the focus on its header's Close. Panels inside the dialog (a
        // popover, the close question) take their own Escape first.
        if (e.key !== 'Escape' || e.defaultPrevented || e.nativeEvent.isComposing) return;
        // A search box with text in it ("Find a time zone", the results' Lead filter): Escape empties
        // it, as browsers do, and goes no further.
        const target = e.target as HTMLElement;
        if (target instanceof HTMLInputElement && target.type === 'search' && target.value !== '') {
          e.preventDefault();
          const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
          set?.call(target, '');
          target.dispatchEvent(new Event('input', { bubbles: true })); // React's onChange
          return;
        }
        e.preventDefault();
        closeRequest();
      }}
      onCancel={(e) => {
        // A close request that is not a key pressed in the dialog (the focus on the page body, the
        // browser's Back). A popup open in the dialog closes first, as Escape would close it.
        e.preventDefault();
        if (dialog && closeOpenPopup(dialog)) return;
        closeRequest();
      }}
      onClose={() => {
        if (!open) return;
        // Chromium closes a modal dialog on a repeated Escape even when its cancel event is
        // refused: with a save running or unsaved changes, it is shown again (the cancel has
        // already asked the form, which shows its close confirmation when there is one).
        if (formClose.current?.may() ?? true) onClose();
        else if (dialog && !dialog.open) dialog.showModal();
      }}
    >
      {open && (
        <PopoverContainer container={dialog}>
          <DialogContent
            key={botId ?? 'new'}
            botId={botId}
            onClose={onClose}
            renderAside={renderAside}
            now={now}
            onSaved={onSaved}
            onUnchanged={onUnchanged}
            onDiscardNew={onDiscardNew}
            onKeepEditing={onKeepEditing}
            registerClose={registerClose}
            requestClose={closeRequest}
          />
        </PopoverContainer>
      )}
    </dialog>
  );
}

/**
 * A close request that is no key (the browser's Back: the app sends the dialog its `cancel`; a phone's
 * Back gesture) while a popup of the dialog is open (the trigger picker, a condition's editor, "Add
 * condition"'s menu) closes that popup only, as Escape does, and the focus goes back to what opened it:
 * it closed the whole editor, or asked the close question and then put the focus on Cancel, the popup
 * and the control in it gone. The popups are Radix popovers, which close on an Escape at the document
 * (the innermost one only). True when one was open.
 */
function closeOpenPopup(dialog: HTMLDialogElement): boolean {
  if (!dialog.querySelector('.ui-popover[data-state="open"]')) return false;
  dialog.ownerDocument.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', cancelable: true }));
  return true;
}

/** `request`: what closing means (it may ask first); `may`: whether closing now loses nothing. */
type FormClose = { request(): void; may(): boolean };

type ContentProps = {
  botId: string | null;
  onClose(): void;
  renderAside: TriggerSetupDialogProps['renderAside'];
  now: () => number;
  onSaved: TriggerSetupDialogProps['onSaved'];
  onUnchanged: TriggerSetupDialogProps['onUnchanged'];
  onDiscardNew: TriggerSetupDialogProps['onDiscardNew'];
  onKeepEditing: TriggerSetupDialogProps['onKeepEditing'];
  /** What closing means while the form is there; null once it is gone (closing then closes at once). */
  registerClose(close: FormClose | null): void;
  /** Close as the form last registered it (Close and Escape alike). */
  requestClose(): void;
};

/**
 * The dialog's header: one for every state (loading, error, form), so that the Close the modal
 * focused on opening stays put when the form replaces "Loading the bot…" (a screen reader hears it
 * once). A state that takes the focused control away with it gives the focus back to it
 * (useFocusBackToClose).
 */
function DialogHeader({ onClose, closeRef, botId }: { onClose(): void; closeRef: RefObject<HTMLButtonElement | null>; botId: string | null }) {
  return (
    <header className="ts-header">
      <div className="ts-heading">
        <h2 id={TITLE_ID}>Trigger setup</h2>
        <DialogSubject botId={botId} />
      </div>
      <button ref={closeRef} type="button" className="ui-button ts-button ts-button-quiet ts-close" onClick={onClose} aria-label="Close">
        <span aria-hidden="true">×</span>
      </button>
    </header>
  );
}

/**
 * The bot as the list names it (as saved; with its id where another bot shares its name), or "New
 * bot": opening one said only "Trigger setup". Its own component: the list's refetches (another
 * tab, a switch) render it alone, not the form.
 */
function DialogSubject({ botId }: { botId: string | null }) {
  const listed = useBotNames().data;
  const bot = botId === null ? null : listed?.find((b) => b.id === botId);
  const subject = botId === null ? 'New bot' : bot ? (idsOfRepeatedNames(listed ?? []).has(bot.id) ? nameWithId(bot) : bot.name) : '';
  return (
    <p id={SUBJECT_ID} className="ts-subject">
      {subject && <bdi>{subject}</bdi>}
    </p>
  );
}

/** The first control a keyboard reaches in `part`, past its own skip link. */
function firstControlIn(part: HTMLElement | null): HTMLElement | null {
  if (!part) return null;
  const candidates = part.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], summary, [tabindex]');
  for (const el of candidates) {
    // Not the skip link, nor what Tab passes by (disabled, hidden, taken out of the order: a roving item).
    if (el.classList.contains('ts-skip') || el.matches(':disabled') || el.tabIndex < 0 || el.getClientRects().length === 0) continue;
    return el;
  }
  return null;
}

const CloseButton = createContext<RefObject<HTMLButtonElement | null> | null>(null);

/** On mount: when the focus went with what this replaces ("Try again", another bot's content), `close` takes it. */
function useFocusBackTo(close: RefObject<HTMLButtonElement | null> | null): void {
  useEffect(() => {
    if (focusIsLost()) close?.current?.focus();
  }, [close]);
}

/** useFocusBackTo() for a state of the dialog, with the header's Close. */
const useFocusBackToClose = () => useFocusBackTo(useContext(CloseButton));

function DialogContent(props: ContentProps) {
  const close = useRef<HTMLButtonElement>(null);
  // Another bot's content in a dialog already open (its key changed).
  useFocusBackTo(close);
  return (
    <div className="ts-shell">
      <DialogHeader onClose={props.requestClose} closeRef={close} botId={props.botId} />
      <CloseButton.Provider value={close}>
        <DialogBody {...props} />
      </CloseButton.Provider>
    </div>
  );
}

function DialogBody(props: ContentProps) {
  const account = useAccount();
  if (account.isPending) return <Waiting text="Loading the account…" />;
  // Only before the form is up: a failed refetch (another tab changed the store) keeps the data, and
  // the form the admin is typing in stays.
  if (account.isError && account.data === undefined) return <LoadError what="the account" error={account.error} retry={() => void account.refetch()} />;
  if (props.botId === null) return <TriggerSetupForm {...props} account={account.data} saved={null} />;
  return <ExistingBot {...props} botId={props.botId} account={account.data} />;
}

function ExistingBot(props: ContentProps & { botId: string; account: Account }) {
  const bot = useBot(props.botId);
  const queryClient = useQueryClient();
  const gone = bot.isError && bot.error instanceof ApiError && bot.error.status === 404;
  useEffect(() => {
    // Deleted elsewhere: the list still shows it; fetched again, it drops it and offers its draft.
    if (gone) void queryClient.invalidateQueries({ queryKey: botsQueryOptions().queryKey });
  }, [gone, queryClient]);
  if (bot.isPending) return <Waiting text="Loading the bot…" />;
  // Deleted in another tab while open: the refetch fails but keeps the bot, and the form stays, to
  // say so itself at Save ("Someone deleted this bot while you were editing", Create as a new bot).
  if (bot.isError && bot.data === undefined) {
    const kept = gone && readDraft(props.botId) !== null;
    return <LoadError what="the bot" error={bot.error} retry={() => void bot.refetch()} keptDraft={kept} />;
  }
  return <TriggerSetupForm {...props} saved={bot.data} />;
}

function Waiting({ text }: { text: string }) {
  useFocusBackToClose();
  // Shown and said only when the wait lasts: a bot that came at once was still announced "Loading
  // the bot…", after the dialog's name and on top of what came next. The region is in the page, empty,
  // before its words come, so that they are read.
  const said = useSettled(text, SLOW_WAIT_MS, '');
  return (
    <p role="status" className="ts-loading">
      {said}
    </p>
  );
}

function LoadError({ what, error, retry, keptDraft = false }: { what: string; error: Error; retry(): void; keptDraft?: boolean }) {
  useFocusBackToClose();
  const notFound = error instanceof ApiError && error.status === 404;
  return (
    <div className="ts-notice ts-notice-error">
      {/* Its words only: "Try again" inside the alert was read with them. */}
      <p role="alert">
        {notFound ? 'This bot no longer exists: someone may have deleted it.' : `Could not load ${what}: ${error.message}`}
        {keptDraft && ' Your unsaved changes to it are kept: close this, and the list offers to keep them as a new bot.'}
      </p>
      {!notFound && (
        <button type="button" className="ui-button ts-button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

type Notice =
  /** `live`: found here, so the list drops each problem once it is fixed (a server's are kept as sent). */
  | { kind: 'invalid'; errors: ValidationError[]; live: boolean }
  /** `changes`: theirs and the admin's against the version both started from, as they stood then (an alert that changed while typing would be read again). */
  /** `combinable`: each side changed parts the other did not, so "Keep both changes" is offered. */
  | { kind: 'conflict'; current: Bot; changes: VersionChanges; combinable: boolean }
  | { kind: 'failed'; message: string }
  /**
   * The bot was deleted (404) while it was open here: its changes can still be saved as a new bot.
   * `elsewhere`: found when the bot was fetched again (another tab's change), not by Save; `edited`:
   * whether the form held changes then (the alert says what was so when it came).
   */
  | { kind: 'gone'; elsewhere?: { edited: boolean }; /** Found at Save of a form with no changes of its own. */ unedited?: boolean }
  /** Saved, but the form changed while the request ran: those later changes are not saved yet. */
  | { kind: 'typedWhileSaving' }
  /** "Reload theirs" after a conflict: their version is in the form, the admin's edit is gone. */
  | { kind: 'reloaded'; version: number }
  /** "Keep both changes" after a conflict: their version with the admin's changes on top is in the form, not saved yet. */
  | { kind: 'combined'; version: number }
  /** A newer version saved elsewhere (another tab) while the bot was open here, unedited: it is in the form. */
  | { kind: 'updated'; version: number };

const NO_ERRORS: readonly ValidationError[] = [];

let rowKeySeed = 0;
const newRowKey = () => `t${++rowKeySeed}`;

function TriggerSetupForm({
  account,
  saved: savedProp,
  botId,
  onClose,
  renderAside,
  now,
  onSaved,
  onUnchanged,
  onDiscardNew,
  onKeepEditing,
  registerClose,
}: ContentProps & { account: Account; saved: Bot | null }) {
  const [saved, setSaved] = useState<Bot | null>(savedProp);
  // The stored bot is no longer `saved`: deleted elsewhere, or saved elsewhere (a conflict). Kept
  // apart from the notice, which a later one replaces: Save then must not say "No changes … stays at
  // version N" of a bot that is gone or moved on. A version taken in (reloaded, combined, shown
  // newer) or saved here makes `saved` current again.
  const [savedIsStale, setSavedIsStale] = useState(false);
  const [baseline, setBaseline] = useState<BotForm>(() => (savedProp ? formFromBot(savedProp) : NEW_BOT_FORM));
  // A draft left from an earlier visit wins over the stored bot; it keeps the version it was based on,
  // or, when the bot was saved since and the two changed different parts, it moves onto that version.
  const [{ restored, movedOnto, restoredText }] = useState(() => ({
    ...openDraft(pendingDraft(botId, savedProp, true), savedProp, account),
    restoredText: storedDraftText(botId),
  }));
  const [showRestored, setShowRestored] = useState(restored !== null);
  const [baseVersion, setBaseVersion] = useState(restored?.baseVersion ?? savedProp?.version ?? 0);
  // The stored draft the form came from: restored at opening, or loaded from another tab since.
  const [origin, setOrigin] = useState(restored);
  // That draft's form, while the form is still that draft as it was stored (no change made here
  // since): the tab then follows the draft another tab keeps writing, and never writes it itself
  // (see followStored). A new bot's place is this tab's own: nothing to follow there.
  const followed = useRef<string | null>(botId !== null && restored ? JSON.stringify(restored.form) : null);
  // The stored draft's text as this tab last read or left it: when it is something else (and not
  // this tab's own), another tab wrote or removed it since (see the write effect).
  const storedSeen = useRef<string | null>(restoredText);
  // Looks at the draft stored for the bot, as another tab may have changed it (set up below).
  const followStored = useRef<() => void>(() => {});
  const [notice, setNotice] = useState<Notice | null>(null);
  // What the not-saved alert says: made at each refused Save, and spoken again at the next one.
  const [noticeSpeech, speakNotice] = useAnnouncer();
  const [saving, setSaving] = useState(false);
  const savingRef = useRef(false);
  // Whether the form is still on the page, for a save that ends after it went (see save()).
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const [confirmClose, setConfirmClose] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [nameTouched, setNameTouched] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const [nowMs] = useState(now);
  const whenButton = useRef<HTMLButtonElement>(null);
  // Notices and the close confirmation take their focused button with them when answered (Retry,
  // Overwrite, Keep it…): the focus then goes on to a sensible control, not to the page body.
  const focusNext = useFocusAfterRender();
  const nameInput = useRef<HTMLInputElement | null>(null);
  const saveButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const keepEditingButton = useRef<HTMLButtonElement>(null);
  const beforeConfirm = useRef<HTMLElement | null>(null);
  const focusName = () => focusNext(() => nameInput.current);
  // A new bot whose form comes after the dialog opened (the account still loading): the focus goes
  // from the header's Close, where the modal put it, to Bot name, as when the form is there at once.
  const [openedNew] = useState(botId === null && savedProp === null);
  useEffect(() => {
    const input = nameInput.current;
    if (!openedNew || !input?.closest('dialog')?.open) return;
    const active = document.activeElement;
    if (active === null || active === document.body || active.closest('.ts-header')) input.focus();
  }, [openedNew]);
  // The editors' column: a refused save takes the focus to its first problem, and each entry of the
  // notice to its own (a 50-trigger bot's problem was otherwise a long scroll away from Save).
  const mainRef = useRef<HTMLDivElement>(null);
  const asideRef = useRef<HTMLElement>(null);
  const [body, setBody] = useState<HTMLDivElement | null>(null);
  useKeepFocusInView(body);
  const problemAt = (path: string) => (mainRef.current ? problemTarget(mainRef.current, path) : null);
  /** After the render that shows the notice (Save): the first problem with a place (an oversized bot's size has none). */
  const goToFirstProblem = (errors: readonly ValidationError[]) => {
    const first = errors.find((e) => hasPlace(e.path));
    if (first) focusNext(() => problemAt(first.path));
  };
  /**
   * The not-saved notice names its problems by place ("triggers.1.stageIds"): items taken out of a
   * list renumber the later ones, and items moved up or down swap numbers; their problems follow
   * them (a removed item's go with it). Matched by place, a problem still there (trigger 2, now
   * trigger 1) left the notice as if fixed, or named the trigger that took its place.
   */
  const followItems = (list: string, prev: readonly unknown[], next: readonly unknown[]) =>
    setNotice((n) => {
      if (n?.kind !== 'invalid') return n;
      const errors = afterMoves(afterRemovals(n.errors, list, prev, next), list, prev, next);
      return errors === n.errors ? n : { ...n, errors };
    });
  // Adding or removing a trigger, condition or range happens away from where the focus lands: say
  // it. The same words twice in a row (removing trigger 3 of two alike) are said twice.
  const [announcement, setAnnouncement] = useAnnouncer();
  // On opening, the one thing said (besides the dialog's name and the focused Close): that a draft was
  // restored. Said after a pause, into the status line already in the page: the notice was a live
  // region that came with its words and its buttons ("Discard draft", "Keep it"), among "Opening the
  // bot…" and "Unsaved changes". Not said when the notice was answered first.
  // The notice's words when it came (see draftNoticeWords); another tab's draft loaded since has its own.
  const [restoredWords, setRestoredWords] = useState(() => (restored ? draftNoticeWords(restored, movedOnto, savedProp, account, 'restored') : ''));
  const restoredSaid = useSettled(showRestored ? restoredWords : '', SETTLE_MS, '');
  useEffect(() => {
    if (restoredSaid !== '') setAnnouncement(restoredSaid);
  }, [restoredSaid, setAnnouncement]);
  // Replacing "Could not load the bot" after Try again: the button took the focus with it.
  useFocusBackToClose();
  // A saved bot's editors mount in a background render right after the dialog has painted: with 50
  // triggers and 20 conditions they take about 100 ms, which then no longer sits inside the click
  // that opened the bot (or the response that loaded it), and React can interrupt it. The header,
  // notices and footer come at once, so the focused Close stays where it is.
  const editorsShown = useDeferredValue(true, savedProp === null);

  const form = useForm<BotForm>({ defaultValues: restored?.form ?? baseline });
  const values = useWatch({ control: form.control }) as BotForm;
  const [rowKeys, setRowKeys] = useState<string[]>(() => (restored?.form ?? baseline).triggers.map(newRowKey));
  // Triggers past the 20th stay folded into "+N" (SPEC §3) until asked for, or one is added past it.
  const [triggersUnfolded, setTriggersUnfolded] = useState(false);

  const createBot = useCreateBot();
  const updateBot = useUpdateBot();

  const draft = useMemo(() => ({ id: saved?.id ?? 'new', version: baseVersion, ...values }), [saved, baseVersion, values]);
  const validation = useMemo((): Validated<Bot> => {
    // The name as it is sent: trimmed (SPEC counts it so).
    const checked = validateBot(typeof draft.name === 'string' ? { ...draft, name: draft.name.trim() } : draft, account);
    if (!checked.ok) return checked;
    // V14 as the server measures it: with the id it gives a new bot (the longest it can be) and the
    // version it stores next, which may be a digit longer (9 → 10). A draft a few bytes under 64 KB
    // as 'new' otherwise passed here and was refused by the server.
    const tooBig = botSizeError({ ...checked.value, id: saved?.id ?? LONGEST_NEW_BOT_ID, version: baseVersion + 1 });
    return tooBig ? { ok: false, errors: [tooBig] } : checked;
  }, [draft, account, saved, baseVersion]);
  const errors = useMemo(() => (validation.ok ? [] : validation.errors), [validation]);
  const warnings = useMemo(() => findNeverRuns(values, account, nowMs), [values, account, nowMs]);
  // A warning that comes with a change (a schedule now outside the active hours) is spoken: it shows
  // above the conditions, away from the control changed. Those the bot opened with are not. Known by
  // their words, not their place: a move renumbers places ("Condition 3 moved to 2." was preceded by
  // the same UTM warning again) and can change a warning's meaning at the same place (a trigger
  // moved above the one that beat it), which must be said.
  const warningKeys = warnings.map((w) => w.message).join('\n');
  const [warningsKnown, setWarningsKnown] = useState(warningKeys);
  const [warningSpeech, setWarningSpeech] = useState('');
  if (warningKeys !== warningsKnown) {
    const known = new Set(warningsKnown.split('\n'));
    setWarningsKnown(warningKeys);
    setWarningSpeech(
      warnings
        .filter((w) => !known.has(w.message))
        .map((w) => w.message)
        .join(' '),
    );
  }
  const dirty = useMemo(() => JSON.stringify(values) !== JSON.stringify(baseline), [values, baseline]);
  const behaviourChanged = useMemo(() => {
    const of = (v: BotForm) => JSON.stringify(behaviourOf(v));
    return of(values) !== of(baseline);
  }, [values, baseline]);

  // Keep the unsaved draft across reloads; forget it once nothing differs. When the browser will
  // not keep it (storage full or blocked), the footer says so: a reload would lose the changes.
  const draftKept = useSyncExternalStore(draftKeeping.subscribe, draftKeeping.kept);
  // Where the draft is kept: the bot's id, or the new bot's place until its first save.
  const draftId = saved?.id ?? botId;
  // The saved bot at `baseVersion`, kept with the draft: a later visit can then move the draft onto
  // a version saved meanwhile, or tell in a conflict what each side changed.
  // (Overwrite takes their version number before the save, with the baseline still the older bot:
  // the baseline counts only when it is that very version.)
  const draftBase = useMemo(
    () =>
      saved === null
        ? null
        : saved.version === baseVersion
          ? JSON.stringify(formFromBot(saved)) === JSON.stringify(baseline)
            ? baseline
            : null
          : origin?.baseVersion === baseVersion
            ? (origin.base ?? null)
            : null,
    [saved, baseVersion, baseline, origin],
  );
  // A kept draft that holds no change (the bot as saved, or changes a version saved since has too) is
  // no unsaved work: forgotten on opening.
  useEffect(() => {
    if (restored === null && readDraft(botId) !== null) clearDraft(botId);
  }, [restored, botId]);
  useEffect(() => {
    const shown = JSON.stringify(values);
    // Another tab wrote a newer draft, or saved or discarded it, between the render that showed its
    // draft here and this effect (the stored draft is neither this tab's own nor what it last saw):
    // written, the form put back what it only showed, over that tab's latest, or brought back a
    // draft that tab was done with. It follows the stored draft instead, once this render's effects
    // have set followStored up.
    if (dirty && shown === followed.current && !draftIsOwn(draftId) && storedDraftText(draftId) !== storedSeen.current) {
      if (!holdStoredDraft(draftId, values)) queueMicrotask(() => followStored.current());
      else storedSeen.current = storedDraftText(draftId);
      return;
    }
    // Back to the saved bot: the draft goes only when it is this tab's own. Another tab may have
    // written its own since (and closed with "Close, keep the draft"): a reload there keeps it.
    if (!dirty) clearOwnDraft(draftId);
    // The form is a stored draft as it was stored (restored, or loaded from another tab), unchanged
    // here: it is kept already, and writing it again told the tab typing it that this one typed too.
    else if (shown === followed.current && holdStoredDraft(draftId, values)) {
      // kept as it is
    } else writeDraft(draftId, draftOf(values, baseVersion, draftBase));
    storedSeen.current = storedDraftText(draftId);
  }, [dirty, values, baseVersion, draftBase, draftId]);

  // Unsaved changes the browser is not keeping (storage full or blocked, or kept in memory only):
  // closing the tab or reloading would lose them without a word, so the browser asks first. Not
  // while the draft is kept: a reload restores it, and the question would only be in the way.
  useEffect(() => {
    if (!dirty || draftKept) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = ''; // browsers that ask only when it is set
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty, draftKept]);

  // Another tab of this browser editing the same bot shares its draft (followStored, below).
  const [otherTab, setOtherTab] = useState(false);
  // Another tab's draft waits for an open popup (the trigger picker, a condition's editor) to close,
  // and while text typed here is not in the form yet (see followMustWait).
  const followWaits = useRef(false);
  // Typed into (or changed) a text box or select of the form since the focus was last outside them:
  // "Berl" in "Find a time zone", a "Custom interval" chosen but not typed yet. Loading the editors
  // again would empty what is not in the form yet.
  const typedInForm = useRef(false);
  const followMustWait = () => popupOpen() || (typedInForm.current && isTextControlIn(mainRef.current, document.activeElement));
  useEffect(() => {
    const key = draftKey(draftId);
    const follow = () => followStored.current();
    const onStorage = (e: StorageEvent) => {
      if (e.key === key) follow();
    };
    // A page frozen in the background, or kept by the back-forward cache, hears no storage event:
    // it looks again when it is shown or focused.
    const onShown = () => {
      if (document.visibilityState === 'visible') follow();
    };
    const onTyped = (e: Event) => {
      if (isTextControlIn(mainRef.current, e.target)) typedInForm.current = true;
    };
    // The focus moved (onFocusIn), or left for nothing (onFocusOut: looked at once it has settled).
    const onFocusMoved = () => {
      if (!isTextControlIn(mainRef.current, document.activeElement)) typedInForm.current = false;
      if (followWaits.current && !followMustWait()) follow();
    };
    let settle: ReturnType<typeof setTimeout> | undefined;
    const onFocusOut = () => {
      clearTimeout(settle);
      settle = setTimeout(onFocusMoved, 0);
    };
    // [where, event, listener, capture]: added here, removed alike when the form goes.
    const listeners: [EventTarget, string, EventListener, boolean][] = [
      [window, 'storage', onStorage as EventListener, false],
      [window, 'focus', follow, false],
      [window, 'pageshow', follow, false],
      [document, 'visibilitychange', onShown, false],
      [document, 'focusin', onFocusMoved, false],
      [document, 'focusout', onFocusOut, false],
      [document, 'input', onTyped, true],
      [document, 'change', onTyped, true],
    ];
    for (const [target, type, listener, capture] of listeners) target.addEventListener(type, listener, capture);
    return () => {
      clearTimeout(settle);
      for (const [target, type, listener, capture] of listeners) target.removeEventListener(type, listener, capture);
    };
  }, [draftId]);

  // What "Discard changes" deletes besides the form, said in the question: a new bot's simulator
  // scenario goes with it (the app forgets it, onDiscardNew). Read as the question is asked: the
  // number of its events, 0 for a scenario without events, null when there is none.
  const [discardsEvents, setDiscardsEvents] = useState<number | null>(null);
  // Close (or Escape) while a save runs: nothing to close over yet, but say so rather than do nothing.
  const [closeWaits, setCloseWaits] = useState(false);
  const requestClose = useCallback(() => {
    if (savingRef.current) {
      setCloseWaits(true);
      return;
    }
    if (dirty) {
      // Asked again (Escape, Close or Cancel elsewhere) while the question is up: it takes the focus,
      // which reads it again. Its own Escape is "Keep editing".
      if (confirmClose) {
        keepEditingButton.current?.focus();
        return;
      }
      beforeConfirm.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setDiscardsEvents(saved === null && onDiscardNew ? newBotScenarioEvents() : null);
      setConfirmClose(true);
    } else onClose();
  }, [dirty, onClose, confirmClose, saved, onDiscardNew]);
  const mayClose = useCallback(() => !savingRef.current && !dirty, [dirty]);
  useEffect(() => {
    registerClose({ request: requestClose, may: mayClose });
    // Gone (closed, or another bot's form comes): until the next form registers, close at once.
    return () => registerClose(null);
  }, [registerClose, requestClose, mayClose]);

  const keepEditing = () => {
    setConfirmClose(false);
    onKeepEditing?.();
    const before = beforeConfirm.current;
    focusNext(() => (before?.isConnected ? before : cancelButton.current));
  };

  const loadForm = (next: BotForm) => {
    form.reset(next);
    setRowKeys(next.triggers.map(newRowKey));
    setFormKey((k) => k + 1); // editors with local state (custom delays) start again
  };

  // Deleted elsewhere while it is open here (the bot, fetched again, is not found): said at once, with
  // what can be done, rather than at Save. The form stays as it is; its draft, when edited, is kept.
  const showGone = useRef<() => void>(() => {});
  useEffect(() => {
    showGone.current = () => {
      // A running save meets the 404 itself; a bot saved here as a new one is another bot now.
      if (!saved || saved.id !== botId || savingRef.current || notice?.kind === 'gone') return;
      setSavedIsStale(true);
      setNotice({ kind: 'gone', elsewhere: { edited: dirty } });
    };
  });
  const queryClient = useQueryClient();

  /**
   * The saved bot a draft of another tab goes onto: the one shown here, or a newer version the app
   * fetched meanwhile (a draft made on version 2 must not sit on version 1: "Discard draft" showed it).
   */
  const newestSaved = (): Bot | null => {
    if (!saved) return null;
    const cached = queryClient.getQueryData(botQueryOptions(saved.id).queryKey);
    return cached && cached.id === saved.id && cached.version > saved.version ? cached : saved;
  };
  /** A newer saved version under the draft the form shows: what "Discard draft" and Save go back to. */
  const takeSaved = (newer: Bot) => {
    setSaved(newer);
    setSavedIsStale(false);
    setBaseline(formFromBot(newer));
  };

  /** Loads a draft another tab wrote into this form, which has no change of its own (see followStored). */
  const loadFromOtherTab = (stored: StoredDraft, onto: Bot | null = newestSaved()) => {
    const { restored: next, movedOnto: moved } = openDraft(stored, onto, account);
    if (next === null) return; // the saved version has its changes already
    if (onto && onto !== saved) takeSaved(onto);
    const place = focusPlace(mainRef.current);
    followed.current = JSON.stringify(next.form);
    storedSeen.current = storedDraftText(draftId);
    setOrigin(next);
    setBaseVersion(next.baseVersion);
    loadForm(next.form);
    setOtherTab(false);
    setRestoredWords(draftNoticeWords(next, moved, onto, account, 'otherTab'));
    setShowRestored(true);
    if (place) focusNext(() => placeIn(mainRef.current, place) ?? nameInput.current);
  };

  /** The other tab's draft this form showed is gone (saved or discarded there): the bot as saved, or its newer version. */
  const showSavedAgain = () => {
    if (!saved) return;
    const place = focusPlace(mainRef.current);
    followed.current = null;
    const bot = newestSaved() ?? saved;
    const newer = bot === saved ? null : bot;
    const next = formFromBot(bot);
    if (newer) {
      setSaved(newer);
      setSavedIsStale(false);
      setNotice({ kind: 'updated', version: newer.version });
    } else setAnnouncement('The unsaved changes from another tab were saved or discarded there: the form shows the bot as saved.');
    setBaseline(next);
    setBaseVersion(bot.version);
    setOrigin(null);
    loadForm(next);
    setShowRestored(false);
    if (place) focusNext(() => placeIn(mainRef.current, place) ?? nameInput.current);
  };

  // A newer version of the bot arrives (another tab saved it; the app fetches the bots again when
  // the mocked store changes elsewhere) while it is open here: shown at once when nothing is edited,
  // so that Save does not meet a 409 over a version this admin never saw. An edited bot keeps what
  // was typed; its Save meets the conflict notice, which shows both sides.
  const showNewer = useRef<(bot: Bot) => void>(() => {});
  useEffect(() => {
    showNewer.current = (newer) => {
      if (!saved || newer.id !== saved.id || newer.version <= saved.version || savingRef.current) return;
      // A stored draft shown unchanged (restored, or another tab's) goes onto the newer version, as
      // it would be opened now: a draft made on it stays as it is, with the version under it, and one
      // made on an older version moves onto it. When that version holds its changes, it is shown.
      if (dirty && origin && JSON.stringify(values) === followed.current) {
        const next = openDraft(origin, newer, account).restored;
        if (next !== null && JSON.stringify(next.form) === JSON.stringify(values)) {
          takeSaved(newer);
          setBaseVersion(next.baseVersion);
          return;
        }
        if (next !== null && !popupOpen()) return loadFromOtherTab(origin, newer);
        if (next !== null) return;
      } else if (dirty) return;
      // Not under an open picker or condition: what is typed there (a search, a chip's values) is
      // not in the form yet, and the reload would close it with the focus. Save meets the conflict.
      if (popupOpen()) return;
      const focusWasInForm = mainRef.current?.contains(document.activeElement) ?? false;
      const next = formFromBot(newer);
      setSavedIsStale(false);
      setSaved(newer);
      setBaseline(next);
      setBaseVersion(newer.version);
      loadForm(next);
      setNotice({ kind: 'updated', version: newer.version });
      if (focusWasInForm) focusName(); // the editors start again: the focus would fall to the page
    };
  });
  /**
   * The draft kept for this bot changed in another tab (or may have, while this page was frozen).
   * With changes made here, the kept draft is whichever tab typed last, and the footer says so; when
   * that tab saves or discards (the draft goes), this tab writes its changes back, so that a reload
   * here still finds them. A form with no change made here (as saved, or as a stored draft it shows
   * unchanged) takes the other tab's draft in instead, so that its first change builds on it rather
   * than writing over it; and when that draft goes, the form shows the bot as saved again. Loading
   * starts the editors again: the focus goes to the same place in them, and the status line says it.
   */
  useEffect(() => {
    followStored.current = () => {
      followWaits.current = false;
      if (draftIsOwn(draftId)) return; // what is kept is what this tab wrote or shows
      const shown = JSON.stringify(values);
      const changedHere = dirty && shown !== followed.current;
      const stored = readDraft(draftId);
      if (stored === null) {
        // In a shape this version cannot read: another version of the studio writes it.
        if (storedDraftText(draftId) !== null) {
          if (dirty) setOtherTab(true);
          return;
        }
        // That tab saved or discarded its changes: it no longer types into this draft.
        setOtherTab(false);
        if (changedHere) writeDraft(draftId, draftOf(values, baseVersion, draftBase));
        else if (dirty) showSavedAgain();
        return;
      }
      if (JSON.stringify(stored.form) === shown) {
        if (dirty) holdStoredDraft(draftId, values);
        return;
      }
      if (changedHere || saved === null || savingRef.current) {
        setOtherTab(true);
        return;
      }
      if (followMustWait()) {
        // What is typed in a popup, or in a search or custom interval of the form, is not in the form
        // yet, and loading would empty it (and close a popup with the focus).
        followWaits.current = true;
        return;
      }
      loadFromOtherTab(stored);
    };
  });

  useEffect(() => {
    if (botId === null) return;
    const hash = hashKey(botQueryOptions(botId).queryKey);
    return queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.query.queryHash !== hash) return;
      if (event.action.type === 'error' && event.action.error instanceof ApiError && event.action.error.status === 404) showGone.current();
      if (event.action.type !== 'success') return;
      const bot = event.query.state.data as Bot | undefined; // the bot's own query holds a parsed Bot
      if (bot) showNewer.current(bot);
    });
  }, [botId, queryClient]);

  /** `asNew`: create a new bot from the form (the edited one was deleted meanwhile). */
  const save = async (version = baseVersion, asNew = false) => {
    if (savingRef.current) return; // a double click sends one request
    setAttempted(true);
    setConfirmClose(false);
    if (!validation.ok) {
      setNotice({ kind: 'invalid', errors: validation.errors, live: true });
      speakNotice(notSavedSpeech(validation.errors, values));
      goToFirstProblem(validation.errors);
      return;
    }
    const unchanged = !dirty || JSON.stringify({ ...values, name: values.name.trim() }) === JSON.stringify(baseline);
    // Not for a bot deleted elsewhere: its notice offers to create it again.
    if (saved && !asNew && unchanged && version === baseVersion && !savedIsStale) {
      // Nothing changed: saving would only store the same bot as a new version, and turn an edit
      // open in another tab into a conflict ("Their changes: none"). It closes, as saved; spaces
      // typed around the name go with their draft (the list would still say "Unsaved changes"). A
      // form with no difference of its own leaves the stored draft alone: it is another tab's.
      if (dirty) {
        loadForm(baseline);
        clearDraft(draftId);
      }
      onUnchanged?.(saved);
      onClose();
      return;
    }
    savingRef.current = true;
    setSaving(true);
    setCloseWaits(false);
    setNotice(null);
    // Stored as the admin sees it: spaces around the name (SPEC counts it trimmed) would be kept
    // in the list and the status line ("Saved “  Welcome ”"). The box shows it trimmed too.
    const name = validation.value.name.trim();
    if (name !== form.getValues('name')) form.setValue('name', name);
    const sent = JSON.stringify(form.getValues());
    try {
      const { id: _id, version: _v, ...rest } = { ...validation.value, name };
      const stored = saved && !asNew ? await updateBot.mutateAsync({ ...rest, id: saved.id, version }) : await createBot.mutateAsync(rest);
      // Gone while it saved (the page stopped on an error and shows "Try again"): what was typed
      // meanwhile is in the draft, and nothing here is left to keep it again, so it stays.
      if (mounted.current || JSON.stringify(form.getValues()) === sent) clearDraft(draftId);
      setSavedIsStale(false);
      onSaved?.(
        stored,
        // The dialog's warnings, of the form as it was sent (what was stored).
        warnings.filter((w) => w.code !== 'plan_base').map((w) => w.message),
      );
      if (JSON.stringify(form.getValues()) !== sent) {
        // Typed while it was saving: what was sent is saved; the rest stays here, unsaved (and kept
        // as the saved bot's draft), instead of closing over it.
        setSaved(stored);
        setBaseline(formFromBot(stored));
        setBaseVersion(stored.version);
        setNotice({ kind: 'typedWhileSaving' });
        savingRef.current = false;
        setSaving(false);
        return;
      }
      // savingRef stays set: the bot is saved and the dialog closes, so a late second click saves nothing.
      onClose();
      return;
    } catch (error) {
      if (isConflictError(error)) {
        setSavedIsStale(true);
        // Against the version the draft started from, when it is known (see draftBase).
        setNotice(conflictNotice(error.body.current, JSON.parse(sent) as BotForm));
      } else if (error instanceof ApiError && error.status === 404 && saved && !asNew) {
        setSavedIsStale(true);
        // An unedited form has no changes to keep: said as the bot itself can be kept.
        setNotice(dirty ? { kind: 'gone' } : { kind: 'gone', unedited: true });
      } else if (error instanceof ApiError && error.status === 422 && error.errors.length > 0) {
        // The form checked against the account it has: the server refusing what passed here means
        // the account changed meanwhile (the plan, a stage removed). Fetched again, the form's own
        // check marks the field and the list says what the change means for each bot.
        void queryClient.invalidateQueries({ queryKey: accountQueryOptions().queryKey });
        setNotice({ kind: 'invalid', errors: error.errors, live: false });
        speakNotice(notSavedSpeech(error.errors, values));
        goToFirstProblem(error.errors);
      } else {
        const message = error instanceof Error ? error.message : String(error);
        setNotice({ kind: 'failed', message });
      }
    }
    savingRef.current = false;
    setSaving(false);
  };

  /** The conflict notice for `current` (the version saved meanwhile) against `yours`. */
  const conflictNotice = (current: Bot, yours: BotForm): Notice => {
    const changes = versionChanges(draftBase, current, yours, account);
    const combinable = changes.known && changes.theirs.length > 0 && changes.yours.length > 0 && draftBase !== null && rebaseDraft(yours, draftBase, current) !== null;
    return { kind: 'conflict', current, changes, combinable };
  };

  /**
   * "Keep both changes": their version with the admin's changed parts on top, in the form for the
   * admin to check and save (as a kept draft moves onto a newer version when opened). Offered only
   * when the two changed different parts; what was typed since the conflict counts too, and when
   * that now touches a part they changed, the notice is raised again with the lists as they stand.
   */
  const combine = (current: Bot) => {
    const yours = form.getValues();
    const next = draftBase ? rebaseDraft(yours, draftBase, current) : null;
    if (next === null) {
      setNotice(conflictNotice(current, yours));
      return;
    }
    setSavedIsStale(false);
    setSaved(current);
    setBaseline(formFromBot(current));
    setBaseVersion(current.version);
    loadForm(next);
    setNotice({ kind: 'combined', version: current.version });
    setShowRestored(false);
    focusNext(() => saveButton.current);
  };

  const reloadTheirs = (current: Bot) => {
    const next = formFromBot(current);
    setSavedIsStale(false);
    setSaved(current);
    setBaseline(next);
    setBaseVersion(current.version);
    loadForm(next);
    clearDraft(draftId);
    setNotice({ kind: 'reloaded', version: current.version });
    setShowRestored(false);
    focusName();
  };

  /** Saves from a notice's button (Retry, Overwrite, Create as a new bot): it leaves with the notice, so the focus goes to Save. */
  const saveFromNotice = (version = baseVersion, asNew = false) => {
    focusNext(() => saveButton.current);
    void save(version, asNew);
  };

  const overwrite = (current: Bot) => {
    setSaved(current);
    setBaseVersion(current.version);
    saveFromNotice(current.version);
  };

  const discardDraft = () => {
    followed.current = null;
    loadForm(baseline);
    setBaseVersion(saved?.version ?? 0);
    clearDraft(draftId);
    setShowRestored(false);
    // The focus goes to the name, which says nothing of what happened: said in the status line.
    setAnnouncement(saved ? `Draft discarded: the form shows “${saved.name}” as saved (version ${saved.version}).` : 'Draft discarded: the form is a new bot again.');
    focusName();
  };

  const discardAndClose = () => {
    clearDraft(draftId);
    if (saved === null) onDiscardNew?.();
    onClose();
  };

  const applyBot = useCallback(
    (bot: Bot) => {
      const opts = { shouldDirty: true } as const;
      // Everything but the name: a bot imported turned off must replay (and export) turned off.
      form.setValue('enabled', bot.enabled, opts);
      form.setValue('triggers', structuredClone(bot.triggers), opts);
      form.setValue('conditions', structuredClone(bot.conditions), opts);
      form.setValue('activeHours', bot.activeHours ? structuredClone(bot.activeHours) : null, opts);
      form.setValue('keepUnanswered', bot.keepUnanswered, opts);
      setRowKeys(bot.triggers.map(newRowKey));
      setFormKey((k) => k + 1);
    },
    [form],
  );

  const ctx: DraftContext = useMemo(
    () => ({ account, draft, validation, saved, applyBot, behaviourChanged }),
    [account, draft, validation, saved, applyBot, behaviourChanged],
  );

  // Two bots of one name are allowed (the CRM allows it) but hard to tell apart in the list: said.
  const otherBots = useBotNames().data;
  const typedName = (values.name ?? '').trim();
  const sameName = typedName === '' ? undefined : otherBots?.find((b) => b.id !== saved?.id && b.name.trim().toLocaleLowerCase('en-US') === typedName.toLocaleLowerCase('en-US'));
  const sameNameHint = sameName ? `Another bot is already named “${sameName.name.trim()}”: the list would show two bots of that name.` : undefined;
  const footerHeard = saving ? (closeWaits ? CLOSE_WAITS : '') : !dirty ? '' : !draftKept ? NOT_KEPT : otherTab ? OTHER_TAB : '';
  const nameErrors = messagesFor(errors, 'name');
  const shownNameErrors = attempted || nameTouched ? nameErrors : [];
  const triggerErrors = errorsUnder(errors, 'triggers');
  const listErrors = triggerErrors.filter((e) => e.path === '').map((e) => e.message);

  return (
    <>
      {showRestored && restoredWords !== '' && (
        // Not live (the status line says it): its buttons were read with it.
        <div className="ts-notice ts-notice-info">
          <p>{restoredWords}</p>
          <div className="ts-notice-actions">
            <button type="button" className="ui-button ts-button" onClick={discardDraft}>
              Discard draft
            </button>
            <button
              type="button"
              className="ui-button ts-button ts-button-quiet"
              onClick={() => {
                setShowRestored(false);
                focusName();
              }}
            >
              Keep it
            </button>
          </div>
        </div>
      )}

      <div className="ts-body" ref={setBody} data-popover-boundary>
        {/* Not a live region: the editors come within a frame or two, and it was said on every opening. */}
        {!editorsShown && <p className="ts-loading">Opening the bot…</p>}
        {/* The key restarts the editors' local state after the form is reloaded; the aside keeps its own. */}
        {editorsShown && (
          <div className="ts-main" key={formKey} ref={mainRef}>
            {renderAside && (
              // The simulator sits after the whole form (79 Tab presses from Close on a bot with a
              // condition and five ranges): the first stop after Close goes straight to it. Shown
              // when focused, over the name's label, so nothing moves.
              <button
                type="button"
                className="ui-button ts-button ts-skip"
                onClick={() => {
                  const first = firstControlIn(asideRef.current);
                  if (first) first.focus();
                  else {
                    // Its code still loads: the panel itself takes the focus, and the status line says why
                    // nothing is there yet (the panel is not named: the simulator's region, once it comes,
                    // holds the one name "Simulator").
                    asideRef.current?.focus();
                    setAnnouncement('The simulator is still loading. It comes here.');
                  }
                }}
              >
                Skip to the simulator
              </button>
            )}
            <section className="ts-section ts-bot" aria-label="Bot">
              <Controller
                control={form.control}
                name="name"
                render={({ field }) => (
                  <Field label="Bot name" errors={shownNameErrors} hint={sameNameHint} className="ts-grow">
                    {(p) => (
                      <input
                        {...p}
                        ref={(el) => {
                          nameInput.current = el;
                          field.ref(el);
                        }}
                        type="text"
                        autoComplete="off"
                        // A name in Arabic or Hebrew reads right to left, its punctuation where it belongs.
                        dir="auto"
                        // Far above the 100 characters allowed, so that a long paste shows the
                        // error to trim instead of being cut silently (100 emoji are 200+ units).
                        maxLength={2000}
                        value={field.value}
                        onChange={(e) => {
                          field.onChange(e.currentTarget.value);
                          // Shown from the first edit, not on leaving the field: an error appearing on
                          // blur moved everything below it down under a click already under way.
                          setNameTouched(true);
                        }}
                        onBlur={field.onBlur}
                      />
                    )}
                  </Field>
                )}
              />
              <Controller
                control={form.control}
                name="enabled"
                render={({ field }) => <Switch label="Bot enabled" checked={field.value} onChange={field.onChange} description="A disabled bot never starts." />}
              />
            </section>

            <section className="ts-section" aria-labelledby="ts-triggers-title">
              <h3 id="ts-triggers-title">Triggers</h3>
              <Controller
                control={form.control}
                name="triggers"
                render={({ field }) => {
                  const triggers = field.value;
                  const setTriggers = (next: Trigger[]) => field.onChange(next);
                  // A new bot starts with the default trigger; picking another one adds to it (the
                  // article's multi-choice field), so say when the default is still there beside others.
                  const defaultAt = saved === null ? triggers.findIndex(isDefaultTrigger) : -1;
                  /**
                   * `from`: "row" for the row's own Remove, whose button goes with the row: the focus goes
                   * to the heading of the trigger now in its place, else of the one before (as a removed
                   * condition's goes to the chip in its place), and to "When this happens" only when none
                   * is left. "picker" for the default-trigger note's button beside "When this happens".
                   */
                  const removeTrigger = (i: number, from: 'row' | 'picker' = 'row') => {
                    setAnnouncement(`Removed trigger ${i + 1}: ${describeTrigger(triggers[i]!, account)}.`);
                    setRowKeys((keys) => keys.filter((_, j) => j !== i));
                    const next = triggers.filter((_, j) => j !== i);
                    followItems('triggers', triggers, next);
                    setTriggers(next);
                    const left = triggers.length - 1;
                    const at = from === 'picker' || left === 0 ? -1 : Math.min(i, left - 1);
                    if (at < 0) {
                      whenButton.current?.focus();
                      return;
                    }
                    focusNext(() => mainRef.current?.querySelectorAll<HTMLElement>('.ts-trigger-list > .ts-trigger')[at]?.querySelector<HTMLElement>('.ts-trigger-summary'));
                  };
                  /** One place up or down (the list keeps the focus on the moved trigger and opens the fold for it). */
                  const moveTrigger = (i: number, direction: MoveDirection) => {
                    const to = moveTarget(i, direction);
                    if (to < 0 || to >= triggers.length) return;
                    setAnnouncement(`Trigger ${i + 1} moved to ${to + 1}.`);
                    // The row keys go with their triggers: each editor keeps what it remembers (an entity's tag).
                    setRowKeys((keys) => movedOne(keys, i, direction));
                    const next = movedOne(triggers, i, direction);
                    followItems('triggers', triggers, next);
                    setTriggers(next);
                  };
                  return (
                    <>
                      <TriggerList
                        account={account}
                        triggers={triggers}
                        rowKeys={rowKeys}
                        errors={triggerErrors}
                        now={nowMs}
                        timezone={botTimeZone(values, account)}
                        onChange={(i, next) => setTriggers(triggers.map((t, j) => (j === i ? next : t)))}
                        onRemove={removeTrigger}
                        onMove={moveTrigger}
                        onAnnounce={setAnnouncement}
                        folded={!triggersUnfolded}
                        onUnfold={() => setTriggersUnfolded(true)}
                      />
                      <FieldErrors errors={listErrors} />
                      {/* Read with "When this happens", where the admin fixes it; the error's own words name the button. */}
                      {listErrors.length > 0 && (
                        <span id="ts-trigger-list-error" className="ts-visually-hidden">
                          {triggers.length === 0 ? 'This bot has no trigger yet.' : listErrors.join(' ')}
                        </span>
                      )}
                      <div className="ts-when">
                        <TriggerPicker
                          buttonRef={whenButton}
                          describedBy={listErrors.length > 0 ? 'ts-trigger-list-error' : undefined}
                          account={account}
                          disabled={triggers.length >= 50}
                          onPick={(trigger) => {
                            const kept = defaultAt >= 0 ? ` Trigger ${defaultAt + 1}, the default, still starts the bot too.` : '';
                            setAnnouncement(`Added trigger ${triggers.length + 1}: ${describeTrigger(trigger, account)}.${kept}`);
                            setRowKeys((keys) => [...keys, newRowKey()]);
                            setTriggers([...triggers, trigger]);
                            if (triggers.length >= SUMMARY_LIMIT) setTriggersUnfolded(true); // the new one is past the fold
                            // Into the new trigger: its first setting, or its heading when it has none (the
                            // focus went back to "When this happens", below the new trigger's fields).
                            const at = triggers.length;
                            focusNext(() => {
                              const card = document.querySelectorAll<HTMLElement>('.ts-trigger-list > .ts-trigger')[at];
                              return card?.querySelector<HTMLElement>('.ts-trigger-body :is(input, select, textarea, button):not(:disabled)') ?? card?.querySelector<HTMLElement>('h4');
                            });
                          }}
                        />
                      </div>
                      {triggers.length > 1 && defaultAt >= 0 && (
                        // Beside the picker, where the eyes are after picking: trigger 1 may be out of view.
                        <div className="ts-default-note">
                          <p>
                            Trigger {defaultAt + 1} is the one new bots start with, so this bot also starts whenever a lead opens a
                            conversation with an incoming message. Remove it if only the triggers you added should start the bot.
                          </p>
                          <button type="button" className="ui-button ts-button" onClick={() => removeTrigger(defaultAt, 'picker')}>
                            Remove the default trigger
                          </button>
                        </div>
                      )}
                    </>
                  );
                }}
              />
            </section>

            <p role="status" className="ts-visually-hidden">
              {warningSpeech}
            </p>
            {warnings.length > 0 && (
              <section className="ts-warnings" aria-label="Warnings">
                <ul>
                  {warnings.map((w) => (
                    <li key={`${w.code}-${w.path}`}>{w.message}</li>
                  ))}
                </ul>
              </section>
            )}

            <section className="ts-section" aria-labelledby="ts-conditions-title">
              <h3 id="ts-conditions-title">Conditions</h3>
              <p className="ui-hint">All conditions must hold for the bot to start.</p>
              <Controller
                control={form.control}
                name="conditions"
                render={({ field }) => (
                  <ConditionsEditor
                    account={account}
                    value={field.value}
                    onChange={(next) => {
                      followItems('conditions', field.value, next);
                      field.onChange(next);
                    }}
                    errors={errorsUnder(errors, 'conditions')}
                    onAnnounce={setAnnouncement}
                    attempted={attempted}
                  />
                )}
              />
            </section>

            <section className="ts-section" aria-label="Triggers' active hours">
              <Controller
                control={form.control}
                name="activeHours"
                render={({ field }) => (
                  <ActiveHoursEditor
                    account={account}
                    value={field.value}
                    onChange={(next) => {
                      if (field.value && next) followItems('activeHours.ranges', field.value.ranges, next.ranges);
                      field.onChange(next);
                    }}
                    errors={errorsUnder(errors, 'activeHours')}
                    onAnnounce={setAnnouncement}
                  />
                )}
              />
            </section>

            <section className="ts-section" aria-labelledby="ts-status-title">
              <h3 id="ts-status-title">Message status</h3>
              <Controller
                control={form.control}
                name="keepUnanswered"
                render={({ field }) => (
                  <Switch
                    label="Keep bot replies marked unanswered"
                    checked={field.value}
                    onChange={field.onChange}
                    description="Conversations the bot answers stay unanswered for you, so you can catch up. It applies when a conversational trigger (a message, a conversation, a story mention) starts the bot."
                  />
                )}
              />
            </section>
          </div>
        )}

        {editorsShown && renderAside && (
          // tabIndex -1: "Skip to the simulator" lands on the panel itself while its code still loads.
          <aside className="ts-aside" ref={asideRef} tabIndex={-1}>
            {/* The simulator's controls sit between the form and Save (35 Tab presses, 77 with a
                sample loaded): the first stop after the form skips them, to Save. Shown when
                focused. Its name holds none of the names SPEC §10 keeps ("Save", "or" …): tests
                find those by part of a name. */}
            <button type="button" className="ui-button ts-button ts-skip" onClick={() => saveButton.current?.focus()}>
              Skip to the end of the dialog
            </button>
            {renderAside(ctx)}
          </aside>
        )}
      </div>

      <p role="status" className="ts-visually-hidden">
        {announcement}
      </p>
      {/* Polite: "Saving the bot…" is progress, not a problem (it sat in the footer's alert). */}
      <p role="status" className="ts-visually-hidden">
        {saving ? 'Saving the bot…' : ''}
      </p>
      <footer className="ts-footer">
        <SaveNotice
          values={values}
          notice={notice}
          onGoTo={(path) => problemAt(path)?.focus()}
          current={validation.ok ? NO_ERRORS : validation.errors}
          spoken={noticeSpeech}
          onRetry={() => saveFromNotice()}
          onReload={reloadTheirs}
          onOverwrite={overwrite}
          onCombine={combine}
          onSaveAsNew={() => saveFromNotice(baseVersion, true)}
        />
        {confirmClose && (
          // Escape on the question answers "Keep editing", as the app's other inline panels close on
          // Escape and give the focus back; it goes no further (the dialog does not ask again).
          <div className="ts-confirm" role="group" aria-labelledby="ts-confirm-text" onKeyDown={(e) => closeOnEscape(keepEditing)(e)}>
            <p id="ts-confirm-text">
              You have unsaved changes. Keep editing, close and keep them as a draft, or discard them
              {discardsEvents !== null && ` (and the simulator’s ${discardsEvents > 0 ? count(discardsEvents, 'event') : 'scenario'})`}?
            </p>
            <div className="ts-notice-actions">
              <button type="button" className="ui-button ts-button" ref={keepEditingButton} autoFocus onClick={keepEditing}>
                Keep editing
              </button>
              {draftKept && (
                // The draft is kept anyway (a reload keeps it too): closing over it loses nothing, and
                // the list marks the bot "Unsaved changes" until it is saved or discarded.
                <button type="button" className="ui-button ts-button" onClick={onClose}>
                  Close, keep the draft
                </button>
              )}
              <button type="button" className="ui-button ts-button ts-button-danger" onClick={discardAndClose}>
                Discard changes
              </button>
            </div>
          </div>
        )}
        <div className="ts-footer-actions">
          {/* Live only for what must be heard when it comes: a Close that waits for the save, a draft the
              browser does not keep, another tab editing the bot. "No changes" and "Unsaved changes" are
              not: the whole line was live, and said "No changes" on every opening. */}
          <span className="ts-dirty">
            {footerHeard !== '' ? '' : saving ? 'Saving…' : dirty ? 'Unsaved changes' : 'No changes'}
            <span role="status">{footerHeard}</span>
          </span>
          <button type="button" className="ui-button ts-button" ref={cancelButton} onClick={requestClose} disabled={saving}>
            Cancel
          </button>
          {/* aria-disabled, not disabled, while saving: a disabled button loses the focus (savingRef refuses a second save).
              Named "Save" throughout (SPEC §10): "Saving…" shows beside it, and a status says it. */}
          <button
            type="button"
            ref={saveButton}
            className="ui-button ts-button ts-button-primary"
            onClick={() => void save()}
            aria-disabled={saving || undefined}
            // The not-saved list as it is now, not the alert's snapshot from the Save press.
            aria-describedby={notice ? (notice.kind === 'invalid' ? 'ts-save-notice-problems' : 'ts-save-notice') : undefined}
          >
            Save
          </button>
        </div>
      </footer>
    </>
  );
}

// What the footer says beside Cancel and Save, when it must also be heard.
const CLOSE_WAITS = 'Saving… wait for it to finish before closing.';
const NOT_KEPT = 'Unsaved changes, not kept if you leave: this browser’s storage is full or blocked';
const OTHER_TAB = 'Unsaved changes. This bot is also being edited in another tab: a reload keeps whichever was typed last.';

/** The not-saved notice's opening sentence, for `count` problems. */
const notSavedIntro = (count: number) => `Fix ${count === 1 ? 'this' : `these ${count} problems`} first:`;

/** The most problems the notice lists; the rest show beside their fields. */
const LISTED = 8;

/**
 * What the alert says when Save is refused: the not-saved notice as it is at that press, without its
 * "Go to …" buttons. The notice itself is not live: it follows the fixes, and an alert re-read at
 * each fix ("Fix these 2 problems…") interrupted the typing that fixed them.
 */
function notSavedSpeech(problems: readonly ValidationError[], values: BotForm): string {
  const lines = problems.slice(0, LISTED).map((e) => `${placeOf(e, problems, values)}: ${problemWords(e, values)}`);
  if (problems.length > LISTED) lines.push(moreWords(problems.length - LISTED, unlisted(problems, problems, values).places));
  return ['The bot was not saved.', notSavedIntro(problems.length), ...lines].join(' ');
}

/**
 * Where the problems the notice does not list are, each place once, leaving out a place a listed
 * problem already goes to; `first`: the first of them that has a place to go to. "…and 1 more, shown
 * beside their fields" named no place, and a bot with nine problems left the admin looking for one.
 */
function unlisted(problems: readonly ValidationError[], among: readonly ValidationError[], values: BotForm): { places: string[]; first: { path: string; place: string } | null } {
  const bare = (e: ValidationError) => placeOf(e, among, values).replace(/ \(\d+ of \d+\)$/, '');
  const listed = new Set(problems.slice(0, LISTED).map(bare));
  const places: string[] = [];
  let first: { path: string; place: string } | null = null;
  for (const e of problems.slice(LISTED)) {
    const place = bare(e);
    if (listed.has(place) || places.includes(place)) continue;
    places.push(place);
    if (!first && hasPlace(e.path)) first = { path: e.path, place };
  }
  return { places, first };
}

/** "…and 3 more, shown beside their fields: Trigger 9; Active hours, Thursday, to." (places with commas: semicolons between). */
const moreWords = (more: number, places: readonly string[]) =>
  `…and ${more} more, shown beside their fields${places.length === 0 ? '' : `: ${places.slice(0, LISTED).join('; ')}${places.length > LISTED ? '; and others' : ''}`}.`;

function SaveNotice({
  values,
  notice: raised,
  current,
  spoken,
  onRetry,
  onReload,
  onOverwrite,
  onCombine,
  onSaveAsNew,
  onGoTo,
}: {
  values: BotForm;
  notice: Notice | null;
  /** The form's problems now. */
  current: readonly ValidationError[];
  /** What the alert says for a not-saved notice (notSavedSpeech() at the Save press). */
  spoken: string;
  onRetry(): void;
  onReload(current: Bot): void;
  onOverwrite(current: Bot): void;
  onCombine(current: Bot): void;
  onSaveAsNew(): void;
  /** Moves the focus to a problem's place in the form. */
  onGoTo(path: string): void;
}) {
  // Problems fixed since Save was pressed leave the list, and the notice goes with the last one.
  // The list is not live: only the alert's snapshot, made at the Save press, is spoken.
  const problems =
    raised?.kind === 'invalid' ? (raised.live ? raised.errors.filter((e) => current.some((c) => c.path === e.path && c.message === e.message)) : raised.errors) : [];
  const notice = raised?.kind === 'invalid' && problems.length === 0 ? null : raised;
  // The words a notice puts in the alert; its buttons come after it. Inside the alert ("Reload theirs",
  // "Overwrite", "Retry", "Create as a new bot"), they were read with its words.
  const speechOnly = notice?.kind === 'invalid' || notice?.kind === 'conflict';
  return (
    // Save's description (a not-saved notice's: its list). The alert inside is always in the page, so
    // that what comes into it is spoken; a not-saved or conflict notice puts only its words there, as
    // they were when it was raised (its buttons sit between its sentence and its lists).
    <div id="ts-save-notice" className={notice ? `ts-notice ${notice.kind === 'reloaded' || notice.kind === 'updated' || notice.kind === 'combined' ? 'ts-notice-info' : 'ts-notice-error'}` : 'ts-notice-empty'}>
      <div role="alert" className={speechOnly ? 'ts-visually-hidden' : undefined}>
        {notice?.kind === 'invalid' && spoken}
        {notice?.kind === 'conflict' && conflictSpeech(notice.current.version, notice.changes, notice.combinable)}
        {notice?.kind === 'gone' &&
          (notice.elsewhere ? (
            <p>
              <strong>This bot was deleted elsewhere</strong> (in another tab or by another admin).{' '}
              {notice.elsewhere.edited
                ? 'Your changes can be kept as a new bot: save them as a new bot, or cancel to let them go.'
                : 'It can be kept as a new bot: save it as a new bot, or close this to let it go.'}
            </p>
          ) : (
            <p>
              {notice.unedited ? (
                // Not "your changes": there are none.
                <>
                  <strong>Someone deleted this bot.</strong> It can be kept as a new bot: save it as a new bot, or close this to let it go.
                </>
              ) : (
                <>
                  <strong>Someone deleted this bot while you were editing.</strong> Your changes are still here: save them as a new bot, or cancel to let
                  them go.
                </>
              )}
            </p>
          ))}
        {notice?.kind === 'reloaded' && (
          <p>
            <strong>Their version is loaded</strong> (version {notice.version}); your changes were discarded.
          </p>
        )}
        {notice?.kind === 'combined' && (
          <p>
            <strong>Both are in the form now, not saved yet:</strong> their version (version {notice.version}) with your changes on top. Check them,
            then save.
          </p>
        )}
        {notice?.kind === 'updated' && (
          <p>
            <strong>A newer version was saved elsewhere</strong> (version {notice.version}), in another tab or by another admin; it is shown here.
          </p>
        )}
        {notice?.kind === 'typedWhileSaving' && (
          <p>
            <strong>Saved as it was when you pressed Save.</strong> What you changed while it was saving is not saved yet: press Save again to keep
            it.
          </p>
        )}
        {notice?.kind === 'failed' && (
          <p>
            <strong>The bot was not saved.</strong> {notice.message} Your changes are still here: retry when you are ready.
          </p>
        )}
      </div>
      {notice?.kind === 'conflict' && (
        <>
          {/* Shown, not read: the alert above says the same words (conflictSpeech), and reading both
              said the conflict twice to a screen reader moving through the dialog. */}
          <p aria-hidden="true">
            <strong>Someone else saved this bot while you were editing</strong> (it is now version {notice.current.version}). Load their version, or
            overwrite it with yours.{notice.combinable && ' You changed different parts: you can also keep both.'}
          </p>
          {/* The buttons before the lists: in a short window the notice scrolls, and they stay in view. */}
          <div className="ts-notice-actions">
            {notice.combinable && (
              <button type="button" className="ui-button ts-button" onClick={() => onCombine(notice.current)}>
                Keep both changes
              </button>
            )}
            <button type="button" className="ui-button ts-button" onClick={() => onReload(notice.current)}>
              Reload theirs
            </button>
            <button type="button" className="ui-button ts-button ts-button-danger" onClick={() => onOverwrite(notice.current)}>
              Overwrite
            </button>
          </div>
          <div aria-hidden="true">
            <ConflictChanges changes={notice.changes} />
          </div>
        </>
      )}
      {notice?.kind === 'gone' && (
        <div className="ts-notice-actions">
          <button type="button" className="ui-button ts-button" onClick={onSaveAsNew}>
            Create as a new bot
          </button>
        </div>
      )}
      {notice?.kind === 'failed' && (
        <div className="ts-notice-actions">
          <button type="button" className="ui-button ts-button" onClick={onRetry}>
            Retry
          </button>
        </div>
      )}
      {notice?.kind === 'invalid' && (
        <div id="ts-save-notice-problems">
          <p>
            <strong>The bot was not saved.</strong> {notSavedIntro(problems.length)}
          </p>
          <ul>
            {problems.slice(0, LISTED).map((e) => (
              <li key={`${e.path}\u0000${e.message}`}>
                {placeOf(e, notice.errors, values)}: {problemWords(e, values)}
                {/* A button of its own, named by the place only: the message may quote another
                    button's name ("When this happens"), which tests and people look for. Named by
                    the part too where the place has problems in several (placeOf). */}
                {hasPlace(e.path) && (
                  <>
                    {' '}
                    <button type="button" className="ts-problem" onClick={() => onGoTo(e.path)}>
                      Go to {placeOf(e, notice.errors, values)}
                    </button>
                  </>
                )}
              </li>
            ))}
            {problems.length > LISTED &&
              (() => {
                const { places, first } = unlisted(problems, notice.errors, values);
                return (
                  <li>
                    {moreWords(problems.length - LISTED, places)}
                    {first && (
                      <>
                        {' '}
                        <button type="button" className="ts-problem" onClick={() => onGoTo(first.path)}>
                          Go to {first.place}
                        </button>
                      </>
                    )}
                  </li>
                );
              })()}
          </ul>
        </div>
      )}
    </div>
  );
}

/** What the alert says for a conflict: the notice's sentence and ConflictChanges' lists, in words. */
function conflictSpeech(version: number, changes: VersionChanges, combinable: boolean): string {
  const lines = [
    `Someone else saved this bot while you were editing (it is now version ${version}). Load their version, or overwrite it with yours.${combinable ? ' You changed different parts: you can also keep both.' : ''}`,
  ];
  const items = (list: PartChange[]) => list.map((c) => `${c.part}: ${c.now}.`);
  if (!changes.known) {
    lines.push('Your changes were started from an earlier version, so who changed what cannot be told apart. Their version and yours differ in:');
    lines.push(...changes.differ.map((c) => `${c.part}: theirs ${c.theirs}; yours ${c.yours}.`));
  } else {
    lines.push(changes.theirs.length ? 'Their changes (Overwrite discards them):' : 'Their changes: none (their save kept the settings you started from).', ...items(changes.theirs));
    lines.push(changes.yours.length ? 'Your changes (Reload theirs discards them):' : 'Your changes: none.', ...items(changes.yours));
    if (changes.both.length) lines.push('Changed alike by both (kept either way):', ...items(changes.both));
  }
  return lines.join(' ');
}

/** The conflict's two sides, part by part: what "Overwrite" and "Reload theirs" would each throw away. */
function ConflictChanges({ changes }: { changes: VersionChanges }) {
  if (!changes.known)
    return (
      <div className="ts-conflict-changes">
        <p>Your changes were started from an earlier version, so who changed what cannot be told apart. Their version and yours differ in:</p>
        <ul>
          {changes.differ.map((c) => (
            <li key={c.part}>
              {c.part}: theirs {c.theirs}; yours {c.yours}
            </li>
          ))}
        </ul>
      </div>
    );
  const list = (items: PartChange[]) => (
    <ul>
      {items.map((c) => (
        <li key={c.part}>
          {c.part}: {c.now}
        </li>
      ))}
    </ul>
  );
  return (
    <div className="ts-conflict-changes">
      <p>Their changes{changes.theirs.length ? ' (Overwrite discards them):' : ': none (their save kept the settings you started from).'}</p>
      {changes.theirs.length > 0 && list(changes.theirs)}
      <p>Your changes{changes.yours.length ? ' (Reload theirs discards them):' : ': none.'}</p>
      {changes.yours.length > 0 && list(changes.yours)}
      {changes.both.length > 0 && (
        <>
          <p>Changed alike by both (kept either way):</p>
          {list(changes.both)}
        </>
      )}
    </div>
  );
}

/**
 * The draft a bot opens with. A draft started from an older version, when it knows that version
 * and the version saved since changed other parts than it did, moves onto the newer version
 * (`movedOnto`: which, and what it changed); without that, it opens as it was kept, and Save meets
 * the conflict notice. A draft whose changes the newer version already has is no draft.
 */
function openDraft(draft: StoredDraft | null, saved: Bot | null, account: Account): { restored: StoredDraft | null; movedOnto: { version: number; theirs: PartChange[] } | null } {
  if (!draft || !saved || draft.baseVersion >= saved.version || !draft.base) return { restored: draft, movedOnto: null };
  const next = rebaseDraft(draft.form, draft.base, saved);
  if (next === null) return { restored: draft, movedOnto: null };
  const theirs = formFromBot(saved);
  if (JSON.stringify(next) === JSON.stringify(theirs)) return { restored: null, movedOnto: null };
  const changes = versionChanges(draft.base, saved, draft.form, account);
  return {
    restored: { form: next, baseVersion: saved.version, base: theirs, savedAt: draft.savedAt },
    movedOnto: { version: saved.version, theirs: changes.known ? changes.theirs : [] },
  };
}

/** The draft kept of the form: its values on the saved version they started from (`base`, when known). */
const draftOf = (form: BotForm, baseVersion: number, base: BotForm | null): StoredDraft => ({
  form,
  baseVersion,
  ...(base ? { base } : {}),
  savedAt: new Date().toISOString(),
});

/** True while a popup of the dialog is open (the trigger picker, a condition's editor, a menu). */
const popupOpen = (): boolean => document.querySelector('[data-radix-popper-content-wrapper]') !== null;

/** Controls text is typed or chosen in (not switches, checkboxes, buttons), inside `root`. */
const NOT_TYPED_IN: ReadonlySet<string> = new Set(['button', 'checkbox', 'color', 'file', 'hidden', 'image', 'radio', 'range', 'reset', 'submit']);
function isTextControlIn(root: HTMLElement | null, el: EventTarget | null): boolean {
  if (!root || !(el instanceof Node) || !root.contains(el)) return false;
  return el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el instanceof HTMLInputElement && !NOT_TYPED_IN.has(el.type));
}

/** Where the focus is inside `root`: the child indexes down to it, and what kind of control it is. */
type FocusPlace = { path: number[]; kind: string };
const kindOf = (el: Element) => `${el.tagName}|${el.getAttribute('type') ?? ''}|${el.getAttribute('role') ?? ''}`;

function focusPlace(root: HTMLElement | null): FocusPlace | null {
  const active = document.activeElement;
  if (!root || !(active instanceof HTMLElement) || active === root || !root.contains(active)) return null;
  const path: number[] = [];
  for (let el: HTMLElement = active; el !== root && el.parentElement; el = el.parentElement) path.unshift(Array.prototype.indexOf.call(el.parentElement.children, el));
  return { path, kind: kindOf(active) };
}

/** The control at `place` in `root` (editors started again), when it is of the same kind. */
function placeIn(root: HTMLElement | null, place: FocusPlace): HTMLElement | null {
  let el: Element | undefined = root ?? undefined;
  for (const i of place.path) el = el?.children[i];
  return el instanceof HTMLElement && kindOf(el) === place.kind ? el : null;
}

/**
 * What the notice above the form says of a stored draft it shows: restored on opening, or loaded
 * from another tab (whose admin typed it and left it there). Made once, when it comes: a save from
 * here later moves `saved` on, and the words would then say "saved by someone since" of the admin's own save.
 */
function draftNoticeWords(
  draft: StoredDraft,
  movedOnto: { version: number; theirs: PartChange[] } | null,
  saved: Bot | null,
  account: Account,
  from: 'restored' | 'otherTab',
): string {
  const opening =
    from === 'otherTab'
      ? 'Unsaved changes to this bot from another tab were loaded.'
      : `${saved ? 'Your unsaved changes to this bot were restored' : 'Your unsaved new bot was restored'}${draft.savedAt && Number.isFinite(Date.parse(draft.savedAt)) ? ` (from ${formatLocal(Date.parse(draft.savedAt), account.timezone)})` : ''}.`;
  if (movedOnto !== null) {
    const theirs = movedOnto.theirs.length > 0 ? `: ${movedOnto.theirs.map((c) => `${c.part} now ${c.now}`).join('; ')}` : '';
    return `${opening} The bot has been saved since (version ${movedOnto.version}${theirs}); ${from === 'otherTab' ? 'the changes are' : 'your changes are'} kept on top of it.`;
  }
  return saved && draft.baseVersion < saved.version ? `${opening} The bot has been saved by someone since; saving will ask what to keep.` : opening;
}
