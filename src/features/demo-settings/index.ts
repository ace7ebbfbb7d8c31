export { DemoSettings } from './components/demo-settings';
