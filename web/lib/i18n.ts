import { useEffect, useSyncExternalStore } from 'react'

/** The languages of the interface, by BCP 47 tag; the first is the one to fall back to. */
export const LANGUAGES = ['en', 'zh-CN'] as const
export type Language = (typeof LANGUAGES)[number]

/**
 * Filled in by the English catalogue (web/locales/en/index.ts) through declaration merging, so that
 * message keys and their parameters are checked by the compiler while this module holds no words of its
 * own. Every other language's catalogue must have the same shape (`satisfies`).
 */
// biome-ignore lint/suspicious/noEmptyInterface: declaration merging adds the catalogue's type
export interface Register {}

type Catalogue = Register extends { messages: infer Messages } ? Messages : Record<string, string>
export type MessageKey = keyof Catalogue & string
type MessageArgs<K extends MessageKey> = Catalogue[K] extends (params: infer P) => string ? [params: P] : []
type Part = Partial<Catalogue>

/**
 * Where each language's catalogue comes from, in two chunks: the words of the first screen, and the words
 * of what opens later (menus, dialogs, the drawer), fetched with the first of those.
 */
export interface CatalogueLoaders {
  first: () => Promise<{ messages: Part }>
  later: () => Promise<{ messages: Part }>
}

let loaders: Record<Language, CatalogueLoaders> | null = null
let language: Language = 'en'
let catalogue: Part | null = null
let requested: Language = language
let laterWanted = false
/** The language whose later words the catalogue holds. */
let laterIn: Language | null = null
/** Counts activations, so that screens re-render when words arrive, not only when the language changes. */
let version = 0
const listeners = new Set<() => void>()

export function registerCatalogues(sources: Record<Language, CatalogueLoaders>): void {
  loaders = sources
}

/** Makes `messages` the catalogue every `t` call reads from, and tells the subscribed screens. */
export function activateLanguage(next: Language, messages: Part): void {
  language = next
  catalogue = messages
  version++
  for (const listener of listeners) listener()
}

export function currentLanguage(): Language {
  return language
}

function sources(): Record<Language, CatalogueLoaders> {
  if (!loaders) throw new Error('registerCatalogues was not called')
  return loaders
}

/** Fetches a language's words (the later ones too once anything asked for them) and makes it active. */
export async function loadLanguage(next: Language): Promise<void> {
  requested = next
  const first = await sources()[next].first()
  // Asked for again after the first chunk: something may have wanted the later words meanwhile.
  const later = laterWanted ? await sources()[next].later() : null
  // Switched again while this one loaded: the last choice wins.
  if (requested !== next) return
  laterIn = later ? next : null
  activateLanguage(next, { ...first.messages, ...later?.messages })
}

/** The later words of the active language; a switch of language while they load fetches the new one's. */
async function loadLater(): Promise<void> {
  laterWanted = true
  const wanted = language
  if (laterIn === wanted) return
  const { messages } = await sources()[wanted].later()
  if (laterIn === language) return
  if (language !== wanted) return loadLater()
  laterIn = wanted
  activateLanguage(wanted, { ...catalogue, ...messages })
}

/** Set by the server render (web/entry-server.tsx): lazy chunks load without the later words. */
let firstWordsOnly = false

/**
 * Keeps the words to the first screen's, as in the browser that hydrates a server-rendered page: what a lazy
 * chunk shows (a dialog, portalled) renders only in the browser, which fetches its words then.
 */
export function keepToFirstWords(): void {
  firstWordsOnly = true
}

/** A lazy chunk's import that resolves only once the words its screens use have arrived. */
export function withLaterWords<T>(load: () => Promise<T>): () => Promise<T> {
  return () => (firstWordsOnly ? load() : Promise.all([load(), loadLater()]).then(([module]) => module))
}

/**
 * The message `key` in the active language, its parameters filled in. Keys and parameters are typed by
 * the catalogue, so a key missing from a catalogue fails the type check rather than the page.
 */
export function t<K extends MessageKey>(key: K, ...args: MessageArgs<K>): string {
  const entry = catalogue?.[key] as string | ((params: unknown) => string) | undefined
  // Only a screen drawn before its chunk's words arrived gets here: the key says which words it missed.
  if (entry === undefined) return key
  return typeof entry === 'function' ? entry(args[0]) : entry
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The active language; the component re-renders (and with it everything below) when its words change. */
export function useLanguage(): Language {
  const read = () => version
  // The server and a hydrating page read the same version: the words the page was rendered with.
  useSyncExternalStore(subscribe, read, read)
  return language
}

/**
 * Whether the later words are in, asking for them once `needed`: a state that comes with a round trip
 * anyway (an empty answer, a sort loading every page) brings its words along rather than the first load.
 */
export function useLaterWords(needed: boolean): boolean {
  const ready = useLanguage() === laterIn
  useEffect(() => {
    if (needed && !ready) void loadLater()
  }, [needed, ready])
  return ready
}
