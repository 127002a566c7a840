import type { ReactNode } from 'react';

/** Two linked rings: the product's idea (つながり, "connection") as a quiet picture for empty screens. */
function LinkedRings() {
  return (
    <svg className="empty-mark" width="64" height="40" viewBox="0 0 64 40" aria-hidden="true" focusable="false">
      <circle cx="24" cy="20" r="14" fill="none" stroke="currentColor" strokeWidth="3" />
      <circle cx="40" cy="20" r="14" fill="none" stroke="currentColor" strokeWidth="3" opacity="0.55" />
    </svg>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state card">
      <LinkedRings />
      <h2>{title}</h2>
      {children}
    </div>
  );
}
