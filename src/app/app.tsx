import { lazy, Suspense, useCallback, useState } from 'react';
import { BotList } from '../features/bots';
import { DemoSettings } from '../features/demo-settings';
import { summarizeTriggers, TriggerSetupDialog, type DraftContext } from '../features/trigger-setup';
import type { Account, Bot } from '../domain';

// The simulator stays out of the initial bundle: it loads when a dialog first shows it.
const SimulatorPanel = lazy(() => import('../features/simulator').then((m) => ({ default: m.SimulatorPanel })));

const renderAside = (ctx: DraftContext) => (
  <Suspense fallback={<p role="status">Loading the simulator…</p>}>
    <SimulatorPanel {...ctx} />
  </Suspense>
);

const summarize = (bot: Bot, account: Account) => summarizeTriggers(bot.triggers, account);

type Editing = { botId: string | null } | null;

export function App() {
  const [editing, setEditing] = useState<Editing>(null);
  const [lastSaved, setLastSaved] = useState<string | null>(null);
  const close = useCallback(() => setEditing(null), []);

  return (
    <div className="app">
      <header className="app-header">
        <h1>Salesbot Trigger Studio</h1>
        <DemoSettings />
      </header>
      <main>
        <p role="status" className="app-status">
          {lastSaved}
        </p>
        <BotList
          summarize={summarize}
          onOpen={(botId) => {
            setLastSaved(null);
            setEditing({ botId });
          }}
        />
      </main>
      <TriggerSetupDialog
        open={editing !== null}
        botId={editing?.botId ?? null}
        onClose={close}
        renderAside={renderAside}
        onSaved={(bot) => setLastSaved(`Saved “${bot.name}” (version ${bot.version}).`)}
      />
    </div>
  );
}
