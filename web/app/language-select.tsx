import { LANGUAGES, type Language, useLanguage } from '../lib/i18n'
import { selectClass } from '../ui/surface'
import { chooseAndShowLanguage } from './language'

/** Each language under its own name, so a reader of either finds it. */
const NAMES: Record<Language, string> = { en: 'English', 'zh-CN': '中文' }

/** "Language / 语言": named in both languages, because whoever needs it may not read the current one. */
export function LanguageSelect() {
  const language = useLanguage()
  return (
    <select
      aria-label="Language / 语言"
      title="Language / 语言"
      className={`${selectClass} w-auto`}
      value={language}
      onChange={(event) => void chooseAndShowLanguage(event.target.value as Language)}
    >
      {LANGUAGES.map((option) => (
        <option key={option} value={option} lang={option}>
          {NAMES[option]}
        </option>
      ))}
    </select>
  )
}
