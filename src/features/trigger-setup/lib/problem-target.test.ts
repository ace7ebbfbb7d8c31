// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { problemTarget } from './problem-target';

/** The editor column's landmarks, as the dialog renders them (classes and structure only). */
function editor(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = `
    <section class="ts-bot"><input id="name" aria-invalid="false"><button id="enabled" role="switch"></button></section>
    <ol class="ts-trigger-list">
      <li class="ts-trigger"><h4 id="h1" tabindex="-1">Trigger 1</h4><div class="ts-trigger-body"><button id="t1-button">Remove</button></div></li>
      <li class="ts-trigger"><h4 id="h2" tabindex="-1">Trigger 2</h4>
        <fieldset aria-invalid="true"><legend>Stages</legend><input id="t2-first" type="checkbox"><input type="checkbox"></fieldset></li>
    </ol>
    <button class="ts-when-button" id="when">When this happens</button>
    <div class="conditions-editor"><ol class="conditions-editor__chips"><li><span aria-hidden="true">1</span><button id="c1" aria-invalid="true">Tags</button></li></ol><button id="add">Add condition</button></div>
    <fieldset class="active-hours"><input id="always" type="radio"><input id="chosen" type="radio">
      <ul><li data-range="0"><input id="mon-from" aria-invalid="true"></li></ul>
      <ul><li data-range="3"><input id="fri-from" aria-invalid="true"></li></ul></fieldset>
    <section aria-labelledby="ts-status-title"><button id="keep" role="switch"></button></section>`;
  return root;
}

describe('problemTarget', () => {
  const id = (path: string) => problemTarget(editor(), path)?.id;

  it('goes to the invalid control of a trigger, through a group to its first box', () => {
    expect(id('triggers.1.stageIds')).toBe('t2-first');
  });

  it("goes to a trigger's heading when none of its controls is marked", () => {
    expect(id('triggers.0')).toBe('h1');
  });

  it('goes to "When this happens" for a problem of the list as a whole', () => {
    expect(id('triggers')).toBe('when');
  });

  it('goes to the name, a condition chip, the first invalid time and the message status', () => {
    expect(id('name')).toBe('name');
    expect(id('conditions.0.tagIds')).toBe('c1');
    expect(id('activeHours.ranges.0.from')).toBe('mon-from');
    expect(id('activeHours')).toBe('mon-from');
    expect(id('keepUnanswered')).toBe('keep');
  });

  it('goes to the range the path names, not the first invalid one of the editor', () => {
    expect(id('activeHours.ranges.3.from')).toBe('fri-from');
  });

  it('goes to the part of a trigger or range its path names, not to the first invalid one', () => {
    const root = document.createElement('div');
    root.innerHTML = `
      <ol class="ts-trigger-list">
        <li class="ts-trigger"><h4 tabindex="-1">Trigger 1</h4>
          <div data-path="url" style="display: contents"><input id="url" aria-invalid="true"></div>
          <div data-path="delayMinutes" style="display: contents"><select id="delay-preset"></select><input id="delay" aria-invalid="true"></div>
          <div data-path="stageIds" style="display: contents"><fieldset aria-invalid="true">
            <input id="incoming" type="checkbox"><input id="ghost" type="checkbox" data-path="0" aria-invalid="true"><input id="gone" type="checkbox" data-path="1 2" aria-invalid="true">
          </fieldset></div>
          <div data-path="hours" style="display: contents"><input id="hours"></div>
        </li>
      </ol>
      <fieldset class="active-hours"><div class="hours-zone" data-path="timezone"><select id="zone"></select></div>
        <ul><li data-range="4"><input id="thu-from" data-path="from" aria-invalid="true"><input id="thu-to" data-path="to weekday" aria-invalid="true"></li></ul></fieldset>`;
    const at = (path: string) => problemTarget(root, path)?.id;
    expect(at('triggers.0.url')).toBe('url');
    expect(at('triggers.0.delayMinutes')).toBe('delay');
    // A listed id: its own box, by its place in the list; the list as a whole: its first invalid box.
    expect(at('triggers.0.stageIds.0')).toBe('ghost');
    expect(at('triggers.0.stageIds.2')).toBe('gone');
    expect(at('triggers.0.stageIds')).toBe('ghost');
    // A part with nothing marked invalid (a problem the form has not caught up with): its first control.
    expect(at('triggers.0.hours')).toBe('hours');
    // A part the markup does not mark: as far as it goes.
    expect(at('triggers.0.nothing')).toBe('url');
    expect(at('activeHours.ranges.4.from')).toBe('thu-from');
    expect(at('activeHours.ranges.4.to')).toBe('thu-to');
    expect(at('activeHours.ranges.4.weekday')).toBe('thu-to');
    expect(at('activeHours.timezone')).toBe('zone');
  });

  it('has no place for a problem of the whole bot (its size)', () => {
    expect(id('')).toBeUndefined();
  });
});
