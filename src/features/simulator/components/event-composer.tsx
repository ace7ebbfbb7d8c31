import { useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Account, Lead, SimEvent, Trigger, ValidationError } from '../../../domain';
import { spanNote } from '../model/span-note';
import { listText } from '../../../engine/words';
import { useAnnouncer } from '../../../lib/use-announcer';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render';
import { describeEvent, type Names } from '../model/describe';
import { defaultEvent, eventTypeFor, freshLeadId, leadLeftBehind, leadsBefore, move, newLead } from '../model/event-defaults';
import { showInstant } from '../model/local-time';
import { LeadTagsField } from './lead-tags-field';
import { DateFieldValue } from './date-field-value';
import { Select } from './select-field';
import { LeadOriginFields } from './utm-fields';
import { LocalTimeInput } from './local-time-input';
import { SaleInput } from './sale-input';
import { closeOnEscape } from '../../../lib/close-on-escape';
import type { Workbench } from '../model/types';
import { EventEditor } from './event-editor';
import { ReplaceQuestion } from './replace-question';
import { withoutRuleCodesText } from '../samples';

type Props = {
  account: Account;
  names: Names;
  workbench: Workbench;
  onChange(update: (w: Workbench) => Workbench): void;
  onClearBulk(): void;
  /** "Clear the scenario", once confirmed: everything goes (events, leads, Start, Until, expectations, bulk). */
  onClearAll?(): void;
  /** The draft's triggers: new events are made to fit them (see defaultEvent). */
  triggers?: readonly Trigger[];
  /** "What happened?" under an event: which one is open (by index), and its contents. */
  outcome?: { open: number | null; onToggle(index: number | null): void; content: ReactNode };
  /** The scenario's problems that stop the replay: those of an event are said under it too. */
  problems?: readonly ValidationError[];
  /**
   * Which event's editor is open, when the caller holds it (the panel closes it on an Escape outside
   * the composer); the composer's own otherwise.
   */
  editor?: { open: number | null; onToggle(index: number | null): void };
  /**
   * Says what the composer did (a lead added or removed, an event deleted) in the host's one status,
   * the panel's, which also says the results: each part of the simulator with a status of its own
   * was heard as several messages. Without it, the composer's own status says it.
   */
  say?(words: string): void;
};

const NO_PROBLEMS: readonly ValidationError[] = [];

const DEFAULT_AT = '2026-06-01T14:00:00Z';
const NO_TRIGGERS: readonly Trigger[] = [];

/** Events by instant, equal instants in their current order (the replay's own order, R1). */
const byTime = (events: readonly SimEvent[]) =>
  events
    .map((e, i) => ({ e, i, ms: Date.parse(e.at) }))
    .sort((a, b) => a.ms - b.ms || a.i - b.i)
    .map((x) => x.e);
const MINUTE = 60_000;

/**
 * What else a lead holds at the start, for the conditions and date-field triggers that read it:
 * responsible user, source and date fields (R10 plans a lead's dates at the start). Folded away
 * until wanted; open when the lead holds any of it.
 */
function LeadDetails({ account, lead, onChange }: { account: Account; lead: Lead; onChange(lead: Lead): void }) {
  const tz = account.timezone;
  const dateFields = account.fields.filter((f) => f.entity === 'lead' && (f.type === 'date' || f.type === 'datetime'));
  const hasDates = dateFields.some((f) => lead.fields?.[f.id] != null);
  // Open at first when the lead holds any of it; then the admin's: emptying the last value must not
  // fold it up under the focus (the focus fell to the page body).
  const [open, setOpen] = useState(() => lead.sourceId !== undefined || lead.utm !== undefined || hasDates);
  const setField = (fieldId: string, value: string | null) => {
    const { [fieldId]: _old, ...rest } = lead.fields ?? {};
    const fields = value === null ? rest : { ...rest, [fieldId]: value };
    const { fields: _fields, ...withoutFields } = lead;
    onChange(Object.keys(fields).length > 0 ? { ...lead, fields } : withoutFields);
  };
  return (
    <details className="sim-lead-more" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>More about {lead.id || 'this lead'}: responsible, source, UTM{dateFields.length ? ', dates' : ''}</summary>
      <div className="sim-grid">
        <Select
          label="Responsible user"
          value={lead.responsibleUserId}
          options={account.users.map((u) => ({ value: u.id, label: u.name }))}
          onChange={(v) => onChange({ ...lead, responsibleUserId: v })}
        />
        <LeadOriginFields account={account} lead={lead} onChange={onChange} />
        {dateFields.map((f) => (
          <DateFieldValue
            key={f.id}
            type={f.type as 'date' | 'datetime'}
            label={f.type === 'date' ? `${f.name} (date)` : `${f.name} (${tz})`}
            value={lead.fields?.[f.id]}
            tz={tz}
            onChange={(v) => setField(f.id, v)}
          />
        ))}
      </div>
    </details>
  );
}

/** Whether there is anything for "Clear the scenario" to clear. */
function hasContent(w: Workbench): boolean {
  return w.events.length > 0 || w.leads.length > 0 || w.start !== undefined || w.until !== undefined || w.expect !== undefined || w.bulk !== null || w.otherBots.length > 0;
}

/** "Clear the scenario? Its 5 events, 3 leads, …": what goes, named. */
function clearQuestion(w: Workbench): string {
  const count = (n: number, one: string) => `${n.toLocaleString('en-US')} ${one}${n === 1 ? '' : 's'}`;
  const parts = [
    w.events.length > 0 && `its ${count(w.events.length, 'event')}`,
    w.leads.length > 0 && `its ${count(w.leads.length, 'lead')} at the start`,
    w.bulk !== null && `the ${w.bulk.label}`,
    w.otherBots.length > 0 && `the ${count(w.otherBots.length, 'other bot')}`,
    (w.start !== undefined || w.until !== undefined) && '“Start” and “Until”',
    w.expect !== undefined && 'its expectations',
  ].filter((p): p is string => typeof p === 'string');
  const list = parts.length > 0 ? listText(parts) : 'it';
  return `Clear the scenario? ${list.charAt(0).toUpperCase()}${list.slice(1)} go; this cannot be undone (export the scenario first to keep it).`;
}

/** The question before clearing is the replace question's (focus on "Keep it", Escape keeps), in its own words. */
const CLEAR_LABELS = { replace: 'Clear it', keep: 'Keep it' };

/** `takenIds`: lead ids already in use, with those "Lead created" events make (a new lead takes another). */
function LeadsEditor({
  account,
  leads,
  takenIds,
  onChange,
  announce,
  eventsNaming,
}: {
  account: Account;
  leads: Lead[];
  takenIds: readonly string[];
  onChange(leads: Lead[]): void;
  /** Says an addition or a removal in the status line. */
  announce(text: string): void;
  /** Numbers of the events that name a lead: a removed lead they still name stops the replay. */
  eventsNaming(leadId: string): number[];
}) {
  const id = useId();
  const stages = account.pipelines.flatMap((p) => p.stages.map((s) => ({ pipelineId: p.id, id: s.id, label: `${p.name}: ${s.name}` })));
  const stageOptions = stages.map((s) => ({ value: s.id, label: s.label }));
  const set = (i: number, lead: Lead) => onChange(leads.map((l, j) => (j === i ? lead : l)));
  // A removed lead takes its focused button with it: the focus goes to the Lead id of the lead now in
  // its place (or the one before), else to "Add lead", instead of the page body. Not to that lead's
  // Remove: a second Enter removed it too. The removal is said: the box says only which lead it is.
  const listRef = useRef<HTMLUListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const focusNext = useFocusAfterRender();
  return (
    <section className="sim-block" aria-labelledby={`${id}-t`}>
      <h5 id={`${id}-t`}>Leads at the start ({leads.length})</h5>
      <ul className="sim-leads" ref={listRef}>
        {leads.map((lead, i) => (
          <li key={i} className="sim-lead-row">
            <div className="sim-field">
              <label htmlFor={`${id}-${i}-id`}>Lead id</label>
              <input id={`${id}-${i}-id`} data-part="lead-id" value={lead.id} onChange={(e) => set(i, { ...lead, id: e.target.value })} />
            </div>
            <Select
              label="Stage"
              value={lead.stageId}
              options={stageOptions}
              onChange={(stageId) => {
                const s = stages.find((x) => x.id === stageId);
                set(i, { ...lead, stageId, pipelineId: s?.pipelineId ?? lead.pipelineId });
              }}
            />
            <SaleInput id={`${id}-${i}-price`} label="Sale" value={lead.price} onChange={(price) => price !== undefined && set(i, { ...lead, price })} />
            <LeadTagsField account={account} lead={lead} onChange={(next) => set(i, next)} />
            <LeadDetails account={account} lead={lead} onChange={(next) => set(i, next)} />
            <button
              type="button"
              data-action="remove"
              onClick={() => {
                const at = Math.min(i, leads.length - 2);
                focusNext(() => listRef.current?.children[at]?.querySelector<HTMLInputElement>('input[data-part="lead-id"]') ?? addRef.current);
                onChange(leads.filter((_, j) => j !== i));
                const naming = lead.id === '' || leads.some((l, j) => j !== i && l.id === lead.id) ? [] : eventsNaming(lead.id);
                announce(
                  `Removed lead ${lead.id || i + 1}.${
                    naming.length === 0
                      ? ''
                      : ` ${naming.length === 1 ? `Event ${naming[0]} still names it` : `Events ${listText(naming.map(String))} still name it`}: give ${naming.length === 1 ? 'it' : 'them'} another lead, or add the lead back.`
                  }`,
                );
              }}
              aria-label={`Remove lead ${lead.id}`}
            >
              Remove lead
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        ref={addRef}
        onClick={() => {
          // The new lead's fields come above the button, out of view: the focus goes to its first
          // field (its id), as "Add event" takes it to the new event's, and the addition is said.
          const lead = newLead(account, freshLeadId(takenIds));
          const at = leads.length;
          onChange([...leads, lead]);
          focusNext(() => listRef.current?.children[at]?.querySelector<HTMLInputElement>('input[data-part="lead-id"]'));
          announce(`Added lead ${lead.id}.`);
        }}
      >
        Add lead
      </button>
    </section>
  );
}

export function EventComposer({ account, names, workbench, onChange, onClearBulk, onClearAll, outcome, triggers = NO_TRIGGERS, problems = NO_PROBLEMS, editor, say }: Props) {
  const id = useId();
  const [clearing, setClearing] = useState(false);
  const clearRef = useRef<HTMLButtonElement>(null);
  const [ownEditing, setOwnEditing] = useState<number | null>(null);
  const editing = editor ? editor.open : ownEditing;
  const setEditing = editor ? editor.onToggle : setOwnEditing;
  // Keyboard users keep their place: after a move, focus follows the event to its new position.
  const listRef = useRef<HTMLOListElement>(null);
  const addEventRef = useRef<HTMLButtonElement>(null);
  const focusNext = useFocusAfterRender();
  // What a deletion did, said politely: the focus moves to the next event's buttons, which do not say
  // that one went. The same words twice (two alike events) are spoken again.
  const [said, announceHere] = useAnnouncer();
  const announce = say ?? announceHere;
  /**
   * Escape in the events that nothing closer took (the editor's own, the Edit button's, a question's)
   * closes an open event editor, as "Done editing" does: with the focus beside it (its Up, Delete,
   * another event, "Add event") Escape went on to the dialog, closing it or asking about unsaved
   * changes, and left the editor open. The focus stays where it is, not in the editor (it went to
   * the Edit button, far from Start or "Add event"), and the status says what closed. The next
   * Escape, with no editor open, goes on as before. When the caller holds the editor (the panel),
   * the caller's Escape does all this, with what else is open in the simulator.
   */
  const onComposerKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (editor || editing === null || e.key !== 'Escape' || e.defaultPrevented || e.nativeEvent.isComposing) return;
    const target = e.target as HTMLElement;
    if (target instanceof HTMLInputElement && target.type === 'search' && target.value !== '') return; // the dialog empties it
    e.preventDefault();
    e.stopPropagation();
    setEditing(null);
    if (target !== listRef.current?.children[editing]?.querySelector('button[data-action="edit"]')) announce(`Closed the editor of event ${editing + 1}.`);
  };
  /** After the render: the event at `index`, its `action` button if enabled, else the other move, else Edit; none left: "Add event". */
  const focusEvent = (index: number, action: 'up' | 'down') =>
    focusNext(() => {
      const item = listRef.current?.children[index];
      const other = action === 'up' ? 'down' : 'up';
      return (
        item?.querySelector<HTMLButtonElement>(`button[data-action="${action}"]:not(:disabled)`) ??
        item?.querySelector<HTMLButtonElement>(`button[data-action="${other}"]:not(:disabled)`) ??
        item?.querySelector<HTMLButtonElement>('button[data-action="edit"]') ??
        addEventRef.current
      );
    });
  /** An open "What happened?" stays with its event when two events swap places. */
  const follow = (from: number, to: number) => {
    if (outcome?.open === from) outcome.onToggle(to);
    else if (outcome?.open === to) outcome.onToggle(from);
  };
  const tz = account.timezone;
  const { events } = workbench;
  const leadIds = useMemo(() => {
    const ids = new Set(workbench.leads.map((l) => l.id));
    for (const e of events) if (e.type === 'lead_created') ids.add(e.lead.id);
    return [...ids];
  }, [workbench.leads, events]);

  const setEvents = (next: SimEvent[]) => onChange((w) => ({ ...w, events: next }));
  const outOfOrder = events.some((e, i) => i > 0 && Date.parse(e.at) < Date.parse(events[i - 1]!.at));
  const outsideSpan = spanNote(events, workbench.start, workbench.until);
  // Said under the event they belong to, not only in the list of problems above the results.
  const problemsOf = useMemo(() => {
    const byEvent = new Map<number, string[]>();
    for (const p of problems) {
      const m = /^events\.(\d+)(?:\.|$)/.exec(p.path);
      if (m) byEvent.set(Number(m[1]), [...(byEvent.get(Number(m[1])) ?? []), p.message]);
    }
    return byEvent;
  }, [problems]);
  const changeEvent = (i: number, next: SimEvent) => {
    const nextEvents = events.map((x, j) => (j === i ? next : x));
    // A "Lead created" turned into another kind with no other lead to be about, or whose lead later
    // events name: its lead stays, among the leads at the start, as typed.
    const kept = leadLeftBehind(workbench.leads, events[i]!, nextEvents, i);
    if (!kept) return setEvents(nextEvents);
    onChange((w) => ({ ...w, events: nextEvents, leads: [...w.leads, kept] }));
    announce(`Lead ${kept.id} moved to the leads at the start: event ${i + 1} no longer creates it.`);
  };
  /** Numbers (1-based) of the events that name `leadId`. */
  const eventsNaming = (leadId: string) => events.flatMap((e, i) => ('leadId' in e && e.leadId === leadId ? [i + 1] : []));
  const add = () => {
    const lastAt = events.length ? Math.max(...events.map((e) => Date.parse(e.at))) : NaN;
    const at = Number.isFinite(lastAt) ? new Date(lastAt + MINUTE).toISOString().replace('.000Z', 'Z') : DEFAULT_AT;
    const lead = leadIds[0];
    const leadStage = workbench.leads.find((l) => l.id === lead)?.stageId;
    // The kind the draft's first trigger starts on (a message when it has none, or only schedules).
    let kind = triggers.map(eventTypeFor).find((k) => k !== null) ?? 'message';
    // "Moved to or created in" the very stage the lead is in: a new lead there, as a move would be none (R3).
    const first = triggers.find((t) => eventTypeFor(t) !== null);
    if (first?.type === 'lead_moved_or_created_in_stage' && first.stageIds.every((s) => s === leadStage)) kind = 'lead_created';
    const e = lead ? defaultEvent(kind, at, lead, account, leadIds, triggers, leadStage) : defaultEvent('lead_created', at, '', account, leadIds, triggers);
    setEvents([...events, e]);
    setEditing(events.length);
    // The new event's editor opens above "Add event" and pushes it down out of view: the focus goes to
    // the editor's first field, in view, read with the editor's name ("Event 3"), and Tab goes on
    // through its fields.
    const index = events.length;
    focusNext(() => listRef.current?.children[index]?.querySelector<HTMLElement>('.sim-event-editor :is(select, input, textarea, button)'));
  };

  return (
    <section className="sim-block sim-composer" aria-labelledby={`${id}-t`} onKeyDown={onComposerKeyDown}>
      <h4 id={`${id}-t`}>
        Scenario: <span className="sim-scenario-name">{workbench.name}</span>
      </h4>
      {/* Shown without the contract's rule numbers; an imported file keeps its own words for export. */}
      {workbench.description && <p className="sim-hint">{withoutRuleCodesText(workbench.description)}</p>}
      {onClearAll && hasContent(workbench) && !clearing && (
        // One step back to an empty scenario: a sample's five events and three leads took eight presses,
        // and left its "Until" and name behind.
        <button type="button" ref={clearRef} onClick={() => setClearing(true)}>
          Clear the scenario
        </button>
      )}
      {onClearAll && clearing && (
        <ReplaceQuestion
          text={clearQuestion(workbench)}
          eventsOnly={false}
          labels={CLEAR_LABELS}
          onAnswer={(answer) => {
            setClearing(false);
            if (answer === 'replace') {
              setEditing(null);
              onClearAll();
              focusNext(() => addEventRef.current); // the button went with what it cleared
            } else focusNext(() => clearRef.current);
          }}
        />
      )}
      <div className="sim-grid sim-grid-times">
        <LocalTimeInput optional label={`Start (${tz}; empty: first event)`} value={workbench.start} tz={tz} onChange={(v) => onChange((w) => ({ ...w, start: v }))} />
        <LocalTimeInput optional label={`Until (${tz}; empty: last event)`} value={workbench.until} tz={tz} onChange={(v) => onChange((w) => ({ ...w, until: v }))} />
      </div>
      {/* Events outside the span look like any other in the list: said here, beside Start and Until. */}
      {outsideSpan && <p className="sim-hint">{outsideSpan}</p>}
      <LeadsEditor
        account={account}
        leads={workbench.leads}
        takenIds={leadIds}
        onChange={(leads) => onChange((w) => ({ ...w, leads }))}
        announce={announce}
        eventsNaming={eventsNaming}
      />
      <section className="sim-block" aria-labelledby={`${id}-ev`}>
        {/* With generated traffic, "Events (0)" read as if nothing would be replayed. */}
        <h5 id={`${id}-ev`}>
          {workbench.bulk ? 'Events added here' : 'Events'} ({events.length})
        </h5>
        {events.length === 0 && (
          <p className="sim-hint">
            {workbench.bulk ? `None by hand: the ${workbench.bulk.label} below are replayed.` : 'No events yet: load a sample, import a file or add one.'}
          </p>
        )}
        {outOfOrder && (
          // The replay goes by time (R1) whatever the list's order; numbers ("Caused by event 3") follow the list.
          <p className="sim-hint">
            The list is not in time order; the simulator replays the events by time all the same.{' '}
            <button
              type="button"
              onClick={() => {
                setEvents(byTime(events));
                setEditing(null);
                outcome?.onToggle(null);
                // The button goes with the disorder: the focus goes to the first event.
                focusNext(() => listRef.current?.children[0]?.querySelector<HTMLButtonElement>('button[data-action="edit"]'));
              }}
            >
              Sort by time
            </button>
          </p>
        )}
        <ol className="sim-events" ref={listRef}>
          {events.map((e, i) => {
            const summary = describeEvent(e, names);
            return (
              <li key={i} className="sim-event">
                <div className="sim-event-line">
                  {/* The number results use ("Caused by event 3"); the buttons say it to screen readers. */}
                  <span className="sim-event-number" aria-hidden="true">
                    {i + 1}.
                  </span>
                  <span className="sim-event-time">{showInstant(e.at, tz)}</span>
                  <span className="sim-event-text">{summary}</span>
                  <span className="sim-row-actions">
                    <button
                      type="button"
                      data-action="edit"
                      aria-expanded={editing === i}
                      onClick={() => setEditing(editing === i ? null : i)}
                      aria-label={`Edit event ${i + 1}: ${summary}`}
                      aria-describedby={problemsOf.has(i) ? `${id}-problem-${i}` : undefined}
                    >
                      Edit
                    </button>
                    {outcome && (
                      <button
                        type="button"
                        data-action="outcome"
                        aria-expanded={outcome.open === i}
                        aria-controls={outcome.open === i ? `${id}-outcome` : undefined}
                        onClick={() => outcome.onToggle(outcome.open === i ? null : i)}
                        onKeyDown={outcome.open === i ? closeOnEscape(() => outcome.onToggle(null)) : undefined}
                        aria-label={`What happened? Event ${i + 1}: ${summary}`}
                      >
                        What happened?
                      </button>
                    )}
                    <button
                      type="button"
                      disabled={i === 0}
                      data-action="up"
                      onClick={() => {
                        setEvents(move(events, i, -1));
                        focusEvent(i - 1, 'up');
                        if (editing === i) setEditing(i - 1);
                        else if (editing === i - 1) setEditing(i);
                        follow(i, i - 1);
                      }}
                      aria-label={`Move up event ${i + 1}`}
                    >
                      {/* Short, so that the five actions fit one line of the side column; the name says it whole. */}
                      Up
                    </button>
                    <button
                      type="button"
                      disabled={i === events.length - 1}
                      data-action="down"
                      onClick={() => {
                        setEvents(move(events, i, 1));
                        focusEvent(i + 1, 'down');
                        if (editing === i) setEditing(i + 1);
                        else if (editing === i + 1) setEditing(i);
                        follow(i, i + 1);
                      }}
                      aria-label={`Move down event ${i + 1}`}
                    >
                      Down
                    </button>
                    <button
                      type="button"
                      onClick={() => {
                        setEvents(events.filter((_, j) => j !== i));
                        focusEvent(Math.min(i, events.length - 2), 'up');
                        announce(`Deleted event ${i + 1}: ${summary}.`);
                        setEditing(null);
                        if (outcome && outcome.open !== null && outcome.open >= i) outcome.onToggle(outcome.open === i ? null : outcome.open - 1);
                      }}
                      aria-label={`Delete event ${i + 1}`}
                    >
                      Delete
                    </button>
                  </span>
                </div>
                {problemsOf.has(i) && (
                  <p id={`${id}-problem-${i}`} className="sim-event-problem">
                    {problemsOf.get(i)!.join(' ')}
                  </p>
                )}
                {editing === i && (
                  <EventEditor name={`Event ${i + 1}`} account={account} event={e} leadIds={leadIds} leadsBefore={leadsBefore(workbench.leads, events, i)} triggers={triggers} onChange={(next) => changeEvent(i, next)} onDone={() => {
                      // "Done editing" goes with the editor: back to this event's Edit button.
                      setEditing(null);
                      focusNext(() => listRef.current?.children[i]?.querySelector<HTMLButtonElement>('button[data-action="edit"]'));
                    }}
                  />
                )}
                {outcome?.open === i && <div id={`${id}-outcome`}>{outcome.content}</div>}
              </li>
            );
          })}
        </ol>
        <button type="button" ref={addEventRef} onClick={add}>
          Add event
        </button>
        {!say && (
          <p role="status" className="sim-visually-hidden">
            {said}
          </p>
        )}
        {workbench.bulk && (
          <p className="sim-bulk">
            {/* Said here, with or without expectations: a reload keeps the events above, not these. */}
            Plus {workbench.bulk.label}, kept in the simulator's worker only until the page is reloaded: export the scenario to keep
            them. The events and leads added here are kept with the bot.{' '}
            <button
              type="button"
              onClick={() => {
                onClearBulk();
                focusNext(() => addEventRef.current); // the button goes with the traffic
              }}
            >
              Remove these events and leads
            </button>
          </p>
        )}
      </section>
    </section>
  );
}
