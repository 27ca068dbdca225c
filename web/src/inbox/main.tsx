import { render } from 'solid-js/web';
import '../ui/tokens.css';
import './inbox.css';
import './presence/presence.css';
import './chat-list/search.css';
import './chat-window/dialog-search.css';
import './filters/filters.css';
import './message-actions/message-actions.css';
import './comments/comments.css';
import './notifications/notifications.css';
import './activity/activity.css';
import './quick-replies/quick-replies.css';
import './client-card/client-card.css';
import './client-card/tasks/tasks.css';
import './teams/teams.css';
import { App } from './App.tsx';

const root = document.getElementById('root');
if (root) render(() => <App />, root);
