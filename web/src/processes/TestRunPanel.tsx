import { Show } from 'solid-js';
import { useMessages } from '../i18n/messages.ts';
import type { TestRunControl } from './process-test-run.ts';
import { processesMessages } from './processes.messages.ts';

/**
 * The side panel of a test run: where the run is, Restart and Close, and the preview chat — the web chat widget's
 * own page in a frame, as the designer's test client, so the draft talks through the real channel.
 */
export const TestRunPanel = (props: { control: TestRunControl; onClose: () => void }) => {
  const t = useMessages(processesMessages);
  const state = () => {
    const run = props.control.test()?.run;
    if (!run) return '';
    if (run.status === 'AUTO' || run.status === 'MANUAL') {
      const at = run.block ? t('test.at', { number: String(run.block.number) }) : '';
      return run.waitingFor === 'REPLY' ? `${at} · ${t('test.waitsForYou')}` : at;
    }
    return t(`test.ended.${run.status}`);
  };
  return (
    <div class="process-test" data-testid="process-test-panel">
      <div class="process-test-head">
        <div class="process-panel-title">
          <span>{t('test.title')}</span>
          <span class="process-test-actions">
            <button type="button" class="btn btn-small" data-testid="process-test-restart" disabled={props.control.starting()} onClick={() => void props.control.start()}>
              {props.control.starting() ? t('test.starting') : t('test.restart')}
            </button>
            <button type="button" class="btn btn-small btn-ghost" data-testid="process-test-close" onClick={() => props.onClose()}>
              {t('test.close')}
            </button>
          </span>
        </div>
        <Show when={props.control.error()}>{(message) => <div class="error-box" role="alert" data-testid="process-test-error">{message()}</div>}</Show>
        <Show when={props.control.test()}>
          {(test) => (
            <>
              <p class="process-field-hint">{t('test.hint', { name: test().clientName })}</p>
              <div class="process-test-state" data-testid="process-test-state" data-status={test().run.status} data-block-id={test().run.block?.blockId ?? ''} role="status">
                {state()}
              </div>
            </>
          )}
        </Show>
      </div>
      <Show when={props.control.test()?.chatUrl} keyed fallback={<Show when={props.control.starting()}><div class="process-test-chat empty-state"><span class="spinner" /></div></Show>}>
        {(url) => <iframe class="process-test-chat" src={url} title={t('test.chat')} data-testid="process-test-chat" />}
      </Show>
    </div>
  );
};
