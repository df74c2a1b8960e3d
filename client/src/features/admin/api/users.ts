import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { User } from '@shared/types/user';
import type { UserCreate, UserUpdate } from '@shared/schemas/auth';

// The server's users API is admin-only: GET/POST /api/users, PATCH/DELETE /api/users/:id.
export const usersKey = ['users'] as const;
export const getUsers = () => api.get<User[]>('/api/users');
export const useUsers = (enabled: boolean) =>
  useQuery({ queryKey: usersKey, queryFn: getUsers, enabled, retry: false });

function useUsersMutation<A, R>(fn: (a: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: usersKey }) });
}

export const useCreateUser = () => useUsersMutation((body: UserCreate) => api.post<User>('/api/users', body));
export const useUpdateUser = () =>
  useUsersMutation(({ id, patch }: { id: number; patch: UserUpdate }) => api.patch<User>(`/api/users/${id}`, patch));
export const useDeleteUser = () => useUsersMutation((id: number) => api.del<void>(`/api/users/${id}`));
