import { Show } from 'solid-js';
import type { AudienceClientFragment, BulkClientAction, FilterOptionsQuery, LabelKind } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { commonMessages } from '../../ui/common.messages.ts';
import type { AudienceList } from '../audience-list.ts';
import type { Confirmation } from '../ConfirmDialog.tsx';
import { Popover } from '../Popover.tsx';
import type { BulkActions } from './bulk-actions.ts';
import { bulkMessages } from './bulk.messages.ts';
import { broadcastsMessages } from '../broadcasts/broadcasts.messages.ts';
import { LabelPicker } from './LabelPicker.tsx';
import { OwnerPicker } from './OwnerPicker.tsx';
import { ProcessPicker } from './ProcessPicker.tsx';
import { createPermissions } from '../../shared/permissions.ts';
import { filterOf } from '../audience-view.ts';

type Props = {
  list: AudienceList;
  actions: BulkActions;
  options: FilterOptionsQuery | undefined;
  confirm: (question: Confirmation) => void;
  /** Given when the caller may send broadcasts: compose one to the chosen clients, or to all the list matches. */
  onBroadcast?: () => void;
  onBroadcastAll?: () => void;
  /** How many clients the list matches (all pages), when counted. */
  matching?: number | null;
};

// What the chosen rows can have done to them, over the table: shown while any row is chosen.
export const BulkBar = (props: Props) => {
  const t = useMessages(bulkMessages);
  const common = useMessages(commonMessages);
  const tb = useMessages(broadcastsMessages);
  const count = () => props.list.selected().size;
  const some = (test: (row: AudienceClientFragment) => boolean) => props.list.selectedRows().some(test);
  const deletedSection = () => props.list.view().section === 'DELETED';
  const run = (action: BulkClientAction) => void props.actions.run(action);
  const can = createPermissions();

  const labelMenu = (kind: LabelKind, title: string) => (
    <Popover
      label={title}
      button={<>{title} ▾</>}
      buttonTestId={`bulk-${kind === 'TAG' ? 'tags' : 'lists'}`}
      panelTestId="label-picker"
      disabled={props.actions.busy()}
    >
      {(close) => (
        <LabelPicker
          kind={kind}
          labels={(kind === 'TAG' ? props.options?.tags : props.options?.lists) ?? []}
          busy={props.actions.busy()}
          onPick={(add, label) => void props.actions.label(add, label).then((ok) => ok && close())}
          onCreate={(name) => props.actions.createLabel(kind, name)}
        />
      )}
    </Popover>
  );

  return (
    <div class="bulk-bar" data-testid="bulk-bar" role="toolbar" aria-label={t('toolbar')}>
      <span class="bulk-count" data-testid="bulk-count">
        {t('selected', count())}
      </span>
      <button type="button" class="link-button" data-testid="bulk-clear" onClick={() => props.list.selectAll(false)}>
        {t('clear')}
      </button>
      <span class="bulk-divider" />
      <Show
        when={!deletedSection()}
        fallback={
          <button type="button" class="btn btn-small" data-testid="bulk-restore" disabled={props.actions.busy()} onClick={() => run('RESTORE')}>
            {t('restore')}
          </button>
        }
      >
        {labelMenu('TAG', t('tags'))}
        {labelMenu('LIST', t('lists'))}
        <Popover label={t('owner.label')} button={<>{t('owner.button')} ▾</>} buttonTestId="bulk-owner" panelTestId="owner-picker" disabled={props.actions.busy()}>
          {(close) => (
            <OwnerPicker
              operators={props.options?.operators ?? []}
              busy={props.actions.busy()}
              onPick={(ownerId) => void props.actions.run('SET_OWNER', ownerId).then((ok) => ok && close())}
            />
          )}
        </Popover>
        <Show when={can('startProcesses')}>
          <Popover label={t('process.label')} button={<>{t('process.button')} ▾</>} buttonTestId="bulk-process" panelTestId="process-picker" panelClass="process-popover" disabled={props.actions.busy()}>
            {() => <ProcessPicker clientIds={[...props.list.selected()]} matching={{ filter: filterOf(props.list.view()), count: props.matching ?? null }} />}
          </Popover>
        </Show>
        <Show when={props.onBroadcast}>
          {(broadcast) => (
            <button type="button" class="btn btn-small" data-testid="bulk-broadcast" disabled={props.actions.busy()} onClick={() => broadcast()()}>
              {tb('bulkButton')}
            </button>
          )}
        </Show>
        <Show when={props.onBroadcastAll && (props.matching ?? 0) > count()}>
          <button type="button" class="btn btn-small" data-testid="bulk-broadcast-all" disabled={props.actions.busy()} onClick={() => props.onBroadcastAll?.()}>
            {tb('bulkAll', props.matching ?? 0)}
          </button>
        </Show>
        <Show when={some((row) => !row.archived)}>
          <button type="button" class="btn btn-small" data-testid="bulk-archive" disabled={props.actions.busy()} onClick={() => run('ARCHIVE')}>
            {t('archive')}
          </button>
        </Show>
        <Show when={some((row) => row.archived)}>
          <button type="button" class="btn btn-small" data-testid="bulk-unarchive" disabled={props.actions.busy()} onClick={() => run('UNARCHIVE')}>
            {t('unarchive')}
          </button>
        </Show>
        <Show when={some((row) => !row.blocked)}>
          <button
            type="button"
            class="btn btn-small"
            data-testid="bulk-block"
            disabled={props.actions.busy()}
            onClick={() =>
              props.confirm({
                title: t('confirmBlock.title', count()),
                message: t('confirmBlock.message'),
                confirm: t('block'),
                danger: true,
                onConfirm: () => run('BLOCK'),
              })
            }
          >
            {t('block')}
          </button>
        </Show>
        <Show when={some((row) => row.blocked)}>
          <button type="button" class="btn btn-small" data-testid="bulk-unblock" disabled={props.actions.busy()} onClick={() => run('UNBLOCK')}>
            {t('unblock')}
          </button>
        </Show>
        <button
          type="button"
          class="btn btn-small btn-danger-outline"
          data-testid="bulk-delete"
          disabled={props.actions.busy()}
          onClick={() =>
            props.confirm({
              title: t('confirmDelete.title', count()),
              message: t('confirmDelete.message'),
              confirm: common('delete'),
              danger: true,
              onConfirm: () => run('DELETE'),
            })
          }
        >
          {common('delete')}
        </button>
      </Show>
      <Show when={props.actions.busy()}>
        <span class="spinner" aria-label={t('working')} />
      </Show>
    </div>
  );
};

/** The last bulk action's outcome: an error to read (and dismiss), or a short confirmation. */
export const BulkOutcome = (props: { actions: BulkActions }) => {
  const t = useMessages(bulkMessages);
  return (
    <>
      <Show when={props.actions.error()}>
        {(message) => (
          <div class="error-box audience-message" role="alert" data-testid="bulk-error">
            <span>{message()}</span>
            <button type="button" class="link-button" aria-label={t('dismiss')} onClick={() => props.actions.dismiss()}>
              ✕
            </button>
          </div>
        )}
      </Show>
      <Show when={props.actions.notice()}>
        {(message) => (
          <div class="notice-box audience-message" role="status" data-testid="bulk-notice">
            <span>{message()}</span>
            <button type="button" class="link-button" aria-label={t('dismiss')} onClick={() => props.actions.dismiss()}>
              ✕
            </button>
          </div>
        )}
      </Show>
    </>
  );
};
