import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactElement } from 'react'
import { afterEach } from 'vitest'
import { activateLanguage } from '../lib/i18n'
import { messages as english } from '../locales/en'
import { messages as laterEnglish } from '../locales/en/later'
import { messages as chinese } from '../locales/zh-CN'
import { messages as laterChinese } from '../locales/zh-CN/later'

/**
 * Component tests (`*.test.tsx`, on happy-dom): each test starts from an empty document in English, whatever
 * the one before it rendered or switched to.
 */
afterEach(() => {
  cleanup()
  activateLanguage('en', { ...english, ...laterEnglish })
})

/**
 * Renders `ui` with a user who types, clicks and presses keys as a person would. A query client of its own
 * (no retries) is there for components that may ask for data; the tests give them what they need instead.
 */
export function renderWithUser(ui: ReactElement) {
  const user = userEvent.setup()
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return { user, ...render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>) }
}

/** Makes the Simplified Chinese catalogue (first screen and later words) active, as after picking 中文. */
export function inChinese(): void {
  activateLanguage('zh-CN', { ...chinese, ...laterChinese })
}
