import type React from 'react'

export type Fact = [term: string, value: React.ReactNode]

/** A definition list of the facts that have a value; empty ones are left out, not shown as "—". */
export const FactList = ({ facts, className = 'facts' }: { facts: Fact[]; className?: string }) => (
  <dl className={className}>
    {facts
      .filter(([, value]) => value !== null && value !== undefined && value !== '' && value !== false)
      .map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
  </dl>
)
