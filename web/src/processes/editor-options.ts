import { createQuery } from '@urql/solid';
import type { FilterOptionsQuery as FilterOptions, ProcessesQuery as Processes, TeamsQuery as Teams } from '../generated/graphql.ts';
import { filterOptionsContext, FilterOptionsQuery } from '../inbox/filters/filter-options.query.ts';
import { TeamsQuery } from '../inbox/teams/teams.query.ts';
import { ProcessesQuery } from './processes.query.ts';

/** What the side panel offers to choose from: the project's tags, lists, operators, teams, funnels, variables, channels and processes. */
export type EditorOptions = {
  filter: () => FilterOptions | undefined;
  teams: () => Teams['teams'];
  processes: () => Processes['processes'];
};

export function createEditorOptions(): EditorOptions {
  const [filter] = createQuery({ query: FilterOptionsQuery, context: filterOptionsContext });
  const [teams] = createQuery({ query: TeamsQuery });
  const [processes] = createQuery({ query: ProcessesQuery });
  return { filter: () => filter.data, teams: () => teams.data?.teams ?? [], processes: () => processes.data?.processes ?? [] };
}

/** Every stage of every funnel, named with its funnel. */
export const stagesOf = (options: EditorOptions) =>
  (options.filter()?.funnels ?? []).flatMap((funnel) => funnel.stages.map((stage) => ({ id: stage.id, name: `${funnel.name} · ${stage.name}` })));
