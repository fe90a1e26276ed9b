import { useQuery } from '@tanstack/react-query';
import { formatBytes } from '../../../lib/format';
import { usageQueryOptions, type Usage } from '../api/usage-api';

const count = new Intl.NumberFormat('en-GB');

/** Storage used of the quota, with the trash's share drawn apart. */
export function UsageSummary() {
  const usage = useQuery(usageQueryOptions());
  if (!usage.data) {
    return (
      <p className="usage-line">
        {usage.isError ? 'Storage use unavailable' : 'Loading storage use…'}
      </p>
    );
  }
  return <UsageBar usage={usage.data} />;
}

function UsageBar({ usage }: { usage: Usage }) {
  const { usedBytes, quotaBytes, trashedBytes, photoCount, trashedCount } =
    usage;
  const used = share(usedBytes, quotaBytes);
  const trash = share(trashedBytes, quotaBytes);
  const text = `${formatBytes(usedBytes)} of ${formatBytes(quotaBytes)} used`;

  return (
    <div className="usage">
      <div
        role="meter"
        aria-label="Storage used"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(used)}
        aria-valuetext={text}
        className={used >= 90 ? 'usage-bar usage-full' : 'usage-bar'}
      >
        <span className="usage-fill" style={{ width: `${used - trash}%` }} />
        <span className="usage-trash" style={{ width: `${trash}%` }} />
      </div>
      <p className="usage-line">{text}</p>
      <p className="usage-line">
        {count.format(photoCount)} {photoCount === 1 ? 'photo' : 'photos'}
        {trashedCount > 0 &&
          `, of which ${count.format(trashedCount)} in the trash (${formatBytes(trashedBytes)})`}
      </p>
    </div>
  );
}

function share(part: number, whole: number): number {
  return whole > 0 ? Math.min(100, (100 * part) / whole) : 0;
}
