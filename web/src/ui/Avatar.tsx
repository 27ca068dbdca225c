import { createSignal, Show } from 'solid-js';
import { colorFor, initials } from './format.ts';

type Props = { name: string; url?: string | null | undefined; size?: number };

export const Avatar = (props: Props) => {
  const [broken, setBroken] = createSignal(false);
  const size = () => props.size ?? 36;
  return (
    <span
      class="avatar"
      style={{
        width: `${size()}px`,
        height: `${size()}px`,
        'font-size': `${Math.round(size() * 0.38)}px`,
        background: colorFor(props.name),
      }}
      title={props.name}
    >
      <Show when={props.url && !broken()} fallback={initials(props.name)}>
        <img src={props.url ?? ''} alt="" onError={() => setBroken(true)} />
      </Show>
    </span>
  );
};
