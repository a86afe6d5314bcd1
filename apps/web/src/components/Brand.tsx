/** The platform mark: a green mountain (青山). */
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="#0b7a55" />
      <path d="M8 48 24 22l9 14 7-10 16 22z" fill="#e8f5ee" />
      <path d="M24 22l5 8-5 4-5-4z" fill="#9fd8b8" />
    </svg>
  );
}
