import { render } from 'preact';
import './styles.css';
import { App } from './app.tsx';
import { createConsoleServices } from './state/console-services.ts';

const services = createConsoleServices();
const root = document.getElementById('app');
if (root) {
  render(<App services={services} />, root);
  void services.session.restore();
}
