import { HeartIcon } from '../../../components/icons';
import type { Photo } from '../api/photos-api';

interface FavouriteButtonProps {
  photo: Photo;
  className: string;
  /** Names the photo in the label, where several hearts share a page. */
  named?: boolean;
  onToggle: (photo: Photo) => void;
}

// A toggle button keeps one name and reports its state through aria-pressed.
export function FavouriteButton({
  photo,
  className,
  named = false,
  onToggle,
}: FavouriteButtonProps) {
  const favourite = photo.favourite === true;
  return (
    <button
      type="button"
      className={className}
      aria-label={named ? `Favourite ${photo.fileName}` : 'Favourite'}
      aria-pressed={favourite}
      title={favourite ? 'Remove from favourites' : 'Add to favourites'}
      onClick={() => onToggle(photo)}
    >
      <HeartIcon filled={favourite} />
    </button>
  );
}
