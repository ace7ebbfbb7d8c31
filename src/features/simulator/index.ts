// The simulator panel: replays events against the trigger-setup draft, in a Web Worker.
// Load it with React.lazy: nothing here runs at import time but module definitions.
export { SimulatorPanel } from './components/simulator-panel';
export { adoptDeletedBotScenario, adoptNewBotScenario, adoptOtherNewBotScenario, forgetNewBotScenario, forgetOtherNewBotScenario, newBotHoldsScenario } from './components/session';
export type { AccountBotsList, SimulatorProps } from './model/types';
