import { useMutation } from '@tanstack/react-query';
import { useAuth } from '../../auth/hooks/use-auth';
import { deleteMe } from '../api/users-api';

// The tokens are forgotten here rather than at the issuer: the account they
// belong to no longer exists, and the page says so instead of redirecting.
export function useDeleteAccount() {
  const { endSession } = useAuth();
  return useMutation({
    mutationFn: deleteMe,
    onSuccess: () => endSession('account-deleted'),
  });
}
