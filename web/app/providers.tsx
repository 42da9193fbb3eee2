import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { Component, type ErrorInfo, type ReactNode } from 'react'
import { t } from '../lib/i18n'

/**
 * The page's one query client. Errors are shown by the screen that owns the data, with a Retry where it
 * helps; no silent retries. It exists before React renders so that main.tsx can start the first request.
 */
export const queryClient = createQueryClient()

/** The page's client, or on the server one per rendered page. */
export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } })
}

class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null }

  static getDerivedStateFromError(error: Error) {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack)
  }

  override render() {
    if (!this.state.error) return this.props.children
    return (
      <div role="alert" className="mx-auto mt-20 max-w-md text-center text-sm">
        <h1 className="text-base font-semibold">{t('app.crashed')}</h1>
        <p className="mt-2 text-neutral-600 dark:text-neutral-400">{this.state.error.message}</p>
        <button type="button" className="mt-4 underline" onClick={() => window.location.reload()}>
          {t('app.reload')}
        </button>
      </div>
    )
  }
}

export function Providers({ children, client = queryClient }: { children: ReactNode; client?: QueryClient }) {
  return (
    <ErrorBoundary>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </ErrorBoundary>
  )
}
