import { Alert } from '../../../components/alert';
import { AppHeader } from '../../../components/app-header';
import { errorMessage } from '../../../lib/api-client';
import { displayName } from '../../auth/api/user-manager';
import { useAuth } from '../../auth/hooks/use-auth';
import { useDeletePhoto } from '../hooks/use-delete-photo';
import { useUploadPhotos } from '../hooks/use-upload-photos';
import { PhotoLibrary } from './photo-library';
import { UploadButton } from './upload-button';

export function PhotosPage() {
  const { user, signOut } = useAuth();
  const uploads = useUploadPhotos();
  const deletion = useDeletePhoto();

  const problems = uploads.failures.map((f) => `${f.fileName}: ${f.message}`);
  if (deletion.isError) {
    problems.push(errorMessage(deletion.error));
  }
  const dismissProblems = () => {
    uploads.clearFailures();
    deletion.reset();
  };

  return (
    <>
      <AppHeader>
        {user && (
          <span className="user-name">
            Signed in as <strong>{displayName(user)}</strong>
          </span>
        )}
        <UploadButton onFiles={uploads.upload} busy={uploads.isUploading} />
        <button type="button" className="button" onClick={signOut}>
          Sign out
        </button>
      </AppHeader>
      <main className="content">
        {problems.length > 0 && (
          <Alert messages={problems} onDismiss={dismissProblems} />
        )}
        <PhotoLibrary
          deletingId={deletion.isPending ? deletion.variables : undefined}
          onDelete={deletion.mutate}
        />
      </main>
    </>
  );
}
