import { BotList } from '../features/bots';
import { DemoSettings } from '../features/demo-settings';

export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1>Salesbot Trigger Studio</h1>
        <DemoSettings />
      </header>
      <main>
        <BotList />
      </main>
    </div>
  );
}
