import { mutationOptions, type QueryClient, type QueryKey } from "@tanstack/react-query";

/**
 * A mutation whose success refreshes every query under `refreshes` (keys nest, see keys.ts). The
 * mutation settles only once that refresh has, so whoever awaits it sees the new data.
 */
export function refreshingMutation<TData, TVariables = void>(
  queryClient: QueryClient,
  refreshes: QueryKey,
  mutationFn: (variables: TVariables) => Promise<TData>,
) {
  return mutationOptions({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: refreshes }),
  });
}
