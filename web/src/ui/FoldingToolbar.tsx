import { createSignal, For, Index, onCleanup, onMount, Show, type JSX } from 'solid-js';
import { Menu, MenuItem } from './Menu.tsx';

/** One action of a toolbar that folds into its More menu when the room runs out. */
export type ToolbarItem = {
  key: string;
  testId: string;
  /** Lower stays out longer; the rest fold, the least important first. */
  priority: number;
  /** The words: the button's text, or an icon button's name. */
  label: string;
  /** An icon-only button on the toolbar (its label becomes its name and title); in the menu, icon and words. */
  icon?: () => JSX.Element;
  /** An icon before the words. */
  lead?: () => JSX.Element;
  /** A count after the words (unread messages). */
  badge?: number;
  title?: string;
  pressed?: boolean;
  popup?: { expanded: boolean };
  disabled?: boolean;
  class?: string;
  run: () => void;
};

type Props = {
  items: ToolbarItem[];
  label: string;
  moreLabel: string;
  moreTestId: string;
  /** The title beside the toolbar (flex: 1): it keeps at least `minTitle` px, or 55% of a short row (a phone). */
  title: () => HTMLElement | undefined;
  minTitle: number;
  class?: string;
  /** Rendered inside the toolbar, e.g. a popover anchored to it. */
  children?: JSX.Element;
};

const GAP = 6;

const Button = (props: { item: ToolbarItem; measure?: boolean }) => (
  <button
    type="button"
    class={`btn btn-small toolbar-button ${props.item.icon ? 'btn-ghost is-icon' : ''} ${props.item.lead ? 'has-lead' : ''} ${props.item.class ?? ''}`}
    classList={{ 'is-active': !!props.item.icon && !!props.item.pressed }}
    data-testid={props.measure ? undefined : props.item.testId}
    data-key={props.item.key}
    tabIndex={props.measure ? -1 : undefined}
    aria-pressed={props.item.pressed}
    aria-haspopup={props.item.popup ? 'dialog' : undefined}
    aria-expanded={props.item.popup?.expanded}
    aria-label={props.item.icon ? props.item.label : undefined}
    title={props.item.title ?? (props.item.icon ? props.item.label : undefined)}
    disabled={props.item.disabled}
    onClick={() => !props.measure && props.item.run()}
  >
    {props.item.icon ? props.item.icon() : <ButtonWords item={props.item} />}
  </button>
);

const ButtonWords = (props: { item: ToolbarItem }) => (
  <>
    {props.item.lead?.()}
    <span class="toolbar-label" classList={{ 'sr-phone': !!props.item.lead }}>
      {props.item.label}
    </span>
    <Show when={props.item.badge}>{(count) => <span class="toolbar-badge">{count()}</span>}</Show>
  </>
);

const MoreIcon = () => (
  <svg width="16" height="16" viewBox="0 0 16 16" fill="currentColor" aria-hidden="true">
    <circle cx="3" cy="8" r="1.5" />
    <circle cx="8" cy="8" r="1.5" />
    <circle cx="13" cy="8" r="1.5" />
  </svg>
);

/**
 * A toolbar beside a title that gets the room first: the items that do not fit (by their measured widths, in this
 * language, for this state) go into a More menu (⋯), the least important first. An invisible copy of every item
 * is what gets measured, so the widths are known whatever is folded now.
 */
export const FoldingToolbar = (props: Props) => {
  const [inline, setInline] = createSignal<ReadonlySet<string> | null>(null);
  let root!: HTMLDivElement;
  let measurer!: HTMLDivElement;

  const fit = () => {
    const title = props.title();
    if (!title || !root.isConnected) return;
    const row = title.clientWidth + root.offsetWidth;
    const room = row - Math.min(props.minTitle, row * 0.55);
    const buttons = [...measurer.children] as HTMLElement[];
    const widthOf = new Map(buttons.map((button) => [button.dataset['key'] ?? '', button.getBoundingClientRect().width]));
    const more = widthOf.get('') ?? 34;
    const all = props.items.reduce((sum, item) => sum + (widthOf.get(item.key) ?? 0) + GAP, -GAP);
    if (all <= room) return setInline(null);
    // The most important ones, in their order, while they fit beside the More button.
    const kept = new Set<string>();
    let used = more;
    for (const item of [...props.items].sort((a, b) => a.priority - b.priority)) {
      used += (widthOf.get(item.key) ?? 0) + GAP;
      if (used > room) break;
      kept.add(item.key);
    }
    setInline(kept);
  };

  onMount(() => {
    const observer = new ResizeObserver(() => fit());
    const title = props.title();
    if (title) observer.observe(title);
    observer.observe(measurer);
    onCleanup(() => observer.disconnect());
  });

  const shown = () => props.items.filter((item) => inline()?.has(item.key) ?? true);
  const folded = () => props.items.filter((item) => !(inline()?.has(item.key) ?? true));

  return (
    <div class={`folding-toolbar ${props.class ?? ''}`} role="toolbar" aria-label={props.label} ref={root}>
      {/* By place, not by object: a button keeps its element (and the focus) as its words change. */}
      <Index each={shown()}>{(item) => <Button item={item()} />}</Index>
      <Show when={folded().length > 0}>
        <Menu label={props.moreLabel} button={<MoreIcon />} buttonClass="btn btn-small btn-ghost toolbar-more" buttonTestId={props.moreTestId} buttonLabel={props.moreLabel} buttonTitle={props.moreLabel} menuTestId={`${props.moreTestId}-menu`}>
          <For each={folded()}>
            {(item) => (
              <MenuItem testId={item.testId} disabled={item.disabled} title={item.title} onSelect={item.run}>
                {item.icon?.() ?? item.lead?.()}
                <span class="menu-item-label">{item.label}</span>
                <Show when={item.badge}>{(count) => <span class="toolbar-badge">{count()}</span>}</Show>
              </MenuItem>
            )}
          </For>
        </Menu>
      </Show>
      {props.children}
      {/* What every item would take, in this language and state: never seen, never focused. */}
      <div class="folding-toolbar-measure" aria-hidden="true" inert>
        <div class="folding-toolbar-measure-row" ref={measurer}>
          <Index each={props.items}>{(item) => <Button item={item()} measure />}</Index>
          <button type="button" class="btn btn-small btn-ghost toolbar-more" data-key="" tabIndex={-1}>
            <MoreIcon />
          </button>
        </div>
      </div>
    </div>
  );
};
