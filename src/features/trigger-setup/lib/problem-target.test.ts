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
    <div class="conditions-editor"><ul><li><button id="c1" aria-invalid="true">Tags</button></li></ul><button id="add">Add condition</button></div>
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

  it('has no place for a problem of the whole bot (its size)', () => {
    expect(id('')).toBeUndefined();
  });
});
