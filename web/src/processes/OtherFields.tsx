import { For } from 'solid-js';
import { useMessages } from '../i18n/messages.ts';
import { Field, IdSelect, lines, type FieldsProps } from './BlockFields.tsx';
import { processesMessages } from './processes.messages.ts';

export const HandoffFields = (props: FieldsProps<'HANDOFF'>) => {
  const t = useMessages(processesMessages);
  return (
    <>
      <Field label={t('fields.operator')}>
        <IdSelect value={props.block.operatorId} items={props.options.filter()?.operators ?? []} empty={t('fields.anyone')} disabled={props.readOnly} testId="block-operator" onChange={(operatorId) => props.onChange({ operatorId })} />
      </Field>
      <Field label={t('fields.team')}>
        <IdSelect value={props.block.teamId} items={props.options.teams()} empty={t('fields.anyone')} disabled={props.readOnly} testId="block-team" onChange={(teamId) => props.onChange({ teamId })} />
      </Field>
    </>
  );
};

const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

// Headers as "Name: value" lines and the answer's map as "variable = path" lines: quicker to write than rows of inputs.
const headerLines = (headers: readonly { name: string; value: string }[]) => headers.map((header) => `${header.name}: ${header.value}`).join('\n');
const parseHeaders = (text: string) =>
  lines(text).flatMap((line) => {
    const at = line.indexOf(':');
    return at > 0 ? [{ name: line.slice(0, at).trim(), value: line.slice(at + 1).trim() }] : [];
  });
const mapLines = (map: readonly { variable: string; path: string }[]) => map.map((entry) => `${entry.variable} = ${entry.path}`).join('\n');
const parseMap = (text: string) =>
  lines(text).flatMap((line) => {
    const [variable, path] = line.split('=').map((part) => part.trim());
    return variable && path ? [{ variable, path }] : [];
  });

export const HttpFields = (props: FieldsProps<'HTTP'>) => {
  const t = useMessages(processesMessages);
  return (
    <>
      <Field label={t('fields.method')}>
        <select class="field" disabled={props.readOnly} value={props.block.method} onChange={(event) => props.onChange({ method: event.currentTarget.value as (typeof methods)[number] })}>
          <For each={methods}>{(method) => <option value={method}>{method}</option>}</For>
        </select>
      </Field>
      <Field label={t('fields.url')} hint={t('fields.textHint')}>
        <input class="field" type="url" data-testid="block-url" readOnly={props.readOnly} value={props.block.url} onInput={(event) => props.onChange({ url: event.currentTarget.value }, 'url')} />
      </Field>
      <Field label={t('fields.headers')}>
        <textarea class="field" rows={3} readOnly={props.readOnly} value={headerLines(props.block.headers)} onChange={(event) => props.onChange({ headers: parseHeaders(event.currentTarget.value) })} />
      </Field>
      <Field label={t('fields.body')}>
        <textarea class="field mono" rows={4} readOnly={props.readOnly} value={props.block.body} onInput={(event) => props.onChange({ body: event.currentTarget.value }, 'body')} />
      </Field>
      <Field label={t('fields.map')}>
        <textarea class="field mono" rows={3} readOnly={props.readOnly} value={mapLines(props.block.map)} onChange={(event) => props.onChange({ map: parseMap(event.currentTarget.value) })} />
      </Field>
      <Field label={t('fields.httpTimeout')}>
        <input
          class="field"
          type="number"
          min="1"
          max="60"
          readOnly={props.readOnly}
          value={props.block.timeoutSeconds}
          onInput={(event) => {
            const seconds = Math.round(Number(event.currentTarget.value));
            if (seconds >= 1 && seconds <= 60) props.onChange({ timeoutSeconds: seconds }, 'httpTimeout');
          }}
        />
      </Field>
    </>
  );
};

export const GotoFields = (props: FieldsProps<'GOTO'> & { blocks: readonly { id: string; name: string }[] }) => {
  const t = useMessages(processesMessages);
  return (
    <Field label={t('fields.goto')}>
      <IdSelect value={props.block.target || null} items={props.blocks} empty={t('fields.choose')} disabled={props.readOnly} testId="block-goto" onChange={(target) => props.onChange({ target: target ?? '' })} />
    </Field>
  );
};

export const StartProcessFields = (props: FieldsProps<'START_PROCESS'> & { selfId: string }) => {
  const t = useMessages(processesMessages);
  const others = () => props.options.processes().filter((process) => process.id !== props.selfId);
  return (
    <Field label={t('fields.process')}>
      <IdSelect value={props.block.processId || null} items={others()} empty={t('fields.choose')} disabled={props.readOnly} testId="block-process" onChange={(processId) => props.onChange({ processId: processId ?? '' })} />
    </Field>
  );
};
