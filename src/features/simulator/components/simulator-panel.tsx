import { useCallback, useDeferredValue, useEffect, useEffectEvent, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { validateBot, type Bot, type SimEvent, type ValidationError } from '../../../domain';
import type { EventEcho } from '../../../engine';
import { DRAFT_ID, exportScenario, scenarioFor, simulationValidation, workbenchFromScenario } from '../model/build-scenario';
import { echoWords, type EchoView } from '../model/echo-words';
import { EventOutcome } from './event-outcome';
import { browserStorage, loadChecks, removeChecks, saveChecks } from '../model/checks-storage';
import { KeptNote } from './kept-note';
import { namesOf } from '../model/describe';
import { filterColumns } from '../model/columns';
import type { ResultRow, RowFilter } from '../model/rows';
import { expectsAnything, verdictWords } from '../model/expectations';
import { diffWords } from '../model/diff';
import { EMPTY_WORKBENCH, type SimulatorProps, type Workbench } from '../model/types';
import { loadSample, type Sample } from '../samples';
import type { TrafficOptions } from '../model/traffic';
import type { Inspection, ParsedScenario } from '../worker/protocol';
import { MAX_IMPORT_BYTES } from '../worker/protocol';
import { EngineStopped } from '../worker/client';
import { stoppedWords, withoutHeldTraffic } from '../model/engine-stopped';
import { DiffView, diffSaid } from './diff-view';
import { EventComposer } from './event-composer';
import { ExpectationsView, expectationsSaid } from './expectations-view';
import { useOneStatus } from './said-on-change';
import { ResultsFilters } from './results-filters';
import { ResultsTable } from './results-table';
import { RowInspector } from './row-inspector';
import { SamplePicker } from './sample-picker';
import { ownScenarioWords, sampleReplaces } from '../model/own-scenario';
import { scenarioLocation } from '../model/scenario-location';
import { ScenarioFile, importQuestion, tooLargeMessage, type ImportQuestion } from './scenario-file';
import type { ReplaceAnswer } from './replace-question';
import { Timeline } from './timeline';
import { RateLimitNotice } from './rate-limit-notice';
import { AfterEndNotice } from './after-end-notice';
import { formatLocal } from '../../../engine/time';
import { showInstant } from '../model/local-time';
import { TrafficGenerator } from './traffic-generator';
import { forgetWorkbench, recallWorkbench, recordKept, rememberWorkbench, useKeptOutcome } from './session';
import { runKey, useEngineClient, useSimulation, type Finished } from './use-simulation';
import { locationOf } from '../../../lib/error-location';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render';
import './simulator.css';
import { count } from '../../../lib/count';
import { downloadText, fileNameOf } from '../../../lib/download-text';
import { accountBotsBeside, NO_ACCOUNT_BOTS } from '../model/account-bots';
import { withDistinctNames } from '../model/bot-names';
import { AccountBotsToggle } from './account-bots-toggle';
import { revealBlock } from './reveal';

const storage = browserStorage; // undefined, not a throw, when the browser blocks site data
const NO_FILTER: RowFilter = { botId: null, lead: '', reason: null };
const NO_BOTS: readonly Bot[] = [];
/** The status's words while the panel waits on the engine for one of these (also what it was doing when the engine stopped). */
const READING = 'Reading the file…';
const PREPARING = 'Preparing the file…';
const GENERATING = 'Generating traffic…';

/** What the results' heading says, and a screen reader hears after a run ("Results: 1 run and 2 skips"). */
const resultsWords = (counts: { runs: number; skips: number }) => `Results: ${count(counts.runs, 'run')} and ${count(counts.skips, 'skip')}`;

/** A loaded sample's first results for the one sentence that says it: "2 runs and 1 skip; every expectation holds". */
function loadedOutcome(run: Finished, expected: boolean): string {
  const lower = (s: string) => `${s.charAt(0).toLowerCase()}${s.slice(1).replace(/\.$/, '')}`;
  const parts = [`${count(run.counts.runs, 'run')} and ${count(run.counts.skips, 'skip')}`];
  if (expected && run.report) parts.push(lower(verdictWords(run.report)));
  if (run.diff && run.eventCount > 0) parts.push(`draft versus saved, ${lower(diffWords(run.diff.counts))}`);
  return parts.join('; ');
}

/** A bot's problems against this account, in words ("Trigger 1: This channel does not exist in the account (ch-x)."), the first three. */
function problemsOf(errors: ValidationError[], bot: Bot): string {
  const listed = errors.slice(0, 3).map((e) => `${locationOf(e.path, bot)}: ${e.message}`);
  return listed.join(' ') + (errors.length > 3 ? ` …and ${errors.length - 3} more.` : '');
}

export function SimulatorPanel({ account, draft, validation: editorValidation, saved, applyBot, behaviourChanged = false, accountBots }: SimulatorProps) {
  const validation = useMemo(() => simulationValidation(draft, editorValidation, account), [draft, editorValidation, account]);
  const client = useEngineClient();
  const checksId = saved?.id ?? DRAFT_ID;
  // The checks kept with this bot come back when the panel opens for it.
  const [workbench, setWorkbenchState] = useState<Workbench>(() => recallWorkbench(checksId) ?? loadChecks(storage(), checksId)?.workbench ?? EMPTY_WORKBENCH);
  // Remembered at once (not in an effect): applying a bot may remount this panel in the same render.
  const setWorkbench = useCallback(
    (next: Workbench | ((w: Workbench) => Workbench)) => {
      if (typeof next !== 'function') rememberWorkbench(checksId, next);
      setWorkbenchState((w) => {
        const value = typeof next === 'function' ? next(w) : next;
        rememberWorkbench(checksId, value);
        return value;
      });
    },
    [checksId],
  );
  const [checksFor, setChecksFor] = useState(checksId);
  if (checksFor !== checksId) {
    // First save of a draft (or another bot): its own checks win, else the current ones move with it.
    setChecksFor(checksId);
    const kept = recallWorkbench(checksId) ?? loadChecks(storage(), checksId)?.workbench;
    if (kept) setWorkbenchState(kept);
  }
  // `live`: said by its own status; a loaded sample's is said by the run status instead, with its results.
  // `key`: a new one says the words again, also when they are the same (the engine stopped twice).
  const [notice, setNoticeState] = useState<{ text: string; live: boolean; key?: number }>({ text: '', live: true });
  const setNotice = (text: string) => setNoticeState({ text, live: true });
  const [fileErrors, setFileErrors] = useState<ValidationError[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [filter, setFilter] = useState<RowFilter>(NO_FILTER);
  // A selection belongs to the run it was made in; a new run clears it.
  const [selection, setSelection] = useState<{ row: ResultRow; run: unknown } | null>(null);
  const [inspection, setInspection] = useState<Inspection | null>(null);
  /** "What happened?" under a composer event: its index, and the engine's answer for it. */
  /** A file read and waiting for the admin's answer (its traffic waits in the worker), with its question. */
  const [importing, setImporting] = useState<{ question: ImportQuestion; parsed: ParsedScenario; next: Workbench; apply: Bot | null; misfit: string | null } | null>(
    null,
  );
  const importKey = useRef(0);
  const [outcomeOpen, setOutcomeOpen] = useState<number | null>(null);
  /**
   * "What happened after event N?" in a result's details, for an event held in the worker (generated
   * or imported in bulk): the composer does not list those, so its "What happened?" could not reach
   * them. `row`: the details it was opened in (it goes with them).
   */
  const [heldOpen, setHeldOpen] = useState<{ row: string; index: number } | null>(null);
  const [heldReply, setHeldReply] = useState<{ index: number; run: unknown; bots: Bot[]; reply: { value: EventEcho | null; event: SimEvent } | null } | null>(null);
  const [outcomeReply, setOutcomeReply] = useState<{ index: number; run: unknown; event: SimEvent; bots: Bot[]; value: EventEcho | null } | null>(null);

  // The account's other saved bots, when the admin includes them: all but the one being edited.
  const includeAccountBots = accountBots !== undefined && workbench.includeAccountBots === true;
  const beside = useMemo(
    () => (accountBots?.status === 'ready' ? accountBotsBeside(accountBots.bots, account, saved?.id ?? null, workbench.otherBots) : NO_ACCOUNT_BOTS),
    [accountBots, account, saved?.id, workbench.otherBots],
  );
  const besideBots = includeAccountBots ? beside.bots : NO_BOTS;
  const { bot, base, state, runNow } = useSimulation({ client, account, workbench, validation, saved, accountBots: besideBots });
  // The checks are kept with the bot whenever the scenario changes; KeptNote says when they cannot be.
  const kept = useKeptOutcome(checksId);
  useEffect(() => {
    if (checksFor === checksId) recordKept(checksId, saveChecks(storage(), checksId, workbench));
  }, [workbench, checksId, checksFor]);
  // A new bot's first save moves its scenario to the bot's id: the next new bot starts without it.
  const previousId = useRef(checksId);
  useEffect(() => {
    if (previousId.current === DRAFT_ID && checksId !== DRAFT_ID) {
      forgetWorkbench(DRAFT_ID);
      removeChecks(storage(), DRAFT_ID);
    }
    previousId.current = checksId;
  }, [checksId]);
  const storedNote = useMemo(() => {
    // A scenario this browser does not keep is said once, by KeptNote, with or without checks.
    if (!workbench.expect || kept === 'too-large' || kept === 'unavailable') return null;
    if (workbench.bulk) return `These checks are kept with this bot and re-run on every edit; the ${workbench.bulk.label} are not kept over a reload: export the scenario to keep them.`;
    return 'These checks are kept with this bot and re-run on every edit.';
  }, [workbench, kept]);

  const names = useMemo(() => namesOf(account), [account]);
  const resultsRef = useRef<HTMLElement>(null);
  const focusNext = useFocusAfterRender();
  const last = state.status === 'idle' ? null : state.last;
  /**
   * The results shown are from before the last change, which cannot run (the scenario or the draft has
   * errors): they are marked so, and their expectations not said to hold (a green "Every expectation
   * holds." stood under the list of the scenario's problems).
   */
  const stale =
    last !== null &&
    (state.status === 'invalid' || !validation.ok || (state.status === 'stopped' && (state.base !== last.base || state.bot !== last.bot)));
  // After traffic or a file arrives, the screen reader keeps hearing what is being done until the
  // run of the new events answers: the last run's counts, shown again for that moment once the
  // busy words went, were spoken as if they were the new results.
  const [awaiting, setAwaiting] = useState<{ run: typeof last; words: string } | null>(null);
  const stillAwaiting = awaiting !== null && awaiting.run === last && bot !== null && state.status !== 'stopped';
  if (awaiting !== null && !stillAwaiting) setAwaiting(null); // answered: do not hold the old run
  const selected = selection && selection.run === last ? selection.row : null;
  /**
   * A sample just loaded is said in one sentence, once its events' first run answers: what was loaded,
   * the results, the expectations' verdict and the difference from the saved bot ("Loaded the sample
   * “…” and applied its bot's settings to your draft (not saved): 2 runs and 1 skip; every
   * expectation holds."). Its notice, the run status, the expectations and the diff each said their
   * part at once, four live regions over each other. `after`: the run state when it was loaded;
   * `draft`: the draft then (the sample's bot comes with a later one).
   */
  const [loading, setLoading] = useState<{ after: typeof state; draft: unknown; eventsOnly: boolean; head: string } | null>(null);
  /**
   * The sentence said, held in the status (so not said again) until the results change. `run`: the
   * results it said (null when there were none to say); `state`: the run state it was said in.
   */
  const [loadSaid, setLoadSaid] = useState<{ state: typeof state; run: Finished | null; words: string } | null>(null);
  if (loading !== null) {
    // A run of the new events with the bot as it was before the sample's bot reached the draft (one
    // started, or finishing, in between) is not the sample's result: said with the sentence, its
    // counts were then corrected by the next run's "Results: …" (seen on a loaded machine).
    const ofThisBot = state.status !== 'done' || (bot !== null && (loading.eventsOnly || draft !== loading.draft) && (state.last.bot === bot || runKey(state.last.bot) === runKey(bot)));
    const ran = state !== loading.after && state.status !== 'running' && ofThisBot && (state.status === 'done' ? state.last.base : state.status === 'invalid' ? state.base : null) === base;
    if (ran && state.status === 'done') {
      setLoadSaid({ state, run: state.last, words: `${loading.head}: ${loadedOutcome(state.last, workbench.expect !== undefined)}.` });
      setLoading(null);
    } else if (ran && state.status === 'invalid') {
      setLoadSaid({ state, run: null, words: `${loading.head}; its events cannot be simulated: see the problems below.` });
      setLoading(null);
    } else if (state.status === 'stopped' && state !== loading.after) {
      setLoading(null); // the engine stopped: the notice says so, and the next results are said as any are
    } else if (!bot && (loading.eventsOnly || draft !== loading.draft)) {
      setLoadSaid({ state, run: null, words: `${loading.head}; your draft has errors, so it is not replayed until they are fixed.` });
      setLoading(null);
    }
  } else if (loadSaid !== null && (busy !== null || stillAwaiting)) {
    setLoadSaid(null); // other words take the status (generating, importing, exporting): the sentence is not said again after them
  } else if (loadSaid !== null && state !== loadSaid.state) {
    // Other results (or none): said as any run's are. The same counts again are not said again.
    const said = loadSaid.run;
    if ((state.status === 'invalid' && said !== null) || (state.status === 'done' && (said === null || resultsWords(state.last.counts) !== resultsWords(said.counts)))) setLoadSaid(null);
  }
  const setSelected = useCallback((row: ResultRow | null) => setSelection(row ? { row, run: last } : null), [last]);
  // The draft under its current name: a rename does not re-run it (useSimulation). Deferred, so that
  // the results (every row names its bot) re-render after the keystroke has painted, not inside it.
  const draftName = useDeferredValue(bot && last && bot.id === last.bot.id ? bot.name : null);
  const bots = useMemo(() => {
    const m = new Map<string, Bot>();
    if (last) m.set(last.bot.id, draftName !== null ? { ...last.bot, name: draftName } : last.bot);
    for (const b of workbench.otherBots) if (!m.has(b.id)) m.set(b.id, b);
    for (const b of besideBots) if (!m.has(b.id)) m.set(b.id, b);
    return m;
  }, [last, draftName, workbench.otherBots, besideBots]);
  // The bots as the results name them: two with one name (the app allows it; the account's bots
  // included, two "Welcome" bots answered the same message) are told apart by their ids.
  const shownBots = useMemo(() => withDistinctNames(bots), [bots]);
  // A bot no longer replayed (the account's bots left out again, load demo bots removed) filters nothing.
  const shownFilter = useMemo(() => (filter.botId !== null && last && !bots.has(filter.botId) ? { ...filter, botId: null } : filter), [filter, last, bots]);

  // Asked again after every run (an edit may change the answer), with the base that run was sent
  // with: a base not sent yet gives undefined, and the run it waits for asks again.
  useEffect(() => {
    // No valid draft: nothing is run, so no answer would come (the panel says why instead).
    if (outcomeOpen === null || !client || !last || !bot) return;
    let live = true;
    const index = outcomeOpen;
    const event = base.events[index];
    if (!event) return;
    void client.echo(base, last.bot, index).then((value) => {
      if (live && value !== undefined) setOutcomeReply({ index, run: last, event, bots: scenarioFor(base, last.bot).bots, value });
    });
    return () => {
      live = false;
    };
  }, [outcomeOpen, last, client, base, bot]);

  const heldAsk = selected !== null && heldOpen !== null && heldOpen.row === selected.key ? heldOpen.index : null;
  useEffect(() => {
    if (heldAsk === null || !client || !last || !bot) return;
    let live = true;
    const index = heldAsk;
    void client.echoHeld(base, last.bot, index).then((reply) => {
      if (live && reply !== undefined) setHeldReply({ index, run: last, bots: scenarioFor(base, last.bot).bots, reply });
    });
    return () => {
      live = false;
    };
  }, [heldAsk, last, client, base, bot]);

  const view = useMemo(() => (last ? filterColumns(last.columns, shownFilter) : null), [last, shownFilter]);
  const report = workbench.expect ? (last?.report ?? null) : null;
  // With no event there is nothing to compare ("The edit changes no run (0 the same)" was noise).
  const shownDiff = last?.diff && last.eventCount > 0 ? last.diff : null;

  const replaceWorkbench = useCallback(
    async (next: Workbench, keepBulk = false) => {
      if (!keepBulk && workbench.bulk && client) await client.clearBulk();
      // The choice to include the account's bots is the admin's, not the scenario's: it stays.
      setWorkbench(workbench.includeAccountBots ? { ...next, includeAccountBots: true } : next);
      setSelection(null);
      setOutcomeOpen(null);
      setFilter(NO_FILTER);
    },
    [client, workbench.bulk, workbench.includeAccountBots, setWorkbench],
  );

  const onLoadSample = async (sample: Sample, eventsOnly: boolean) => {
    if (importing) {
      // A sample chosen while a file's question waits answers it: the file is not imported.
      setImporting(null);
      await client?.takeParsed(false);
    }
    const loaded = loadSample(sample);
    if (!loaded.ok) {
      setNotice(`The sample "${sample.label}" could not be loaded: ${loaded.errors[0]?.message ?? 'unknown error'}`);
      return;
    }
    const { workbench: next, apply } = workbenchFromScenario(loaded.value, null);
    if (eventsOnly) {
      // The admin's bot against the sample's events; its expectations were written for its own bot.
      // Not the sample's name or description either: they describe its bot ("Sale condition bounds are inclusive").
      const { expect: _expect, description: _description, ...events } = next;
      await replaceWorkbench({ ...events, name: `Events of “${sample.label}”` });
      setFileErrors(null);
      setNoticeState({
        text: `Loaded the events of the sample "${sample.label}"; your bot is unchanged. Its expectations were left out: they were written for the sample's bot.`,
        live: false,
      });
      setLoading({ after: state, draft, eventsOnly: true, head: `Loaded the events of the sample “${sample.label}” against your unchanged bot, without its expectations` });
      return;
    }
    await replaceWorkbench(next);
    setFileErrors(null);
    if (apply) applyBot(apply);
    setNoticeState({
      text: `Loaded the sample "${sample.label}". Its bot's triggers, conditions, active hours, message status and on/off setting were applied to your draft (not saved).`,
      live: false,
    });
    setLoading({ after: state, draft, eventsOnly: false, head: `Loaded the sample “${sample.label}” and applied its bot's settings to your draft (not saved)` });
  };


  const onImport = async (file: File) => {
    if (!client) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setFileErrors([{ path: '', message: tooLargeMessage(file.size) }]);
      return;
    }
    setImporting(null); // an earlier file's question goes: the worker holds only the latest file
    setBusy(READING);
    try {
      const parsed = await client.parse(await file.text());
      if (!parsed.ok) {
        if (parsed.fatal) return; // the engine stopped, not the file's fault: the notice says so
        setFileErrors(parsed.errors);
        setNotice('');
        return;
      }
      setFileErrors(null);
      const { workbench: next, apply } = workbenchFromScenario(parsed.value.scenario, saved?.id ?? null);
      const fits = apply ? validateBot(apply, account) : null;
      const misfit = apply && fits && !fits.ok ? problemsOf(fits.errors, apply) : null;
      // Asked as a sample asks: when the admin's own events or bot would go (samples.ts decides
      // alike), or when the file's bot would leave the draft with errors (ids this account lacks).
      // A file without a bot asks too when the admin's own events would go (as a sample does).
      const own = apply ? null : ownScenarioWords(workbench);
      const replaced = apply ? sampleReplaces(workbench, { bot, saved, changed: behaviourChanged }, apply) : own === null ? null : { what: own, bot: false };
      if (replaced !== null || misfit !== null) {
        const fileAccount = parsed.value.scenario.account;
        importKey.current += 1;
        const text = importQuestion(
          parsed.value.scenario.name,
          apply?.name ?? null,
          replaced?.what ?? null,
          replaced?.bot ?? false,
          misfit,
          fileAccount.id !== account.id ? fileAccount.name : null,
        );
        setImporting({ question: { key: importKey.current, text, eventsOnly: (replaced?.bot ?? false) || misfit !== null }, parsed: parsed.value, next, apply, misfit });
        return;
      }
      await takeImport(parsed.value, next, apply, misfit, 'replace');
    } catch (e) {
      setFileErrors([{ path: '', message: `The file could not be read (${e instanceof Error ? e.message : String(e)}).` }]);
    } finally {
      setBusy(null);
    }
  };

  const takeImport = async (parsed: ParsedScenario, next: Workbench, apply: Bot | null, misfit: string | null, answer: ReplaceAnswer) => {
    if (!client) return;
    const taken = await client.takeParsed(answer !== 'keep');
    if (!taken && parsed.bulk !== null && answer !== 'keep') {
      // The engine stopped since it read the file, and its events went with it.
      setNotice(`The simulator's engine stopped before "${parsed.scenario.name}" was imported: import the file again.`);
      return;
    }
    if (answer === 'keep') {
      // "Keep mine" (or Escape): the question went, and nothing else said that the file was let go.
      setNotice(`Kept your scenario: "${parsed.scenario.name}" was not imported.`);
      return;
    }
    const fileAccount = parsed.scenario.account;
    const otherAccount =
      fileAccount.id !== account.id
        ? ` The file was made for the account "${fileAccount.name}"; the simulator replays it against your account "${account.name}", so stages, tags and channels it names must exist here.`
        : '';
    if (answer === 'events') {
      // The admin's bot against the file's events and leads: the file's bots and expectations stay out
      // (they describe its bots), and so does its description.
      const { expect: expected, description: _description, ...events } = next;
      const leftOut = expected ? 'Its bots and expectations were left out.' : 'Its bots were left out.';
      await replaceWorkbench({ ...events, name: `Events of “${parsed.scenario.name}”`, mainBotRef: null, otherBots: [], bulk: parsed.bulk }, true);
      // Said once, with its results, as a sample is (the notice and the results spoke over each other).
      setNoticeState({ text: `Imported the events of "${parsed.scenario.name}"; your bot is unchanged. ${leftOut}${otherAccount}`, live: false });
      setLoading({ after: state, draft, eventsOnly: true, head: `Imported the events of “${parsed.scenario.name}” against your unchanged bot` });
      return;
    }
    await replaceWorkbench({ ...next, bulk: parsed.bulk }, true);
    if (apply) applyBot(apply);
    setNoticeState({
      text: `Imported "${parsed.scenario.name}".${apply ? ` The bot "${apply.name}" was applied to your draft (not saved).` : ''}${
        misfit !== null ? ` It names what this account does not have, so your draft has errors to fix: ${misfit}` : ''
      }${next.otherBots.length ? ` ${next.otherBots.length} other bot${next.otherBots.length === 1 ? ' runs' : 's run'} beside it.` : ''}${otherAccount}`,
      live: false,
    });
    setLoading({
      after: state,
      draft,
      eventsOnly: apply === null,
      head: `Imported “${parsed.scenario.name}”${apply ? ` and applied its bot “${apply.name}” to your draft (not saved)` : ''}`,
    });
  };

  const onImportAnswer = (answer: ReplaceAnswer) => {
    const asked = importing;
    setImporting(null);
    if (!asked) return;
    setBusy(READING);
    void takeImport(asked.parsed, asked.next, asked.apply, asked.misfit, answer)
      .catch((e: unknown) => setFileErrors([{ path: '', message: `The file could not be read (${e instanceof Error ? e.message : String(e)}).` }]))
      .finally(() => setBusy(null));
  };

  const onExport = async () => {
    if (!client) return;
    setBusy(PREPARING);
    try {
      const scenario = exportScenario(workbench, account, bot, besideBots);
      const text = await client.exportText(scenario, workbench.bulk !== null).catch((e: unknown) => {
        if (e instanceof EngineStopped) return null;
        throw e;
      });
      if (text === null) return; // the engine stopped: the notice says so
      downloadText(text, `${fileNameOf(workbench.name, 'scenario')}.json`);
      const fromAccount = scenario.bots.filter((b) => besideBots.includes(b)).length;
      setNotice(
        (bot ? 'Exported the scenario with your draft bot and its expectations.' : 'Exported the scenario (the draft has errors, so it is not included).') +
          (fromAccount ? ` The account's ${count(fromAccount, 'other bot')} ${fromAccount === 1 ? 'is' : 'are'} in it too, as they ran beside it.` : ''),
      );
    } finally {
      setBusy(null);
    }
  };

  /** Resolves to the worker's refusal, which the generator says in its own alert (this notice is out of its view). */
  const onGenerate = async (options: TrafficOptions, companions: number): Promise<string | null> => {
    if (!client) return null;
    setBusy(GENERATING);
    try {
      const made = await client.generate(options, account, companions);
      if (!made.ok) return made.fatal ? stoppedWords(made.message, 'generate', null) : made.message;
      const { inline, bulk, companions: extra } = made.value;
      const otherBots = [...workbench.otherBots.filter((b) => !b.id.startsWith('load-')), ...extra];
      if (inline) {
        if (workbench.bulk) await client.clearBulk();
        setWorkbench((w) => ({ ...w, leads: [...w.leads, ...inline.leads], events: [...w.events, ...inline.events], otherBots, bulk: null }));
        setNotice(`Added ${count(inline.events.length, 'generated event')} over ${count(inline.leads.length, 'lead')}.`);
      } else {
        setWorkbench((w) => ({ ...w, otherBots, bulk }));
        setNotice(`Added ${bulk?.label ?? 'the generated traffic'}${extra.length ? `, with ${extra.length} load demo bots beside your draft` : ''}.`);
      }
      setSelected(null);
      setAwaiting({ run: last, words: GENERATING });
      return null;
    } finally {
      setBusy(null);
    }
  };

  const onClearBulk = async () => {
    if (!client) return;
    const label = workbench.bulk?.label;
    await client.clearBulk();
    setWorkbench((w) => ({ ...w, bulk: null, otherBots: w.otherBots.filter((b) => !b.id.startsWith('load-')) }));
    setNotice(label ? `Removed the ${label}.` : 'Removed the generated traffic.');
  };

  /** "Clear the scenario": back to an empty one (the account's bots stay as chosen beside the draft). */
  const onClearAll = async () => {
    if (workbench.bulk && client) await client.clearBulk();
    setWorkbench((w) => ({ ...EMPTY_WORKBENCH, ...(w.includeAccountBots !== undefined ? { includeAccountBots: w.includeAccountBots } : {}) }));
    setSelected(null);
    setNotice('Cleared the scenario: no events, no leads.');
  };

  /**
   * The engine stopped on its own (its worker failed; the next request starts a new one). Said in the
   * notice as what it is: it was listed as the scenario's problem ("The scenario has problems to fix
   * before it can run: The scenario: The simulator's engine stopped…"), with advice to reload the
   * page, which throws away generated or imported traffic. The traffic it held is forgotten here (the
   * composer went on counting it while runs replayed none of it) and said once, with the stop.
   * Generating says it in the generator's own alert, where the admin is: the notice shows it then.
   */
  const onEngineStopped = useEffectEvent((message: string) => {
    const during = busy === GENERATING ? 'generate' : busy === READING ? 'read' : busy === PREPARING ? 'export' : 'run';
    const lost = workbench.bulk;
    if (lost) setWorkbench(withoutHeldTraffic);
    setNoticeState((n) => ({ text: stoppedWords(message, during, lost), live: during !== 'generate', key: (n.key ?? 0) + 1 }));
  });
  useEffect(() => client.onStop((message) => onEngineStopped(message)), [client]);

  /**
   * What an Escape beside a part closed, said by the run status: the focus stays where the admin is
   * (a filter, "Run simulation", another row, Start), so nothing else says that the part went. The
   * composer's words go here too ("Added lead l3.", "Deleted event 2: …"): one status for the panel.
   */
  const [note, setNote] = useState<{ words: string; key: number }>({ words: '', key: 0 });
  /** Says `words` in the run status, also when they are the last ones again (a new key). */
  const sayNote = useCallback((words: string) => setNote((n) => ({ words, key: n.key + 1 })), []);
  /**
   * Whether the focus is in the part `selector` finds in the panel, or nowhere (it fell to the page
   * body): closing that part takes the focus with it, and its opener gets it. Anywhere else the
   * focus stays: an Escape on a results filter, "Run simulation" or Start took it to the far-off
   * Edit button or row that opened what closed, scrolling the panel away from where the admin was.
   */
  const focusIn = (selector: string): boolean => {
    const active = document.activeElement;
    return active === null || active === document.body || panelRef.current?.querySelector(selector)?.contains(active) === true;
  };
  const closeDetails = () => {
    // "Close details" goes with the details: back to the row's time button, which opened them (or
    // the table, when that row has scrolled out of a long list or been filtered away).
    const opener = resultsRef.current?.querySelector<HTMLElement>('.sim-row-button[aria-pressed="true"]') ?? null;
    const row = selected;
    setSelected(null);
    if (focusIn('.sim-inspector')) focusNext(() => (opener?.isConnected ? opener : resultsRef.current?.querySelector<HTMLElement>('.sim-table')));
    else if (row !== null && document.activeElement !== opener)
      sayNote(`Closed the details of the ${row.kind === 'run' ? 'run' : 'skip'} at ${showInstant(row.at, account.timezone)}.`);
  };

  // Which row's inspection the details wait for: an earlier row's answer that comes after a later
  // row was chosen (the worker busy with a re-run) is dropped, not shown under the later row.
  const inspecting = useRef(0);
  const onSelect = (row: ResultRow) => {
    setSelected(row);
    setHeldOpen(null); // another row's details open without an answer
    setInspection(null);
    const asked = ++inspecting.current;
    const rowBot = bots.get(row.botId);
    if (!client || !rowBot || !row.leadId || !last) {
      setInspection({ eventIndex: null, lead: null, conditions: [] });
      return;
    }
    void client.inspect(base, last.bot, rowBot, row).then((r) => {
      if (inspecting.current === asked) setInspection(r);
    });
  };

  const panelRef = useRef<HTMLElement>(null);
  /** After the render, the focus on event `index`'s "Edit" or "What happened?" button (what opened its editor or answer). */
  const eventButton = (index: number, action: 'edit' | 'outcome') =>
    panelRef.current?.querySelectorAll('.sim-events > li')[index]?.querySelector<HTMLElement>(`button[data-action="${action}"]`);
  const focusEventButton = (index: number, action: 'edit' | 'outcome') => focusNext(() => eventButton(index, action));
  const closeOutcome = () => {
    // From within it (its Close): back to the event's "What happened?" button, which opened it.
    const index = outcomeOpen;
    if (index === null) return;
    setOutcomeOpen(null);
    if (focusIn('.sim-composer .sim-echo')) focusEventButton(index, 'outcome');
    else sayNote(`Closed what happened after event ${index + 1}.`);
  };
  /** The event whose editor is open in the composer (held here: an Escape outside the composer closes it). */
  const [editing, setEditing] = useState<number | null>(null);
  const closeEditor = () => {
    // From within it, as "Done editing": back to the event's Edit button, which opened it.
    const index = editing;
    if (index === null) return;
    setEditing(null);
    if (focusIn('.sim-event-editor')) focusEventButton(index, 'edit');
    else if (document.activeElement !== eventButton(index, 'edit')) sayNote(`Closed the editor of event ${index + 1}.`);
  };
  const outcomeView = ((): EchoView | string | null => {
    if (outcomeOpen === null) return null;
    if (state.status === 'invalid') return 'The scenario has problems to fix (listed above) before the simulator can say what this event does.';
    if (!bot) return 'The draft has errors (listed above), so the simulator cannot say what this event does. Fix them to see it.';
    // Only an answer for this very event as it is now, from the latest run: after an edit, another
    // sample or another draft, the old answer is not shown while the new one is worked out.
    const reply = outcomeReply;
    if (!last || reply === null || reply.index !== outcomeOpen || reply.run !== last || reply.event !== workbench.events[outcomeOpen]) return null;
    if (reply.value === null) return 'The simulator could not replay this event.';
    const named = reply.bots.map((b) => shownBots.get(b.id) ?? b); // the draft under its current name
    return echoWords(reply.value, reply.event, named, last.bot.id, names, account.timezone);
  })();
  const outcome = {
    open: outcomeOpen,
    onToggle: setOutcomeOpen,
    content:
      outcomeOpen === null ? null : (
        <EventOutcome
          key={outcomeOpen}
          index={outcomeOpen}
          view={outcomeView}
          onClose={closeOutcome}
        />
      ),
  };
  const heldView = ((): EchoView | string | null => {
    if (heldAsk === null) return null;
    if (!bot) return 'The draft has errors (listed above), so the simulator cannot say what this event does. Fix them to see it.';
    const reply = heldReply;
    if (!last || reply === null || reply.index !== heldAsk || reply.run !== last) return null;
    if (reply.reply === null || reply.reply.value === null) return 'The simulator could not replay this event.';
    const named = reply.bots.map((b) => shownBots.get(b.id) ?? b);
    return echoWords(reply.reply.value, reply.reply.event, named, last.bot.id, names, account.timezone);
  })();
  /** The selected row's event, when the worker holds it: a run's cause, or the event a skip was read after. */
  const heldIndex = ((): number | null => {
    if (!selected || !workbench.bulk) return null;
    const index = selected.kind === 'run' ? selected.cause : (inspection?.eventIndex ?? null);
    return index !== null && index >= base.events.length ? index : null;
  })();
  const held =
    heldIndex === null || selected === null
      ? undefined
      : {
          index: heldIndex,
          open: heldAsk === heldIndex,
          onToggle: () => setHeldOpen(heldAsk === heldIndex ? null : { row: selected.key, index: heldIndex }),
          content: (
            <EventOutcome
              key={heldIndex}
              index={heldIndex}
              view={heldView}
              onClose={() => {
                // Back to the button in the details that opened it.
                setHeldOpen(null);
                focusNext(() => resultsRef.current?.querySelector<HTMLElement>('.sim-inspector button[data-action="held-outcome"]'));
              }}
            />
          ),
        };

  /**
   * Escape in the simulator that nothing closer took (a panel's own Escape, a row's, a search box
   * with text) closes an open result's details, event editor
   * or event answer, as its close button does, before it reaches the dialog: with the focus beside
   * them (a filter, the event's Edit), it closed the whole dialog (or asked about unsaved changes) and
   * left them open. The one nearer the focus goes first: in the composer, its editor, then its
   * answer, then the details; anywhere else (the results, the toolbar…), the details, then the
   * composer's editor, then its answer. The focus stays where it is (it is not in what closed), and
   * the run status says what closed. The next Escape, with none open, goes on to the dialog as before.
   */
  const onPanelKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Escape' || e.defaultPrevented || e.nativeEvent.isComposing) return;
    if (selected === null && outcomeOpen === null && editing === null) return;
    const target = e.target as HTMLElement;
    if (target instanceof HTMLInputElement && target.type === 'search' && target.value !== '') return; // the dialog empties it
    const inComposer = target.closest('.sim-composer') !== null;
    e.preventDefault();
    e.stopPropagation();
    if (inComposer) {
      if (editing !== null) closeEditor();
      else if (outcomeOpen !== null) closeOutcome();
      else closeDetails();
    } else if (selected !== null) closeDetails();
    else if (editing !== null) closeEditor();
    else closeOutcome();
  };

  const onIncludeAccountBots = (include: boolean) => {
    setWorkbench((w) => {
      const { includeAccountBots: _was, ...rest } = w;
      return include ? { ...rest, includeAccountBots: true } : rest;
    });
    // Rows of the account's bots go: a filter on one of them would show nothing once they are back.
    if (!include && filter.botId !== null && besideBots.some((b) => b.id === filter.botId)) setFilter((f) => ({ ...f, botId: null }));
  };

  // "Run simulation" pressed: once that run (or a later one) has answered, its results come into view
  // (below the samples they were out of sight at 1280 × 800) and their summary is said again, also
  // when it is the same as before (a press with nothing changed was otherwise met with silence). The
  // focus stays on the button: a keyboard user presses it again after an edit, and a screen reader
  // hears the summary from the status below, once.
  const [pressed, setPressed] = useState<{ after: typeof last } | null>(null);
  // `shown`: what the press brought, to be scrolled into view: the results, the scenario's problems, or
  // the notice that the engine stopped.
  const [revealed, setRevealed] = useState<{ run: typeof last; shown: 'results' | 'problems' | 'notice'; press: number } | null>(null);
  if (pressed !== null && (state.status === 'invalid' || state.status === 'stopped' || (state.status === 'done' && state.last !== pressed.after))) {
    setPressed(null);
    setLoadSaid(null); // a press says the results again, not what was loaded: once they come, not at the press
    setRevealed({ run: state.last, shown: state.status === 'invalid' ? 'problems' : state.status === 'stopped' ? 'notice' : 'results', press: (revealed?.press ?? 0) + 1 });
  } else if (revealed !== null && revealed.run !== null && revealed.run !== last) {
    // The pressed run is let go once a later one replaces it (a replay's columns can be megabytes).
    setRevealed({ ...revealed, run: null });
  }
  const resultsHeadingRef = useRef<HTMLHeadingElement>(null);
  const press = revealed?.press ?? 0;
  const shown = revealed?.shown ?? 'results';
  useEffect(() => {
    if (press === 0) return;
    // After the frame that laid the results out: the dialog's focus keeper has seen their new size.
    const frame = requestAnimationFrame(() => {
      const block =
        shown === 'problems' ? panelRef.current?.querySelector('.sim-errors') : shown === 'notice' ? panelRef.current?.querySelector('.sim-notice') : resultsRef.current;
      if (block) revealBlock(block, shown === 'results' ? (resultsHeadingRef.current ?? block) : block);
    });
    return () => cancelAnimationFrame(frame);
  }, [press, shown]);
  const invalidId = useId();
  const onRun = () => {
    setPressed({ after: last });
    void runNow();
  };

  const status =
    busy ??
    (state.status === 'running'
      ? 'Running…'
      : state.status === 'invalid'
        ? 'The events cannot be simulated; see the problems below.'
        : state.status === 'stopped'
          ? "The simulator's engine stopped; see below."
          : last
            ? `Replayed in ${last.engineMs < 10 ? last.engineMs.toFixed(1) : Math.round(last.engineMs)} ms · ${count(last.eventCount, 'event')} · ${count(last.counts.runs, 'run')} · ${count(last.counts.skips, 'skip')}`
            : 'Not run yet.');

  // Busy words (reading a file, preparing an export) that brought no new results are not followed by
  // the last run's counts again, as if they were new: "Reading the file…" then the old scenario's
  // "Results: 1 run and 0 skips." while a question asked whether to replace it.
  // The run hushed is the one shown when the busy words began; any later run is said as any is.
  const [hushed, setHushed] = useState<typeof last | undefined>(undefined);
  const [busyBefore, setBusyBefore] = useState(busy);
  if (busy !== busyBefore) {
    setBusyBefore(busy);
    if (busy !== null && busyBefore === null && last !== null) setHushed(last);
  } else if (hushed !== undefined && hushed !== last) setHushed(undefined);
  const spoken =
    busy ??
    (loading !== null
      ? '' // what was loaded is said with its results, once they come
      : loadSaid !== null
        ? loadSaid.words
        : state.status === 'invalid'
          ? 'The events cannot be simulated; see the problems below.'
          : state.status === 'stopped'
            ? '' // the notice says it (also when it stopped with nothing running)
            : stillAwaiting
              ? awaiting.words
              : last && hushed !== last && (last.eventCount > 0 || revealed?.run === last) // with no event there is nothing to say (it was said on opening every bot), unless asked for
                ? `${resultsWords(last.counts)}.`
                : '');
  // One status says it all: the run's words, and the verdict and the diff when they change with them
  // (each had its own status, and one edit was heard as three messages). Not the verdict and the diff
  // while the panel's own sentence says them (a sample or file just loaded). The region is always in
  // the page, empty until there is something to say: a status put in with its words is not read.
  const said = useOneStatus({
    main: spoken,
    press,
    verdict: report ? expectationsSaid(report, stale) : '',
    diff: shownDiff ? diffSaid(shownDiff) : '',
    quiet: loadSaid?.run === last,
    note,
  });

  return (
    <section aria-label="Simulator" className="sim" ref={panelRef} onKeyDown={onPanelKeyDown}>
      <header className="sim-header">
        <h3>Simulator</h3>
        <p className="sim-hint">Replays events against the draft on a simulated clock ({account.timezone}); nothing is saved.</p>
      </header>

      <div className="sim-toolbar">
        {/* aria-disabled, not disabled, while the draft has errors: a disabled button left the Tab
            order, and a keyboard user landed past it without hearing why nothing runs. */}
        <button
          type="button"
          className="sim-primary"
          onClick={() => {
            if (bot) onRun();
          }}
          aria-disabled={!bot || undefined}
          aria-describedby={!validation.ok ? invalidId : undefined}
        >
          Run simulation
        </button>
        {/* Seen, not spoken: every edit re-runs the draft, and "Running…" then "Replayed in 0.4 ms · …"
            after each keystroke drowned out what the admin typed. The live region below says the
            outcome, and only when it changes. */}
        <span className="sim-status" data-testid="sim-status">
          {status}
        </span>
        <span role="status" className="sim-visually-hidden" data-testid="sim-spoken-status">
          {/* A new node for each announcement (each press too): the same words are said again. */}
          <span key={said.key}>{said.words}</span>
        </span>
      </div>

      {accountBots && (
        <AccountBotsToggle list={accountBots} checked={includeAccountBots} onChange={onIncludeAccountBots} beside={beside} saved={saved !== null} />
      )}

      {/* Not a live region: it follows every keystroke in the form, whose fields say their own errors. */}
      {!validation.ok && (
        <div className="sim-invalid" id={invalidId}>
          <p>The draft has errors, so it cannot be simulated yet{last ? ' (the results below are from the last valid draft)' : ''}:</p>
          <ul>
            {validation.errors.slice(0, 3).map((e, i) => (
              <li key={i}>
                {locationOf(e.path, draft)}: {e.message}
              </li>
            ))}
            {validation.errors.length > 3 && <li>…and {validation.errors.length - 3} more, shown beside their fields.</li>}
          </ul>
        </div>
      )}

      {/* Otherwise the replay shows nothing for the draft ("No bot ran or was skipped…") and its
          expectations fail, with no word of why. The status is always there, so that switching the
          bot off while the simulator is open is said (a status put in with its words is not read). */}
      <div role="status">
        {validation.ok && !validation.value.enabled && (
          <p className="sim-invalid">
            This bot is turned off (“Bot enabled”), so the replay shows it never starting. Turn it on to see when it would start; nothing
            is saved until you press Save.
          </p>
        )}
      </div>

      {/* The live notice's status is always there, empty while there is none or it is quiet: a status
          put in with its words already inside is not read, and a quiet notice (a loaded sample's,
          said with its results) used to make the next one such a fresh element. The quiet one is
          a plain paragraph beside it. */}
      <p className="sim-notice" role="status">
        {!notice.live ? '' : notice.key === undefined ? notice.text : <span key={notice.key}>{notice.text}</span>}
      </p>
      {!notice.live && notice.text && <p className="sim-notice">{notice.text}</p>}

      <SamplePicker
        onLoad={(s, eventsOnly) => void onLoadSample(s, eventsOnly)}
        // As an import's "Keep mine" says: the question went, and nothing else said what became of it.
        onKept={(s) => setNotice(`Kept your scenario: the sample "${s.label}" was not loaded.`)}
        disabled={busy !== null}
        replaces={(sample) => {
          const loaded = loadSample(sample);
          const incoming = loaded.ok ? workbenchFromScenario(loaded.value, null).apply : null;
          return sampleReplaces(workbench, { bot, saved, changed: behaviourChanged }, incoming);
        }}
      />
      {state.status === 'invalid' && (
        <div role="alert" className="sim-errors">
          <p>The scenario has problems to fix before it can run{last ? ' (the results below are from before this change, not checked against it)' : ''}:</p>
          <ul>
            {state.errors.slice(0, 20).map((e, i) => (
              <li key={i}>
                {scenarioLocation(e.path)}: {e.message}
              </li>
            ))}
          </ul>
        </div>
      )}

      {last && (
        <section ref={resultsRef} className="sim-results" aria-label="Results" aria-busy={state.status === 'running'}>
          {/* Not live: the status above says it after each run (and again after each press of "Run simulation"). */}
          <h4 className="sim-results-title" ref={resultsHeadingRef}>
            {resultsWords(last.counts)}
            {stale && ' '}
            {stale && <span className="sim-stale">(out of date: from before your last change)</span>}
          </h4>
          {report && (
            <ExpectationsView
              stale={stale}
              report={report}
              timezone={account.timezone}
              botName={(id) => shownBots.get(id)?.name ?? id}
              storedNote={storedNote}
              onRemove={() => {
                const { expect: _dropped, ...rest } = workbench;
                setWorkbench(rest);
                setNotice('Removed the expectations: the results are no longer checked.');
                focusNext(() => resultsRef.current?.querySelector<HTMLElement>('.sim-table'));
              }}
            />
          )}
          {shownDiff && <DiffView diff={shownDiff} timezone={account.timezone} />}
          <AfterEndNotice
            afterEnd={last.afterEnd}
            untilSet={workbench.until !== undefined}
            hasExpectations={expectsAnything(workbench.expect)}
            timezone={account.timezone}
            onExtend={(until) => {
              setWorkbench((w) => ({ ...w, until }));
              // Not "to the last planned run": the runs it now includes may plan later ones.
              setNotice(`“Until” is now ${formatLocal(Date.parse(until), account.timezone, true)}, the last run that was planned after the end.`);
              // The notice goes with the re-run: the focus waits on the results, where the run appears.
              focusNext(() => resultsRef.current?.querySelector<HTMLElement>('.sim-table'));
            }}
          />
          <RateLimitNotice suspensions={last.suspensions} timezone={account.timezone} onShowSkips={() => setFilter((f) => ({ ...f, reason: 'rate_limited' }))} />
          {last.timeline && <Timeline model={last.timeline} counts={last.counts} eventCount={last.eventCount} timezone={account.timezone} />}
          <ResultsFilters filter={shownFilter} bots={shownBots} draftId={last.bot.id} onChange={setFilter} shown={view ? view.length : last.columns.count} total={last.columns.count} />
          <ResultsTable
            columns={last.columns}
            view={view}
            bots={shownBots}
            names={names}
            timezone={account.timezone}
            selectedKey={selected?.key ?? null}
            onSelect={onSelect}
            onCloseDetails={closeDetails}
            eventCount={last.eventCount}
            startLeads={workbench.leads.length + (workbench.bulk?.leads ?? 0)}
            spanSet={workbench.start !== undefined && workbench.until !== undefined}
          />
          {selected && (
            <RowInspector
              row={selected}
              bot={shownBots.get(selected.botId)}
              inspection={inspection}
              account={account}
              names={names}
              held={held}
              onClose={closeDetails}
            />
          )}
        </section>
      )}
      <ScenarioFile
        busy={busy !== null}
        errors={fileErrors}
        onImport={(f) => void onImport(f)}
        onExport={() => void onExport()}
        asking={importing?.question ?? null}
        onAnswer={onImportAnswer}
      />

      <KeptNote key={checksId} botId={checksId} outcome={kept} />
      <EventComposer
        account={account}
        names={names}
        workbench={workbench}
        onChange={setWorkbench}
        onClearBulk={() => void onClearBulk()}
        onClearAll={() => void onClearAll()}
        outcome={outcome}
        editor={{ open: editing, onToggle: setEditing }}
        triggers={bot?.triggers ?? last?.bot.triggers}
        problems={state.status === 'invalid' ? state.errors : undefined}
        say={sayNote}
      />
      <TrafficGenerator account={account} busy={busy !== null} onGenerate={onGenerate} />

    </section>
  );
}
