import { createQuery } from '@urql/solid';
import { createEffect, Show } from 'solid-js';
import { useMessages } from '../i18n/messages.ts';
import { Header } from '../inbox/layout/Header.tsx';
import { MeQuery } from '../inbox/layout/me.query.ts';
import { currentProcessId } from '../shared/app-route.ts';
import { ProcessEditor } from './ProcessEditor.tsx';
import { ProcessList } from './ProcessList.tsx';
import { processesMessages } from './processes.messages.ts';
import '../audience/audience.css';
import './processes.css';

// `#/processes` lists the processes, `#/processes/<id>` edits one (those who may: me.can.editProcesses).
export const ProcessesPage = () => {
  const t = useMessages(processesMessages);
  const [me] = createQuery({ query: MeQuery });
  createEffect(() => (document.title = t('list.heading')));
  return (
    <div class="inbox processes-view">
      <Header me={me.data?.me} />
      <Show when={currentProcessId()} keyed fallback={<ProcessList />}>
        {(id) => <ProcessEditor id={id} />}
      </Show>
    </div>
  );
};
