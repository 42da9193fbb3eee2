// In-page probes, installed before any page script (addInitScript): the clock starts and stops inside the
// page with performance.now(). Plain JavaScript, so nothing is transpiled between here and the page.
;(() => {
  const imageRows = () => [...document.querySelectorAll('tr[id^="image-row-img-"]')]
  const statusText = () =>
    [...document.querySelectorAll('[role="status"]')].map((node) => node.textContent).join(' ')

  // When the first image row enters the DOM, from navigation start.
  const watcher = new MutationObserver(() => {
    if (imageRows().length === 0) return
    window.__firstRowsAt = performance.now()
    watcher.disconnect()
  })
  watcher.observe(document, { childList: true, subtree: true })

  // Milliseconds from a click to the DOM showing its result ('rows': the first row is another image;
  // 'sorted': a "Sorted …" status appeared), with the status line and the first column shown then.
  function timeClick(target, until) {
    const firstId = () => imageRows()[0]?.id
    const before = firstId()
    const sortedBefore = statusText().includes('Sorted ')
    const done = () =>
      until === 'rows'
        ? firstId() !== before
        : !sortedBefore && /Sorted (across all|within this page)/.test(statusText())
    return new Promise((resolve) => {
      const start = performance.now()
      const observer = new MutationObserver(() => {
        if (!done()) return
        observer.disconnect()
        const names = imageRows().map((row) => row.querySelector('td')?.textContent ?? '')
        resolve({ ms: performance.now() - start, status: statusText(), names })
      })
      observer.observe(document.body, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
      })
      target.click()
    })
  }

  window.__benchProbes = { timeClick }
})()
