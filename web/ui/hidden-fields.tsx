/** A GET form's fields the user does not edit: the rest of the URL the form arrives at. */
export function HiddenFields({ fields }: { fields: readonly [string, string][] }) {
  return fields.map(([name, value], index) => (
    // The same name can repeat (name=a&name=b): the position keeps each one apart.
    // biome-ignore lint/suspicious/noArrayIndexKey: fields are rendered in the URL's order, never reordered
    <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
  ))
}
