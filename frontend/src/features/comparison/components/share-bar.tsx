/**
 * The share as a bar from 0 to 100 % with its interval as a line across it. A picture for the eye only
 * (aria-hidden): the same figures are always written next to it, so nothing is lost without it.
 */
export function ShareBar({ value, low, high }: { value: number; low: number; high: number }) {
  const x = (share: number) => Math.max(0, Math.min(100, share * 100));
  return (
    <svg className="kv-share-bar" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect className="kv-share-bar__track" x="0" y="2" width="100" height="8" rx="1" />
      <rect className="kv-share-bar__value" x="0" y="2" width={x(value)} height="8" rx="1" />
      <rect className="kv-share-bar__interval" x={x(low)} y="5" width={Math.max(0.5, x(high) - x(low))} height="2" />
      <rect className="kv-share-bar__interval" x={x(low)} y="1" width="0.6" height="10" />
      <rect className="kv-share-bar__interval" x={Math.max(0, x(high) - 0.6)} y="1" width="0.6" height="10" />
    </svg>
  );
}
