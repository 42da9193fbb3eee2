import {
  cloneElement,
  type FocusEvent,
  type HTMLAttributes,
  type ReactElement,
  type ReactNode,
  Suspense,
  useEffect,
  useRef,
  useState,
  useTransition,
} from 'react'
import { KeyBuffer, pressOnFocus, replayKeys } from './key-buffer'

type Trigger = ReactElement<HTMLAttributes<HTMLElement>>

/** How the real menu opens the first time: at once, and with `onFocus` on its content. */
export interface LazyOpening {
  defaultOpen: boolean
  /** For the content's `onFocus`: the first open moves the focus to the first item and presses the held keys. */
  onFocus: (event: FocusEvent) => void
}

interface LazyMenuProps {
  /** Starts loading the menu's code; called when the pointer or focus reaches the trigger. */
  preload: () => Promise<unknown>
  /** The trigger button, shown as it is until the menu's code has loaded. */
  trigger: Trigger
  /** The real menu, mounted in answer to a click on the trigger. */
  children: (opening: LazyOpening) => ReactNode
}

/**
 * A control's trigger while the control's code is still on its way: it looks the same, pointing at it or
 * focusing it starts the download, and a click is kept (`onClick` records it) rather than lost.
 */
export function waitingTrigger(trigger: Trigger, preload: () => Promise<unknown>, onClick: () => void) {
  return cloneElement(trigger, {
    onPointerEnter: () => void preload(),
    onFocus: () => void preload(),
    onClick,
  })
}

const FIRST_ITEM =
  '[role^="menuitem"]:not([data-disabled]), button:not(:disabled), input:not(:disabled), select:not(:disabled)'

/**
 * A menu whose code loads on first use, so the first screen does not carry it. Until then its trigger is a
 * plain button that looks the same: pointing at it or focusing it starts the download. A click keeps that
 * button (and its focus) on screen until the code is here, then opens the real menu with the focus on its first
 * item; keys pressed meanwhile are held and pressed again in the open menu, so none is lost however slow the
 * network.
 */
export function LazyMenu({ preload, trigger, children }: LazyMenuProps) {
  const [wanted, setWanted] = useState(false)
  const [loading, startLoading] = useTransition()
  const buttonRef = useRef<HTMLElement | null>(null)
  const opened = useRef(false)
  // Keys are held while the focus is where the click left it: on the trigger, or nowhere.
  const [buffer] = useState(
    () => new KeyBuffer((target) => target === buttonRef.current || target === document.body),
  )
  useEffect(() => () => void buffer.take(), [buffer])

  const open = () => {
    buffer.start()
    startLoading(() => setWanted(true))
  }
  // The menu focuses its panel (a popover, its first field) as it opens; the first time, that focus moves on.
  const onFocus = (event: FocusEvent) => {
    if (opened.current) return
    opened.current = true
    if (event.target === event.currentTarget)
      event.currentTarget.querySelector<HTMLElement>(FIRST_ITEM)?.focus()
    replayKeys(buffer.take(), pressOnFocus)
  }
  const waiting = cloneElement(waitingTrigger(trigger, preload, open), {
    ref: buttonRef,
    'aria-busy': loading || undefined,
  } as HTMLAttributes<HTMLElement>)
  return <Suspense fallback={trigger}>{wanted ? children({ defaultOpen: true, onFocus }) : waiting}</Suspense>
}
