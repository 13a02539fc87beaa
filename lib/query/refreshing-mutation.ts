import { mutationOptions, type QueryKey } from "@tanstack/react-query";

/**
 * A mutation whose success refreshes every query under `refreshes` (keys nest, see keys.ts) in the
 * query client it runs in. It settles only once that refresh has, so whoever awaits it sees the
 * new data.
 */
export function refreshingMutation<TData, TVariables = void>(
  refreshes: QueryKey,
  mutationFn: (variables: TVariables) => Promise<TData>,
) {
  return mutationOptions({
    mutationFn,
    onSuccess: (_data, _variables, _onMutateResult, { client }) =>
      client.invalidateQueries({ queryKey: refreshes }),
  });
}
