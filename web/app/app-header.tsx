import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { infoQuery } from '../images/data/images-query'
import { Badge } from '../ui/badge'

/** Product name, the demo badge when the proxy serves the emulator, and the feature's controls. */
export function AppHeader({ children }: { children: ReactNode }) {
  const info = useQuery(infoQuery)
  return (
    <header className="flex flex-wrap items-center gap-x-3 gap-y-2 border-b border-neutral-200 px-4 py-2.5 dark:border-neutral-800">
      <h1 className="text-[15px] font-semibold tracking-tight whitespace-nowrap">CVM Image Browser</h1>
      {info.data?.mode === 'demo' && (
        <span title="The proxy has no cloud credentials and serves its built-in emulator">
          <Badge tone="neutral">Demo data</Badge>
        </span>
      )}
      <div className="flex w-full min-w-0 sm:ml-auto sm:w-auto sm:justify-end">{children}</div>
    </header>
  )
}
