import { activateLanguage } from '../lib/i18n'
import { messages as first } from '../locales/en'
import { messages as later } from '../locales/en/later'

// Unit tests read the interface's words in English, as the page does before anyone picks a language.
activateLanguage('en', { ...first, ...later })
