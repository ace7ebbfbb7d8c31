import { BotList } from '../features/bots';

export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1>Salesbot Trigger Studio</h1>
      </header>
      <main>
        <BotList />
      </main>
    </div>
  );
}
