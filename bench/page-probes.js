// In-page probes, installed before any page script (addInitScript): the clock starts and stops inside the
// page with performance.now(). Plain JavaScript, so nothing is transpiled between here and the page.
;(() => {
  const imageRows = () => [...document.querySelectorAll('tr[id^="image-row-img-"]')]
  const statusText = () =>
    [...document.querySelectorAll('[role="status"]')].map((node) => node.textContent).join(' ')

  // Layout shifts from navigation start not caused by input: what moved while the page loaded and the
  // script took over a server-rendered screen. https://developer.mozilla.org/en-US/docs/Web/API/LayoutShift
  const shifts = []
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) shifts.push(entry.value)
  }).observe({ type: 'layout-shift', buffered: true })

  // With `__benchClickNext` set (a later init script), "Next page" is clicked every 10 ms from the first
  // rows on, until a click works (the URL says page=2): when the page first answers a user.
  function clickNextUntilItWorks() {
    const worked = () => new URLSearchParams(window.location.search).get('page') === '2'
    const attempt = () => {
      const next = [...document.querySelectorAll('button')].find(
        (button) => button.getAttribute('aria-label') === 'Next page',
      )
      next?.click()
      if (worked()) window.__firstWorkingClickAt = performance.now()
      else setTimeout(attempt, 10)
    }
    attempt()
  }

  // When the first image row enters the DOM, from navigation start.
  const watcher = new MutationObserver(() => {
    if (imageRows().length === 0) return
    window.__firstRowsAt = performance.now()
    watcher.disconnect()
    if (window.__benchClickNext) clickNextUntilItWorks()
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

  const layoutShift = () => shifts.reduce((sum, value) => sum + value, 0)
  window.__benchProbes = { timeClick, layoutShift }
})()
