import { For, Show } from 'solid-js';
import type { Definition } from '../../../workflows/src/processes/definition.ts';
import { useMessages } from '../i18n/messages.ts';
import { processesMessages } from './processes.messages.ts';

/** A problem as the list shows it: the API's (processProblems, publishProcess) or the schema's (SHAPE, before saving). */
export type ListedProblem = { code: string; blockId: string | null; detail: string };

const known = ['NO_START', 'DUPLICATE_ID', 'DUPLICATE_NUMBER', 'UNKNOWN_BLOCK', 'UNKNOWN_PORT', 'UNREACHABLE', 'DANGLING', 'UNKNOWN_VARIABLE', 'LOOP_WITHOUT_WAIT', 'INVALID', 'SHAPE'] as const;
type KnownCode = (typeof known)[number];

/** Why the draft cannot be published; a problem at a block selects it. */
export const ProblemsList = (props: { problems: readonly ListedProblem[] | null; definition: Definition; onSelect: (blockId: string) => void }) => {
  const t = useMessages(processesMessages);
  const numberOf = (blockId: string | null) => props.definition.blocks.find((block) => block.id === blockId)?.number;
  const words = (problem: ListedProblem) => {
    if (!(known as readonly string[]).includes(problem.code)) return problem.detail;
    const port = problem.code === 'DANGLING' ? t(`ports.${problem.detail as 'next'}`) || problem.detail : problem.detail;
    return t(`problems.codes.${problem.code as KnownCode}`, { detail: port });
  };
  return (
    <section class="process-problems" data-testid="process-problems" aria-live="polite">
      <h2>{t('problems.heading')}</h2>
      <Show when={props.problems} fallback={<p class="process-field-hint">{t('problems.checking')}</p>}>
        {(problems) => (
          <Show when={problems().length} fallback={<p class="process-ok" data-testid="process-no-problems">{t('problems.none')}</p>}>
            <ul>
              <For each={problems()}>
                {(problem) => (
                  <li data-testid="process-problem" data-code={problem.code} data-block-id={problem.blockId ?? ''}>
                    <Show when={problem.blockId && numberOf(problem.blockId) !== undefined} fallback={<span class="process-problem-at">{t('problems.process')}</span>}>
                      <button type="button" class="process-problem-at link" title={t('problems.show')} onClick={() => props.onSelect(problem.blockId!)}>
                        {t('problems.at', { number: String(numberOf(problem.blockId)) })}
                      </button>
                    </Show>
                    <span>{words(problem)}</span>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
    </section>
  );
};
