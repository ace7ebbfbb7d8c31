import { describe, expect, it } from 'vitest';
import type { Bot } from '../../../domain';
import { SAMPLES, loadSample } from '../samples';
import { workbenchFromScenario } from './build-scenario';
import { sampleReplaces } from './own-scenario';
import { EMPTY_WORKBENCH } from './types';

const sampleBot = (id: string): Bot => {
  const loaded = loadSample(SAMPLES.find((s) => s.id === id)!);
  if (!loaded.ok) throw new Error('sample does not load');
  return workbenchFromScenario(loaded.value, null).apply!;
};
const welcome = sampleBot(SAMPLES[0]!.id);
const other = sampleBot(SAMPLES[1]!.id);
const mine: Bot = { ...welcome, triggers: [{ type: 'call_received' }] };

describe('sampleReplaces: whether a sample would replace something of the admin’s', () => {
  it('asks about the bot when the admin set one up, not for a new bot’s defaults', () => {
    expect(sampleReplaces(EMPTY_WORKBENCH, { bot: mine, saved: null, changed: false }, other)).toBeNull();
    expect(sampleReplaces(EMPTY_WORKBENCH, { bot: mine, saved: null, changed: true }, other)).toEqual({ what: null, bot: true });
  });

  it('does not ask when the draft is a sample’s bot, untouched, also after a reload of the page', () => {
    expect(sampleReplaces(EMPTY_WORKBENCH, { bot: welcome, saved: null, changed: true }, other)).toBeNull();
  });

  it('asks for a saved bot’s own setup, even when a sample with the same bot was loaded, but not when nothing would change', () => {
    expect(sampleReplaces(EMPTY_WORKBENCH, { bot: welcome, saved: welcome, changed: false }, other)).toEqual({ what: null, bot: true });
    expect(sampleReplaces(EMPTY_WORKBENCH, { bot: welcome, saved: welcome, changed: false }, welcome)).toBeNull();
    // A saved bot whose draft now holds another sample's bot: that setup is the sample's.
    expect(sampleReplaces(EMPTY_WORKBENCH, { bot: other, saved: mine, changed: true }, welcome)).toBeNull();
  });
});
