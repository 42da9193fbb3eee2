/** Saves text as a file through the browser's own download, with no server round trip. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  // The click has handed the blob to the download by now; the URL itself is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
