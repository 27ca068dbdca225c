import { render } from 'solid-js/web';
import '../ui/tokens.css';
import './widget.css';
import { WidgetApp } from './WidgetApp.tsx';

const root = document.getElementById('root');
if (root) render(() => <WidgetApp />, root);
