/**
 * An earlier export picked from the list's Export menu ("Compare with an earlier export…"), handed to the
 * summary, which compares it with the view. It stays here until the next one is picked or it is read.
 */
export interface PickedExport {
  name: string
  content: string
}

let picked: PickedExport | null = null

export function handOverExport(file: PickedExport): void {
  picked = file
}

/** The file handed over, until it is let go (a read, not a take: a strict-mode render reads twice). */
export function pickedExport(): PickedExport | null {
  return picked
}

export function letGoPickedExport(): void {
  picked = null
}

/** Reads the file the picker chose as text, in the browser: nothing is uploaded. */
export async function readPicked(input: HTMLInputElement): Promise<PickedExport | null> {
  const file = input.files?.[0]
  input.value = ''
  return file ? { name: file.name, content: await file.text() } : null
}
