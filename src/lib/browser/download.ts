/**
 * Saves `text` through a Blob object URL that is revoked right after the click, so the content (a
 * secret, an inventory) does not stay reachable at a URL. Never a `data:` URL: it would sit in the
 * DOM and in the history.
 */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  link.style.display = 'none'
  document.body.append(link)
  try {
    link.click()
  } finally {
    link.remove()
    URL.revokeObjectURL(url)
  }
}
